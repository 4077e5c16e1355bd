import type { Mention, Site } from '../types';
import { spells } from '../text/char-scan';
import { isBoundaryAt } from '../text/sentence-bounds';
import { LIST_LEVEL, SITE_WORDS } from './lexicon';
import type { Anchor } from './window-types';

/** A grade standing as an anchor: only a site label's answer makes one (lexicon.ts, GRADE_ANSWERS). */
export const GRADE = /^(?:minimal|mild|moderate|severe)$/i;

/**
 * Whether an anchor's word is a grade, which only a site label's answer makes an anchor: GRADE's
 * test, told by the word's length and letters (any case; a letter beyond ASCII never matches
 * GRADE's, which has no u flag). Every stenosis anchor of run-on dictation asks it, and "stenosis"
 * passed the first-letter test into the RegExp (answer-site.test.ts holds the two equal).
 */
export function isGradeAnswer(word: string): boolean {
  switch (word.length) {
    case 4:
      return spells(word, 0, 'mild');
    case 6:
      return spells(word, 0, 'severe');
    case 7:
      return spells(word, 0, 'minimal');
    case 8:
      return spells(word, 0, 'moderate');
    default:
      return false;
  }
}

/**
 * Where the site label a grade answers puts its colon, or -1 when the grade answers none of its
 * sentence. A label's colon joins its answer into one sentence (text/sentence-bounds.ts), so a
 * colon that ends a sentence instead ("Prior MRI showed neural foramina: L3-4 mild") is no
 * label's, and its grades are no findings; an answer may go on past a semicolon ("Canal: L3-4
 * mild; L4-5 moderate"), whose items are sentences of their own after the label's.
 */
export function labelColonOf(
  text: string,
  anchorStart: number,
  sentenceStart: number,
  memo?: ColonMemo,
): number {
  const own = memo
    ? ownColon(text, anchorStart, sentenceStart, memo)
    : colonBefore(text, anchorStart, sentenceStart);
  if (own >= 0) return own;
  const heading = headingAbove(text, sentenceStart);
  if (heading >= 0) return heading;
  // Only a sentence that a semicolon began can go on an answer from before it.
  if (sentenceStart === 0 || text.charCodeAt(sentenceStart - 1) !== 59) return -1;
  const colon = colonBefore(text, sentenceStart, anchorStart - LABEL_REACH);
  if (colon < 0 || isBoundaryAt(text, colon)) return -1;
  for (let i = colon + 1; i < sentenceStart; i++) {
    const c = text.charCodeAt(i);
    // Only semicolons may end sentences between the label and this item.
    if (c === 46 || c === 10 || c === 33 || c === 63) return -1;
  }
  return colon;
}

/**
 * What the last search of one note's sentence found: a note reader asks for each grade in order, and
 * a page of grades in one long sentence ("mild at L4-5, mild at L4-5, …") would read the sentence
 * back from every one of them. Made per note (find-mentions.ts), so it holds no note past its reading.
 */
export type ColonMemo = { sentenceStart: number; upTo: number; colon: number };
export const newColonMemo = (): ColonMemo => ({ sentenceStart: -1, upTo: -1, colon: -1 });

/** colonBefore(text, anchorStart, sentenceStart), reading only past what the memo's last search read. */
function ownColon(text: string, anchorStart: number, sentenceStart: number, memo: ColonMemo): number {
  if (memo.sentenceStart === sentenceStart && memo.upTo <= anchorStart) {
    const later = colonBefore(text, anchorStart, memo.upTo);
    if (later >= 0) memo.colon = later;
  } else {
    memo.sentenceStart = sentenceStart;
    memo.colon = colonBefore(text, anchorStart, sentenceStart);
  }
  memo.upTo = anchorStart;
  return memo.colon;
}

/** A level heading ending where the sentence after it begins ("L3-4:"), on a line of its own start. */
const LEVEL_HEADING = new RegExp(String.raw`(?:^|\n)[ \t]*${LIST_LEVEL}[ \t]*:[ \t]*$`, 'i');
/** A line of a level within a site heading's block ("L3-4: mild bilateral"). */
const LEVEL_ROW = new RegExp(String.raw`^[ \t]*${LIST_LEVEL}[ \t]*:[^.:\n]{0,80}$`, 'i');

/**
 * The colon of a site heading on its own line above a block of level lines, when the sentence
 * starts right after one of their headings ("Neural foramina:⏎L3-4: mild bilateral⏎L4-5: moderate
 * right"), or -1. Reads at most nine lines back, each short.
 */
