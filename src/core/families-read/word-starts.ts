/**
 * Which of several word lists have a word at the start of some word of a text, in one walk over
 * it. A pattern that opens with `\b` and a run of letters (leadingWords in find-conditions.ts)
 * matches only where a word starts with that run, so a list none of whose words starts a word of
 * the text belongs to a pattern that cannot match: the caller skips its sweep. One walk costs
 * less than a search of the whole lower-cased text per word (most words are absent, and each
 * search reads the whole text).
 */

type Candidate = { word: string; bits: number };

export type WordStarts = {
  /** Lists answered present whatever the text (a list holding '', which starts anything). */
  always: number;
  /** For each letter a-z, the words opening with it and the lists (bits) they stand for. */
  byLetter: (Candidate[] | undefined)[];
};

/** The lists (at most 31, one bit each) compiled for `presentLists`; words are lower-case letters and hyphens. */
export function wordStarts(lists: readonly (readonly string[])[]): WordStarts {
  if (lists.length > 31) throw new Error('wordStarts: at most 31 lists (one bit each)');
  let always = 0;
  const byLetter: (Candidate[] | undefined)[] = Array.from({ length: 26 }, () => undefined);
  lists.forEach((words, i) => {
    for (const word of words) {
      const first = word.charCodeAt(0) - 97;
      // A word not opening with a letter could start anywhere: its list is always tried.
      if (!(first >= 0 && first < 26)) {
        always |= 1 << i;
        continue;
      }
      const bucket = (byLetter[first] ??= []);
      const same = bucket.find((c) => c.word === word);
      if (same) same.bits |= 1 << i;
      else bucket.push({ word, bits: 1 << i });
    }
  });
  return { always, byLetter };
}

/** Whether `word` (lower case) is read at text[at..], ASCII letters in either case, as a case-insensitive RegExp reads them. */
function wordAt(text: string, at: number, word: string): boolean {
  if (at + word.length > text.length) return false;
  for (let k = 1; k < word.length; k++) {
    const w = word.charCodeAt(k);
    const t = text.charCodeAt(at + k);
    if (t !== w && !(w >= 97 && w <= 122 && t === w - 32)) return false;
  }
  return true;
}

/**
 * The lists (bits) with a word that starts some word of `text`: where `\b` holds before an ASCII
 * letter (the character before is not [A-Za-z0-9_], as `\b` reads it without the u flag).
 */
export function presentLists(text: string, starts: WordStarts): number {
  let bits = starts.always;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const letter = (c | 32) - 97;
    const isLetter = letter >= 0 && letter < 26 && c < 128;
    if (isLetter && !inWord) {
      const bucket = starts.byLetter[letter];
      if (bucket) for (const candidate of bucket) if (wordAt(text, i, candidate.word)) bits |= candidate.bits;
    }
    inWord = isLetter || (c >= 48 && c <= 57) || c === 95;
  }
  return bits;
}
