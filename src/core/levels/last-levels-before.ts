import { findLevels, type LevelHit } from './find-levels';

/**
 * Characters no level match can hold, read across or look past: not a word character, not
 * whitespace, not a level separator ("-", "–", "/"). A match never spans one, so a stretch of
 * text cut right after one reads the same levels on each side as the whole stretch does.
 */
function isHard(ch: number): boolean {
  return ch === 46 || ch === 44 || ch === 59 || ch === 58 || ch === 40 || ch === 41 || ch === 33 || ch === 63;
}

/** The near piece is at least this long; a heading or the previous sentence usually falls in it. */
const NEAR_PIECE = 48;

/**
 * The levels a look-back takes from `text[from, to)`: the last segment found there ("L5-S1" wins
 * over a lone "S1", which names a root more than a level), or else the last level, with every
 * level read from the same words ("C5 through C7" gives two). Empty when there is none.
 *
 * Same answer as `findLevels(text.slice(from, to), from)` and picking the last, but the near end
 * is read first, cut after punctuation, and the rest only when the near piece has no segment (the
 * note reader asks this for every sentence without a level of its own, 400 characters back).
 */
export function lastLevelsBefore(text: string, from: number, to: number): LevelHit[] {
  let cut = from;
  for (let i = to - NEAR_PIECE; i > from; i--) {
    if (isHard(text.charCodeAt(i - 1))) {
      cut = i;
      break;
    }
  }
  const near = findLevels(text.slice(cut, to), cut);
  const nearSegment = lastSegment(near);
  if (nearSegment >= 0 || cut === from) return lastOf(near, nearSegment);
  const far = findLevels(text.slice(from, cut), from);
  const farSegment = lastSegment(far);
  if (farSegment >= 0 || near.length === 0) return lastOf(far, farSegment);
  return lastOf(near, -1);
}

/** Index of the last segment ("C5-C6") among the hits, or -1. */
function lastSegment(hits: LevelHit[]): number {
  for (let k = hits.length - 1; k >= 0; k--) if ((hits[k] as LevelHit).level.normalized.includes('-')) return k;
  return -1;
}

/** The hits read from the same words as hit `k` (the last hit when k < 0); none when there are none. */
function lastOf(hits: LevelHit[], k: number): LevelHit[] {
  const last = hits[k >= 0 ? k : hits.length - 1];
  const out: LevelHit[] = [];
  if (last) for (const hit of hits) if (hit.start === last.start) out.push(hit);
  return out;
}
