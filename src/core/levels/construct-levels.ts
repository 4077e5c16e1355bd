import type { LevelHit } from './find-levels';

/**
 * The words for an operated segment or what was put in it: a fusion and its hardware, and the
 * operations that leave a level behind them (QA stop 47, class 1: "new L3-4 stenosis above prior
 * L4-S1 fusion", "the level above the L3-S1 fusion", "L4-S1 hardware intact").
 */
const CONSTRUCT =
  '(?:fusions?|arthrodes[ie]s|instrumentation|hardware|constructs?|cages?|screws?|rods?|plates?|ACDF|ACCF|ALIF|TLIF|PLIF|XLIF|LLIF|OLIF|arthroplasty|disc\\s+replacement|laminectom(?:y|ies)|hemilaminectom(?:y|ies)|laminotom(?:y|ies)|laminoplasty|(?:micro)?discectom(?:y|ies)|foraminotom(?:y|ies)|corpectom(?:y|ies))';

/**
 * What may stand between a level and its construct word: how it was done, never a finding ("L4-S1
 * posterior instrumented fusion", "L4-5 decompression and fusion"; not "L3-4 stenosis with fusion").
 */
const HOW =
  '(?:posterior|anterior|lateral|posterolateral|interbody|instrumented|uninstrumented|non-?instrumented|solid|prior|previous|old|remote|spinal|cervical|thoracic|lumbar|lumbosacral|decompression|decompressive|pedicle|screw|segmental|transforaminal|circumferential|360|(?:one|two|three|single|multi)-?level|levels?|segments?|and)';

/**
 * After a level: at most three such words and then a construct word ("L4-S1 fusion", "L5-S1
 * interbody cage"), read from the level's end.
 */
const LEVEL_THEN_CONSTRUCT = new RegExp(`^(?:\\s+${HOW}){0,3}\\s+${CONSTRUCT}\\b`, 'i');

/** LEVEL_THEN_CONSTRUCT read where a level ends, without a slice (see namesConstructAfter). */
const LEVEL_THEN_CONSTRUCT_AT = new RegExp(LEVEL_THEN_CONSTRUCT.source.slice(1), 'iy');

/**
 * Whether a sentence's one level names a construct written after it ("above the L4-5 fusion"):
 * the sentence's only level cannot be told from a finding's by constructLevels, which reads lists.
 * Sticky, where the level ends: most sentences with one level go on with a finding word, and fail
 * at once.
 */
export function namesConstructAfter(hit: LevelHit, text: string): boolean {
  LEVEL_THEN_CONSTRUCT_AT.lastIndex = hit.end;
  return LEVEL_THEN_CONSTRUCT_AT.test(text);
}

/**
 * Before a level: a construct word and "at/of/from/across/spanning" ("fusion at L4-5", "hardware
 * spanning L3-S1"), read up to the level's start.
 */
const CONSTRUCT_THEN_LEVEL = new RegExp(
  `\\b${CONSTRUCT}(?:\\s+[a-z][\\w-]*)?\\s+(?:at|of|from|across|spanning|extending\\s+(?:from|to))\\s+(?:the\\s+)?$`,
  'i',
);

/** What joins a list of levels that the same construct names ("L4-5 and L5-S1 fusion", "fusion at L4-5, L5-S1"). */
const LIST_JOIN = /^\s{0,2}(?:,|&|and|\/|through|to)?\s{0,2}(?:and\s+)?$/i;

/** How far after a level the construct word is looked for, and before it. */
const AFTER = 48;
const BEFORE = 40;

/** A cheap first test: a sentence without any construct word has no construct level. */
const ANY_CONSTRUCT = new RegExp(`\\b${CONSTRUCT}\\b`, 'i');

