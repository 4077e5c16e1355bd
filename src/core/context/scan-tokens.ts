/**
 * The cue matcher's words (context-rules.ts TOKEN: letters and digits joined by ' / -, an optional
 * leading hyphen, or a comma), read by hand from character codes. The matcher looks at every word
 * of every sentence that has a stenosis word; a RegExp exec there allocated a match array and a
 * lower-cased copy per word, which in dense notes was a large share of the garbage. Kept equal to
 * TOKEN by a property test (scan-tokens.test.ts).
 */

/** 1 for an ASCII letter or digit, by character code below 128 (one load instead of three range tests). */
const WORD_CHAR = new Uint8Array(128);
for (let c = 0; c < 128; c++) WORD_CHAR[c] = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;

/** ASCII letter or digit (TOKEN's [a-z0-9] with the i flag): unlike text/char-scan's isWordChar (`\w`), no "_". */
export function isLetterOrDigit(c: number): boolean {
  return c < 128 && WORD_CHAR[c] === 1;
}

/** ' / - join word parts ("can't", "r/o", "non-compressive"). */
export const isJoin = (c: number) => c === 39 || c === 47 || c === 45;

/**
 * Where the word that starts exactly at `at` ends (exclusive), or -1 when no word starts there;
 * `limit` is where the text the matcher reads ends.
 */
export function tokenEndAt(text: string, at: number, limit: number): number {
  if (at >= limit) return -1;
  const first = text.charCodeAt(at);
  if (first === 44) return at + 1;
  let p = at;
  if (first === 45) {
    if (at + 1 >= limit || !isLetterOrDigit(text.charCodeAt(at + 1))) return -1;
    p = at + 1;
  } else if (!isLetterOrDigit(first)) return -1;
  while (p < limit && isLetterOrDigit(text.charCodeAt(p))) p++;
  while (p + 1 < limit && isJoin(text.charCodeAt(p)) && isLetterOrDigit(text.charCodeAt(p + 1))) {
    p += 2;
    while (p < limit && isLetterOrDigit(text.charCodeAt(p))) p++;
  }
  return p;
}

/** Where the next word at or after `from` starts, or -1 when there is none before `limit`. */
export function nextTokenStart(text: string, from: number, limit: number): number {
  for (let p = from; p < limit; p++) {
    const c = text.charCodeAt(p);
    if (isLetterOrDigit(c) || c === 44) return p;
    if (c === 45 && p + 1 < limit && isLetterOrDigit(text.charCodeAt(p + 1))) return p;
  }
  return -1;
}

/** Lower-case ASCII letter code (other codes unchanged), for comparing words without copying them. */
export const lowerCode = (c: number) => (c >= 65 && c <= 90 ? c + 32 : c);

/**
 * A number standing for a word's shape: its lower-cased first and last characters and its length
 * (capped). Two words with different shapes differ; equal shapes still need a real comparison.
 */
export function tokenShape(text: string, start: number, end: number): number {
  const length = Math.min(end - start, 63);
  return (lowerCode(text.charCodeAt(start)) * 128 + lowerCode(text.charCodeAt(end - 1))) * 64 + length;
}

/**
 * A table of lower-case words answered for a word read in place (any case), without copying it:
 * words are slotted by a hash of their shape and compared character by character. Most words of a
 * sentence start no cue, and a copy plus lower-casing of each cost more than the comparison.
 */
export class WordTable<T> {
  /**
   * The words by hashed shape, null where none hashes: an empty slot answers a word with one array
   * load (most words of a sentence start no cue), where a Map keyed by shape cost a lookup.
   */
  private readonly slots: ({ word: string; value: T }[] | null)[];
  private readonly shift: number;
  /** One bit per lower-cased first character (ASCII) of a word in the table. */
  private readonly firsts = new Uint32Array(4);

  constructor(entries: Iterable<[string, T]>) {
    const list = [...entries];
    // About 16 slots per word: few collisions, and a small table for the trie's deeper nodes.
    let bits = 6;
    while (1 << bits < list.length * 16 && bits < 16) bits++;
    this.shift = 32 - bits;
    this.slots = new Array<{ word: string; value: T }[] | null>(1 << bits).fill(null);
    for (const [word, value] of list) {
      const hash = Math.imul(tokenShape(word, 0, word.length), 0x9e3779b1) >>> this.shift;
      const slot = this.slots[hash];
      if (slot) slot.push({ word, value });
      else this.slots[hash] = [{ word, value }];
      this.addFirst(word.charCodeAt(0));
    }
  }

  /** Counts words starting with character code `c` as possible (a stand-in word such as a year). */
  addFirst(c: number): void {
    if (c < 128) this.firsts[c >>> 5] = (this.firsts[c >>> 5] ?? 0) | (1 << (c & 31));
  }

  /**
   * Whether some word of the table may start with character code `c` (any case): false spares a
   * trie walk reading the next word when no word there can continue the cue.
   */
  mayStartWith(c: number): boolean {
    const lower = lowerCode(c);
    return lower < 128 && ((this.firsts[lower >>> 5] ?? 0) & (1 << (lower & 31))) !== 0;
  }

  /** The value of the word text[start..end), compared without case; undefined when absent. */
  get(text: string, start: number, end: number): T | undefined {
    const slot = this.slots[Math.imul(tokenShape(text, start, end), 0x9e3779b1) >>> this.shift];
    if (!slot) return undefined;
    const length = end - start;
    for (let k = 0; k < slot.length; k++) {
      const { word, value } = slot[k] as { word: string; value: T };
      if (word.length !== length) continue;
      let i = 0;
      while (i < length && lowerCode(text.charCodeAt(start + i)) === word.charCodeAt(i)) i++;
      if (i === length) return value;
    }
    return undefined;
  }
}
