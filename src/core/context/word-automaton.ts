import { isJoin, isLetterOrDigit } from './scan-tokens';

/**
 * The cue matcher's first words as an automaton over characters: reading a word (as tokenEndAt
 * reads it) and looking it up become one pass. Every word of a sentence is read, and most start no
 * cue; the lookup by shape after the read cost a second look at the word's characters and a
 * hash. Kept equal to tokenEndAt plus WordTable by a property test (word-automaton.test.ts).
 */

/** Symbols: 0 for a character no word holds, then a-z (any case), 0-9, ' / - and the comma. */
const SYMBOLS = 41;
const SYMBOL = new Uint8Array(128);
for (let c = 0; c < 26; c++) SYMBOL[97 + c] = SYMBOL[65 + c] = 1 + c;
for (let c = 0; c < 10; c++) SYMBOL[48 + c] = 27 + c;
SYMBOL[39] = 37;
SYMBOL[47] = 38;
SYMBOL[45] = 39;
SYMBOL[44] = 40;
/** SYMBOL for letters and digits only (0 for any other character): one load tells both. */
const LETTER_OR_DIGIT = SYMBOL.map((symbol) => (symbol <= 36 ? symbol : 0));

const ROOT = 1;
/** Where the root's row starts. */
const ROOT_ROW = ROOT * SYMBOLS;

/**
 * The state whose row starts at `offset` (a multiple of SYMBOLS): offset / SYMBOLS as a multiply by
 * its inverse modulo 2^32, exact for a multiple, where a division is a float one in V8.
 */
const rowOf = (offset: number) => Math.imul(offset, 0xc18f9c19) >>> 0;

export class WordAutomaton<T> {
  /**
   * The state after a symbol, at state + symbol, a state standing as where its row starts (its
   * number times SYMBOLS: no multiply per character read); state 0 is where no word goes on (it
   * leads only to itself).
   */
  private readonly next: Uint16Array | Uint32Array;
  /** The value of the word that ends in each state. */
  private readonly values: (T | undefined)[] = [undefined, undefined];
  /** The value of the word the last read() ended on, undefined when the table has no such word. */
  value: T | undefined = undefined;
  /**
   * Where the word the last read() ended on holds its first and last join (' / - between its
   * parts, or a leading hyphen), -1 when it has none: its parts are words of their own to a
   * RegExp's \b, which a reader of whole words (find-cues.ts's SentenceWords) then looks at one by
   * one, without looking for the joins again. Set only where a join is read.
   */
  firstJoin = -1;
  lastJoin = -1;

  constructor(entries: Iterable<[string, T]>) {
    const edges: number[][] = [[], []];
    for (const [word, value] of entries) {
      let state = ROOT;
      for (let i = 0; i < word.length; i++) {
        const c = word.charCodeAt(i);
        const symbol = c < 128 ? (SYMBOL[c] ?? 0) : 0;
        // A word with a character no token holds can never be read: leave it out.
        if (symbol === 0) {
          state = 0;
          break;
        }
        const row = edges[state] as number[];
        let to = row[symbol];
        if (to === undefined) {
          to = edges.length;
          row[symbol] = to;
          edges.push([]);
          this.values.push(undefined);
        }
        state = to;
      }
      // A word listed twice keeps its first value, as in WordTable.
      if (state !== 0 && this.values[state] === undefined) this.values[state] = value;
    }
    // States numbered breadth first: the rows of short prefixes, which every word reads, lie together
    // at the front of the table (in cache), and the rare long ones after them.
    const order = [0, ROOT];
    const id = new Array<number>(edges.length).fill(0);
    id[ROOT] = ROOT;
    for (let k = 1; k < order.length; k++) {
      // Rows are sparse (indexed by symbol): visit their filled entries only.
      for (const to of (edges[order[k] as number] as number[]).filter((t) => t > 0)) {
        id[to] = order.length;
        order.push(to);
      }
    }
    this.next = edges.length * SYMBOLS <= 65536 ? new Uint16Array(edges.length * SYMBOLS) : new Uint32Array(edges.length * SYMBOLS);
    const values = this.values.slice();
    const next = this.next;
    for (let state = 0; state < order.length; state++) {
      const old = order[state] as number;
      // The table starts all zeros (state 0, no word): only a row's filled entries are written, not
      // all 41 symbols of every state, most of them holes, read one by one at each start of the core.
      const at = state * SYMBOLS;
      (edges[old] as number[]).forEach((to, symbol) => (next[at + symbol] = (id[to] as number) * SYMBOLS));
      this.values[state] = values[old];
    }
  }