/**
 * The level hits (of `hits`, one sentence's, in reading order) that name a fusion, its hardware or
 * an operation, not where a finding is: "new L3-4 stenosis above prior L4-S1 fusion" places the
 * stenosis at L3-4, next to the fusion. A level listed with such a level ("L4-5 and L5-S1
 * fusion") names it too. `text` is the field's text (hits' offsets are in it); what is read
 * around a level cannot cross a sentence's end (no punctuation is read but a list's comma).
 * Returns an empty list when none does (most sentences).
 */
export function constructLevels(hits: LevelHit[], text: string): LevelHit[] {
  if (hits.length < 2) return [];
  const from = Math.max(0, (hits[0] as LevelHit).start - BEFORE);
  const to = Math.min(text.length, (hits[hits.length - 1] as LevelHit).end + AFTER);
  if (!ANY_CONSTRUCT.test(text.slice(from, to))) return [];
  const named = new Set<LevelHit>();
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i] as LevelHit;
    const after = text.slice(h.end, Math.min(to, h.end + AFTER));
    const before = text.slice(Math.max(from, h.start - BEFORE), h.start);
    if (!LEVEL_THEN_CONSTRUCT.test(after) && !CONSTRUCT_THEN_LEVEL.test(before)) continue;
    named.add(h);
    // The list this level ends ("L4-5 and L5-S1 fusion") or starts ("fusion at L4-5 and L5-S1").
    for (let k = i - 1; k >= 0 && listed(hits[k] as LevelHit, hits[k + 1] as LevelHit, text); k--)
      named.add(hits[k] as LevelHit);
    for (let k = i + 1; k < hits.length && listed(hits[k - 1] as LevelHit, hits[k] as LevelHit, text); k++)
      named.add(hits[k] as LevelHit);
  }
  return named.size === 0 ? [] : hits.filter((h) => named.has(h));
}

/** Whether two consecutive hits are one list (or one hit read twice). */
function listed(a: LevelHit, b: LevelHit, text: string): boolean {
  return a.start === b.start || (b.start >= a.end && LIST_JOIN.test(text.slice(a.end, b.start)));
}

/**
 * Words that place a finding beside an operated segment, not in it: a position before the
 * construct ("above the L4-S1 fusion", "adjacent to prior C5-7 ACDF", "the level below the
 * fusion at L4-5"), or the finding named as the adjacent segment's ("adjacent segment stenosis").
 * Read back from the construct's first level to its sentence's start.
 */
const BESIDE_BEFORE = new RegExp(
  `(?:\\b(?:above|below|beneath|superior\\s+to|inferior\\s+to|cephalad\\s+to|caudal\\s+to|proximal\\s+to|distal\\s+to|adjacent\\s+to|next\\s+to)\\s+(?:(?:the|a|an|his|her|their|prior|previous|old|existing|known|solid)\\s+){0,3}(?:${CONSTRUCT}(?:\\s+[a-z][\\w-]*)?\\s+(?:at|of|from|across|spanning)\\s+(?:the\\s+)?)?$)|\\badjacent[\\s-]+(?:segment|level)`,
  'i',
);

/** How far back from the construct's first level the position words are read. */
const BESIDE_REACH = 80;

/**
 * Whether the sentence places its finding beside the construct its levels name (`named`, every
 * level of the sentence): "adjacent segment stenosis above the L4-S1 fusion" is at a level next to
 * L4-S1, which the sentence does not state, never at L4-S1 itself. `text` is the field's text.
 */
export function besideConstruct(named: LevelHit[], text: string): boolean {
  const first = named[0];
  if (first === undefined) return false;
  let from = Math.max(0, first.start - BESIDE_REACH);
  // Not past the sentence's start (the hits are one sentence's; the reach may cross into another).
  for (let i = first.start - 1; i >= from; i--) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 59 || c === 33 || c === 63 || (c === 46 && /\s/.test(text.charAt(i + 1)))) {
      from = i + 1;
      break;
    }
  }
  return BESIDE_BEFORE.test(text.slice(from, first.start));
}
