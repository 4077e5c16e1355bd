import { factorLetters } from '../text/factor-letters';

/**
 * Which of several word lists have a word at the start of some word of a text, and where, in one
 * sweep over it. A pattern that opens with `\b` and a run of letters (leadingWords in
 * find-conditions.ts) matches only where a word starts with that run, so a list none of whose
 * words starts a word of the text belongs to a pattern that cannot match: the caller skips it,
 * and tries the others only where their words start. One RegExp sweep of all the words costs less
 * than a search of the whole lower-cased text per word (most words are absent, and each search
 * reads the whole text); a hand-written walk over the characters measured slower than either.
 */

export type WordStarts = {
  /** Lists answered present whatever the text (a list holding a word that opens with no letter, or ''). */
  always: number;
  /** Every word once, longest first, after a word boundary; undefined when there is none. */
  sweep: RegExp | undefined;
  /** For each word, the lists (bits) holding it or a word it starts with. */
  bitsOf: Map<string, number>;
};

const escape = (word: string) => word.replace(/[-\\^$.*+?()[\]{}|]/g, '\\$&');

/** The lists (at most 31, one bit each) compiled for `presentLists`; words are lower-case letters and hyphens. */
export function wordStarts(lists: readonly (readonly string[])[]): WordStarts {
  if (lists.length > 31) throw new Error('wordStarts: at most 31 lists (one bit each)');
  let always = 0;
  const words = new Set<string>();
  lists.forEach((list, i) => {
    for (const word of list) {
      // A word not opening with a letter could start anywhere: its list is always tried.
      if (/^[a-z][a-z-]*$/.test(word)) words.add(word);
      else always |= 1 << i;
    }
  });
  // Longest first: where several words start the same word of the text, the sweep reads the
  // longest, and every other one is a prefix of it (bitsOf answers for them too).
  const sorted = [...words].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const bitsOf = new Map<string, number>();
  for (const word of sorted) {
    let bits = 0;
    lists.forEach((list, i) => {
      if (list.some((w) => w !== '' && word.startsWith(w))) bits |= 1 << i;
    });
    bitsOf.set(word, bits);
  }
  // Grouped by first letter (text/factor-letters.ts): the same matches, a cheaper sweep.
  const sweep = sorted.length > 0 ? new RegExp(`\\b(?:${factorLetters(sorted.map(escape).join('|'))})`, 'gi') : undefined;
  return { always, sweep, bitsOf };
}

/**
 * The lists (bits) with a word that starts some word of `text` (after `\b`, ASCII letters in
 * either case, as a pattern's case-insensitive RegExp reads them); also where each word found
 * starts and its lists, in text order, for a caller that then tries a pattern only there.
 */
export function listsAt(text: string, starts: WordStarts, positions: number[], bitsAt: number[]): number {
  let bits = starts.always;
  const { sweep, bitsOf } = starts;
  if (!sweep) return bits;
  sweep.lastIndex = 0;
  for (let m = sweep.exec(text); m !== null; m = sweep.exec(text)) {
    const found = bitsOf.get(m[0].toLowerCase()) ?? 0;
    bits |= found;
    positions.push(m.index);
    bitsAt.push(found);
    sweep.lastIndex = m.index + 1;
  }
  return bits;
}
