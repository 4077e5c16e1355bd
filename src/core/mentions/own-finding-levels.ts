import type { LevelHit } from '../levels/find-levels';
import { CAUSAL, MECHANISM_WORDS } from './lexicon';
import { isWordChar, spells } from '../text/char-scan';

/**
 * Where a sentence's statements part: a comma, a semicolon, or the "and"/"with" that joins two
 * findings. Read only on the rare path (a window with levels both in and out of its anchors' part).
 */
const PART_BREAK = /[,;]|\b(?:and|with)\b/gi;

/**
 * A finding other than a narrowing, named in a part of the sentence: the mechanism words
 * (lexicon.ts: disc, osseous, ligament, listhesis words, "spondylosis C3-C7") and a few other
 * spine findings a report places at levels of their own (degeneration, a fusion, a fracture, a
 * facet syndrome).
 */
const OTHER_FINDING = new RegExp(
  `${MECHANISM_WORDS.map((m) => `(?:${m.pattern.source})`).join('|')}|\\b(?:degenerat\\w*|DDD|desiccat\\w*|spondylolys[ie]s|fusion|arthrodesis|laminectomy|fractures?|modic|schmorl\\w*|hemangioma|facet\\s+(?:joint\\s+)?syndrome)\\b`,
  'i',
);

/** Words a list of levels is written with ("and at the L4-5 levels"): no phrase of their own. */
const LIST_WORDS = /^[\s,;:]*(?:(?:and|at|the|levels?|to|through)\s+)*$/i;

/**
 * Whether text[from, to) holds a part break (PART_BREAK, read on that stretch alone: its ends count
 * as word boundaries) outside the anchors' own words. Read by character codes, without a slice:
 * nearly every window of run-on dictation asks it of the words between its narrowing and its level
 * ("stenosis at C5-6"), and a slice and a RegExp sweep per window cost more than the few characters
 * it looks at. PART_BREAK's matches never overlap a break another could start inside ("and",
 * "with" hold no comma and start no word within), so testing every start finds what its sweep finds.
 */
export function breakOutside(
  text: string,
  from: number,
  to: number,
  anchorsStart: number,
  anchorsEnd: number,
): boolean {
  for (let at = from; at < to; at++) {
    if (at >= anchorsStart && at < anchorsEnd) continue;
    const c = text.charCodeAt(at);
    if (c === 44 || c === 59) return true;
    const lower = c | 32;
    if (lower !== 97 && lower !== 119) continue;
    if (at > from && isWordChar(text.charCodeAt(at - 1))) continue;
    const word = lower === 97 ? 'and' : 'with';
    const end = at + word.length;
    if (end <= to && spells(text, at, word) && (end === to || !isWordChar(text.charCodeAt(end)))) return true;
  }
  return false;
}

/** A part's words before its first cause word (lexicon.ts CAUSAL: "from", "due to", "secondary to"). */
function beforeCause(part: string): string {
  const m = CAUSAL.exec(part);
  return m ? part.slice(0, m.index) : part;
}

/**
 * The window's level hits that are its own finding's: when the part of the sentence that holds
 * its narrowing words names a level ("spondylosis C3-C7, ... moderate stenosis at C4-5"), a level
 * in a part that names another finding (the spondylosis), or goes on about it ("most pronounced at
 * C5-6"), is that finding's, not the narrowing's (QA stop 57, class 1). A part that names no
 * finding goes with the part before it; the parts before the first finding ("At C4-5, C5-6 and
 * C6-7 there is stenosis") go with what follows. `hits` is returned as it is when nothing is left
 * out, else a new list (`hits` may be a shared one, never written to here).
 */