  /**
   * Reads the word that starts exactly at `at` and returns its end (as tokenEndAt does, -1 when no
   * word starts there), leaving the table's value for that word (any case) in `value`.
   */
  read(text: string, at: number, limit: number): number {
    this.value = undefined;
    this.firstJoin = -1;
    if (at >= limit) return -1;
    return this.readAt(text, at, limit, text.charCodeAt(at));
  }

  /** read() for a caller that has read the first character (`first`, at `at`, before `limit`) already. */
  readAt(text: string, at: number, limit: number, first: number): number {
    // The tables in locals: a module's constant is read from its context, with a check of its
    // kind, at each use (V8 does not fold it), which in the loop below was a good part of a character's cost.
    const next = this.next;
    const letterOrDigit = LETTER_OR_DIGIT;
    this.value = undefined;
    this.firstJoin = -1;
    if (first === 44) {
      this.value = this.values[rowOf(next[ROOT_ROW + 40] as number)];
      return at + 1;
    }
    let p = at + 1;
    let state: number;
    if (first === 45) {
      if (p >= limit || !isLetterOrDigit(text.charCodeAt(p))) return -1;
      this.firstJoin = this.lastJoin = at;
      state = next[ROOT_ROW + 39] as number;
    } else {
      const symbol = first < 128 ? (letterOrDigit[first] as number) : 0;
      if (symbol === 0) return -1;
      state = next[ROOT_ROW + symbol] as number;
    }
    if (state === 0) return this.restOfWord(text, p, limit);
    // Each character is read once: the one that ends a run of letters (c, when p < limit) is
    // tested as a join from the variable (every read is a call into the string's representation).
    let c = 0;
    for (;;) {
      while (p < limit) {
        c = text.charCodeAt(p);
        const symbol = c < 128 ? (letterOrDigit[c] as number) : 0;
        if (symbol === 0) break;
        state = next[state + symbol] as number;
        p++;
        // No word of the table goes on so: the rest is read without the table.
        if (state === 0) return this.restOfWord(text, p, limit);
      }
      if (p + 1 < limit && isJoin(c) && isLetterOrDigit(text.charCodeAt(p + 1))) {
        this.join(p);
        state = next[state + (SYMBOL[c] as number)] as number;
        p++;
        if (state === 0) return this.restOfWord(text, p, limit);
      } else break;
    }
    this.value = this.values[rowOf(state)];
    return p;
  }

  /** Notes a join read at `p`. */
  private join(p: number): void {
    if (this.firstJoin < 0) this.firstJoin = p;
    this.lastJoin = p;
  }

  /** The end of a word read up to `p` (inside it), as tokenEndAt ends it. */
  private restOfWord(text: string, p: number, limit: number): number {
    const letterOrDigit = LETTER_OR_DIGIT;
    for (;;) {
      let c = 0;
      while (p < limit) {
        c = text.charCodeAt(p);
        if (c >= 128 || letterOrDigit[c] === 0) break;
        p++;
      }
      if (p + 1 < limit && isJoin(c) && isLetterOrDigit(text.charCodeAt(p + 1))) {
        this.join(p);
        p += 2;
      } else return p;
    }
  }
}
