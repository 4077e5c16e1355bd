import type { Mention, Site } from '../types';
import type { Anchor } from './window-types';

/** A grade standing as an anchor: only a site label's answer makes one (lexicon.ts, GRADE_ANSWERS). */
const GRADE = /^(?:minimal|mild|moderate|severe)$/i;

/** Whether an anchor's word is a grade, which only a site label's answer makes an anchor. */
export function isGradeAnswer(word: string): boolean {
  const first = word.charCodeAt(0) | 32;
  return (first === 109 || first === 115) && GRADE.test(word);
}

/**
 * Whether the site label a grade answers belongs to the grade's sentence: a label's colon joins
 * its answer into one sentence (text/sentence-bounds.ts), so a colon that ends a sentence instead
 * ("Prior MRI showed neural foramina: L3-4 mild") is no label's, and its grades are no findings.
 */
export function labelInSentence(text: string, anchorStart: number, sentenceStart: number): boolean {
  return text.lastIndexOf(':', anchorStart) >= sentenceStart;
}

/** Whether every anchor of the window is a grade answering a site label. */
export function answersLabel(anchors: readonly Anchor[]): boolean {
  for (let i = 0; i < anchors.length; i++) {
    const a = anchors[i] as Anchor;
    if (!isGradeAnswer(a.word)) return false;
  }
  return anchors.length > 0;
}

/**
 * The site a label's answer list names, carried along it: in "Neural foramina: L4-5 moderate
 * bilateral, L5-S1 mild right" each item is its own window, and only the first holds the label's
 * site word, yet the label names the site of every item. `mentions` from `found` on are one
 * window's; a site-less one takes `site` (the last site named before it in the sentence) when
 * every anchor of its window answers a label (`answers`, see answersLabel). Returns the last site
 * named once this window is read.
 */
export function carryAnswerSite(
  mentions: Mention[],
  found: number,
  site: Site | undefined,
  answers: boolean,
): Site | undefined {
  for (let i = found; i < mentions.length; i++) {
    const m = mentions[i] as Mention;
    if (m.site !== 'unspecified') site = m.site;
    else if (answers && site !== undefined) m.site = site;
  }
  return site;
}

/**
 * A status set inside an earlier item of the same label's answer stays there: in "Neural foramina:
 * L3-4 patent, L4-5 moderate right" (or "no stenosis at L3-4, L4-5 mild") the item after the comma
 * is a statement of its own, which "patent" or "no" does not reach. `mentions` from `found` on
 * are one window's, every anchor of which answers a label; `windowStart` is where its item begins.
 */
export function keepItemStatus(
  mentions: Mention[],
  found: number,
  text: string,
  sentenceStart: number,
  windowStart: number,
): void {
  const colon = text.lastIndexOf(':', windowStart);
  if (colon < sentenceStart) return;
  for (let i = found; i < mentions.length; i++) {
    const m = mentions[i] as Mention;
    const trigger = m.trigger;
    if (m.status === 'affirmed' || trigger === null || trigger.start <= colon || trigger.start >= windowStart)
      continue;
    m.status = 'affirmed';
    m.trigger = null;
  }
}
