import type { Level } from '../types';

/**
 * The levels as the note wrote them, each written form once, joined by ", ". A range names every
 * segment it spans ("multilevel spondylosis C3-C7" is C3-C4, C4-C5, C5-C6 and C6-C7), and each
 * of those keeps the range's own words as its raw text: quoting them one by one said "C3-C7,
 * C3-C7, C3-C7, C3-C7" (blind QA stop 51, n19). The normalized levels stay four; the quote is
 * what the user wrote, once. Concatenated in a loop, no array per call: findings and reasons quote
 * mentions at every analysis.
 */
export function quotedLevels(levels: readonly Level[]): string {
  let out = '';
  for (let i = 0; i < levels.length; i++) {
    const raw = (levels[i] as Level).raw;
    if (seenBefore(levels, i, raw)) continue;
    out += out === '' ? raw : `, ${raw}`;
  }
  return out;
}

/** Whether a level before `i` was written `raw` (levels are few: a scan beats a Set). */
function seenBefore(levels: readonly Level[], i: number, raw: string): boolean {
  for (let j = 0; j < i; j++) if ((levels[j] as Level).raw === raw) return true;
  return false;
}
