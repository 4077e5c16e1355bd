import { findLevels, type LevelHit } from './find-levels';

/**
 * Characters no level match can hold, read across or look past: not a word character, not
 * whitespace, not a level separator ("-", "–", "/"). A match never spans one, so a stretch of
 * text cut right after one reads the same levels on each side as the whole stretch does.
 */
function isHard(ch: number): boolean {
  return ch === 46 || ch === 44 || ch === 59 || ch === 58 || ch === 40 || ch === 41 || ch === 33 || ch === 63;
}

/**
 * The first piece is at least this long, and each further one twice the last: the answer is
 * usually near, and a stretch with no level at all costs a few sweep calls, not one per comma.
 */
const FIRST_PIECE = 48;

/**
 * The levels a look-back takes from `text[from, to)`: the last segment found there ("L5-S1" wins
 * over a lone "S1", which names a root more than a level), or else the last level, with every
 * level read from the same words ("C5 through C7" gives two). Empty when there is none.
 *
 * Same answer as `findLevels(text.slice(from, to), from)` and picking the last, but read from the
 * end backwards in pieces cut after punctuation, so a heading or the previous sentence usually
 * answers before the whole stretch is swept (the note reader asks this for every sentence without
 * a level of its own, 400 characters back).
 */
export function lastLevelsBefore(text: string, from: number, to: number): LevelHit[] {
  // The latest piece with any level, kept in case no segment turns up further back.
  let latest: LevelHit[] | undefined;
  for (let end = to, size = FIRST_PIECE; end > from; size *= 2) {
    let start = from;
    for (let i = end - size; i > from; i--) {
      if (isHard(text.charCodeAt(i - 1))) {
        start = i;
        break;
      }
    }
    const hits = findLevels(text.slice(start, end), start);
    for (let k = hits.length - 1; k >= 0; k--) {
      const hit = hits[k] as LevelHit;
      if (hit.level.normalized.includes('-')) return sameStart(hits, hit.start);
    }
    if (!latest && hits.length > 0) latest = hits;
    end = start;
  }
  const last = latest?.[latest.length - 1];
  return latest && last ? sameStart(latest, last.start) : [];
}

/** The hits read from the words at `start` (a range gives several). */
function sameStart(hits: LevelHit[], start: number): LevelHit[] {
  const out: LevelHit[] = [];
  for (const hit of hits) if (hit.start === start) out.push(hit);
  return out;
}
