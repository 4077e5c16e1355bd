import type { LevelHit } from './find-levels';

/**
 * What stands between a level and the one a correction or contrast sets aside: "C5-6, not C4-5",
 * "at L4-5 rather than L3-4", "C6-7 (not C5-6)", "at C5-6 and not at C4-5", "instead of".
 */
const SET_ASIDE_AFTER = /^\s{0,2}[,(]?\s{0,2}(?:(?:and|but)\s+)?(?:not|rather\s+than|instead\s+of)\s+(?:at\s+|the\s+)?$/i;
/** "not at C4-5 but at C5-6": the level after "not", before "but", is the one set aside. */
const NOT_BEFORE = /\bnot\s+(?:at\s+|the\s+)?$/i;
const BUT_BETWEEN = /^\s{0,2},?\s{0,2}but\s+(?:(?:rather|instead)\s+)?(?:at\s+|the\s+)?$/i;
/**
 * A level a correction moves its finding from (QA stop 51, H4): "the extrusion described at C6-C7
 * is at C7-T1", "reported at L3-4 are in fact at L4-5", "C6-7 should read C7-T1". The first level
 * is where the finding is not.
 */
const MOVED_BETWEEN = /^\s{1,2}(?:(?:is|are|was|were)\s+(?:actually\s+|in\s+fact\s+|really\s+|correctly\s+|instead\s+)?(?:at|located\s+at|found\s+at|seen\s+at)|(?:level\s+)?should\s+(?:have\s+)?read(?:\s+as)?\s*:?)\s{1,2}$/i;
const DESCRIBED_BEFORE = /\b(?:described|reported|dictated|stated|noted|listed|seen|called|labell?ed|identified|mentioned)\s+(?:above\s+|previously\s+|earlier\s+|initially\s+)?(?:at|as)\s+(?:the\s+)?$/i;
const SHOULD_READ = /should/i;

/** A negation before the levels: "not" then continues it ("no stenosis at C3-4, not at C4-5 either"). */
const NEGATED_BEFORE = /\b(?:no|without|negative|absent|denies)\b/i;

/**
 * Whether text[from, to) holds a t or an h (either case): every contrast or correction word has
 * one ("not", "rather than", "instead of", "but", "is at", "should read"), and most gaps between
 * two levels ("C5-6 and C6-7") have neither, so they are passed over without a slice.
 */
function hasT(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i) | 32;
    if (c === 116 || c === 104) return true;
  }
  return false;
}

/**
 * The level hits without those a contrast or a correction sets aside ("the stenosis is at C5-6, not
 * C4-5 as dictated", "not at L3-4 but at L4-5", "the extrusion described at C6-C7 is at C7-T1"): the set-aside level is where the finding is not, so it is
 * not one of the finding's levels. Returns `hits` itself when nothing is set aside (most lists).
 *
 * @example withoutSetAside(findLevels('stenosis at C5-6, not C4-5'), 'stenosis at C5-6, not C4-5').map((h) => h.level.normalized) // ['C5-C6']
 */
export function withoutSetAside(hits: LevelHit[], text: string, offset = 0): LevelHit[] {
  let drop: Set<LevelHit> | undefined;
  for (let k = 1; k < hits.length; k++) {
    const h = hits[k] as LevelHit;
    const previous = hits[k - 1] as LevelHit;
    // A gap too short for "not" ("C5-6, C6-7", "C5-6 and C6-7") or too long is no contrast.
    const gap = h.start - previous.end;
    if (gap < 4 || gap > 24 || !hasT(text, previous.end - offset, h.start - offset)) continue;
    const between = text.slice(previous.end - offset, h.start - offset);
    if (SET_ASIDE_AFTER.test(between)) {
      if (!NEGATED_BEFORE.test(text.slice(Math.max(0, previous.start - offset - 80), previous.start - offset))) (drop ??= new Set()).add(h);
    } else if (BUT_BETWEEN.test(between) && NOT_BEFORE.test(text.slice(Math.max(0, previous.start - offset - 12), previous.start - offset))) {
      (drop ??= new Set()).add(previous);
    } else if (MOVED_BETWEEN.test(between) && (SHOULD_READ.test(between) || DESCRIBED_BEFORE.test(text.slice(Math.max(0, previous.start - offset - 32), previous.start - offset)))) {
      (drop ??= new Set()).add(previous);
    }
  }
  return drop ? hits.filter((h) => !drop.has(h)) : hits;
}