export function ownFindingLevels(
  hits: LevelHit[],
  text: string,
  window: { start: number; end: number },
  anchorsStart: number,
  anchorsEnd: number,
): LevelHit[] {
  // One level is read too, when it stands after the anchors: it may be another finding's named
  // after them. One before them is kept either way (a narrowing keeps the levels before its part).
  if (hits.length === 0 || (hits.length === 1 && (hits[0] as LevelHit).end <= anchorsEnd)) return hits;
  let inside = 0;
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i] as LevelHit;
    // Levels read back from another sentence (pickLevels' look-back) are not parted here.
    if (h.start < window.start || h.end > window.end) return hits;
    if (h.start >= anchorsStart && h.end <= anchorsEnd) inside++;
  }
  if (inside === hits.length) return hits;
  // No break between the first level, the anchors and the last level: they are all one part.
  const from = Math.min((hits[0] as LevelHit).start, anchorsStart);
  const to = Math.max((hits[hits.length - 1] as LevelHit).end, anchorsEnd);
  if (!breakOutside(text, from, to, anchorsStart, anchorsEnd)) return hits;
  // The parts of the window, as [start, end) pairs, and the one that holds the anchors.
  const breaks: number[] = [window.start];
  const slice = text.slice(window.start, window.end);
  PART_BREAK.lastIndex = 0;
  for (let m = PART_BREAK.exec(slice); m; m = PART_BREAK.exec(slice)) {
    const at = window.start + m.index;
    // A break inside the anchors' own words ("foraminal and canal stenosis") parts nothing.
    if (at >= anchorsStart && at < anchorsEnd) continue;
    breaks.push(at, at + m[0].length);
  }
  breaks.push(window.end);
  const parts = breaks.length / 2;
  // Each hit's part, and each part's first hit (-1: none), in one walk: both are in reading order.
  const hitPart: number[] = [];
  const firstHit: number[] = new Array<number>(parts).fill(-1);
  let ownPart = -1;
  for (let i = 0, p = 0; i < hits.length; i++) {
    const h = hits[i] as LevelHit;
    while (p < parts - 1 && h.start >= (breaks[2 * p + 1] as number)) p++;
    hitPart.push(p);
    if (firstHit[p] === -1) firstHit[p] = i;
  }
  for (let p = 0; p < parts && ownPart < 0; p++)
    if ((breaks[2 * p] as number) <= anchorsStart && anchorsStart < (breaks[2 * p + 1] as number))
      ownPart = p;
  if (ownPart < 0) return hits;
  // A narrowing whose part names no level of its own keeps the levels before it, which lead the
  // sentence ("At L4-5, ...") or name the finding it comes with or from ("disc bulge at L4-5,
  // causing stenosis"), but not those of another finding named after it ("no stenosis, only mild
  // disc desiccation at L4-5 and L5-S1"; "lumbar spinal stenosis, and facet joint syndrome on the
  // right L4-5 and L5-S1": the MTSamples annotations give those narrowings no level).
  const levelless = firstHit[ownPart] === -1;
  // Whether a part opens with a level, only list words before it: it goes on with the list of the
  // part before ("disk bulging at the L2-3, L3-4, and L4-5 levels without ... stenosis": the
  // narrowing's part names no level of its own; "at C4-5 and 5-6 from uncovertebral spurring").
  const leadsWithLevel = (p: number) => {
    const i = firstHit[p] as number;
    return i >= 0 && LIST_WORDS.test(text.slice(breaks[2 * p], (hits[i] as LevelHit).start));
  };
  if (ownPart > 0 && !levelless && leadsWithLevel(ownPart)) return hits;
  // Whose each part is: the anchors' (true) or another finding's (false). A finding word after a
  // cause word ("from uncovertebral spurring") names the narrowing's cause, not another finding.
  // Only the parts that hold a level, or come before one, are read.
  const owner: boolean[] = [];
  let current = true;
  const lastHitPart = hitPart[hitPart.length - 1] as number;
  for (let p = 0; p <= lastHitPart; p++) {
    if (p === ownPart || (levelless && p < ownPart)) current = true;
    else if (p > 0 && leadsWithLevel(p)) {
      // goes on with the part before
    } else if (
      levelless &&
      p === ownPart + 1 &&
      /^with$/i.test(text.slice(breaks[2 * p - 1], breaks[2 * p]))
    ) {
      // "canal stenosis with a disc bulge at L4-5": the finding the narrowing comes with, at its level
    } else if (OTHER_FINDING.test(beforeCause(text.slice(breaks[2 * p], breaks[2 * p + 1])))) current = false;
    owner.push(current);
  }
  const kept = hits.filter((_, i) => owner[hitPart[i] as number]);
  return kept.length === hits.length ? hits : kept;
}