function headingAbove(text: string, sentenceStart: number): number {
  if (!LEVEL_HEADING.test(text.slice(Math.max(0, sentenceStart - 24), sentenceStart))) return -1;
  let lineEnd = text.lastIndexOf('\n', sentenceStart - 1);
  for (let k = 0; k < 9 && lineEnd > 0; k++) {
    const lineStart = text.lastIndexOf('\n', lineEnd - 1) + 1;
    if (lineEnd - lineStart > 120) return -1;
    const line = text.slice(lineStart, lineEnd).replace(/\r$/, '');
    const colon = line.lastIndexOf(':');
    if (colon >= 0 && /^[ \t]*$/.test(line.slice(colon + 1))) {
      if (LEVEL_ROW.test(line)) return -1;
      return labelSite(text, lineStart + colon) !== undefined ? lineStart + colon : -1;
    }
    if (!LEVEL_ROW.test(line)) return -1;
    lineEnd = lineStart - 1;
  }
  return -1;
}

/** How far an answer list may run past its label (the look-behind's reach in lexicon.ts, and some). */
const LABEL_REACH = 200;

/**
 * The last ":" before `at` and at or after `from`, or -1. Bounded, not lastIndexOf: a page of
 * graded items with no colon at all would have every item search the whole page back.
 */
function colonBefore(text: string, at: number, from: number): number {
  for (let i = at - 1; i >= from && i >= 0; i--) if (text.charCodeAt(i) === 58) return i;
  return -1;
}

/** The strong site words, each as a plain test: a label names its site with one. */
const LABEL_SITES = SITE_WORDS.filter((s) => s.strong).map((s) => ({
  site: s.site,
  pattern: new RegExp(s.pattern.source, 'i'),
}));

/** The site the label ending at `colon` names (its line's words before the colon), if any. */
export function labelSite(text: string, colon: number): Site | undefined {
  let from = Math.max(0, colon - 60);
  // The label's own line only (looked for within its reach, not across the page).
  for (let i = colon - 1; i >= from; i--) {
    if (text.charCodeAt(i) === 10) {
      from = i + 1;
      break;
    }
  }
  const label = text.slice(from, colon);
  let best: Site | undefined;
  let at = Infinity;
  for (const { site, pattern } of LABEL_SITES) {
    const m = pattern.exec(label);
    if (m !== null && m.index < at) {
      best = site;
      at = m.index;
    }
  }
  return best;
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
 * site word, yet the label names the site of every item (as an exception names the same site at
 * another level: "patent except L4-5, where there is moderate narrowing"). `mentions` from `found`
 * on are one window's; a site-less one takes `site` (the last site named before it in the
 * sentence) when `carry` says the window goes on the same statement. Returns the last site named
 * once this window is read.
 */
export function carryAnswerSite(
  mentions: Mention[],
  found: number,
  site: Site | undefined,
  carry: boolean,
): Site | undefined {
  for (let i = found; i < mentions.length; i++) {
    const m = mentions[i] as Mention;
    if (m.site !== 'unspecified') site = m.site;
    else if (carry && site !== undefined) m.site = site;
  }
  return site;
}

/**
 * A status set inside an earlier item of a list stays there. In a label's answer ("Neural
 * foramina: L3-4 patent, L4-5 moderate right"; "no stenosis at L3-4, L4-5 mild") the item after
 * the comma is a statement of its own, which "patent" or "no" does not reach; after a narrowing
 * word left out ("No stenosis at L3-4, mild at L4-5") a grade affirms its own item against a
 * negation before it, while another status (history, doubt) may speak for the whole list.
 * `mentions` from `found` on are one window's, every anchor of which is a grade; `windowStart` is
 * where its item begins.
 */
export function keepItemStatus(
  mentions: Mention[],
  found: number,
  text: string,
  sentenceStart: number,
  windowStart: number,
): void {
  const colon = colonBefore(text, windowStart, sentenceStart);
  const label = colon >= 0;
  const from = label ? colon : sentenceStart - 1;
  for (let i = found; i < mentions.length; i++) {
    const m = mentions[i] as Mention;
    const trigger = m.trigger;
    if (m.status === 'affirmed' || trigger === null || trigger.start <= from || trigger.start >= windowStart)
      continue;
    if (!label && m.status !== 'negated') continue;
    m.status = 'affirmed';
    m.trigger = null;
  }
}

/**
 * A cause stated once for a whole list ("mild at L2-3 and severe at L4-5, due to disc bulge")
 * speaks for its earlier items too, as it did when the list was read as one statement: the
 * mentions from `listStart` up to `found` (the list's earlier items) that name no cause take the
 * first cause named from `found` on (the item just read).
 */
export function shareListCause(mentions: Mention[], listStart: number, found: number): void {
  let cause: Mention | undefined;
  for (let i = found; i < mentions.length && cause === undefined; i++)
    if ((mentions[i] as Mention).mechanisms.length > 0) cause = mentions[i];
  if (cause === undefined) return;
  for (let i = listStart; i < found; i++) {
    const m = mentions[i] as Mention;
    if (m.mechanisms.length > 0) continue;
    m.mechanisms = cause.mechanisms;
    m.mechanismAmbiguous = cause.mechanismAmbiguous;
    if (cause.mechanismEvidence !== undefined) m.mechanismEvidence = cause.mechanismEvidence;
  }
}
