import { clauseStarts } from '../text/clause-starts';
import type { Span } from '../types';
import { YEAR_TOKEN, cueTrie, isYear, type ContextRule, type CueNode } from './context-rules';
import { WordTable, isLetterOrDigit, lowerCode } from './scan-tokens';
import { WordAutomaton } from './word-automaton';
import { DICTATED_START, JUNCTION_START, LETTER_WORD, LEVEL_FACT_FIRST, LEVEL_FACTS, REST_OF_WORD, WORD_BITS, keyWordFacts, letterWordStarts, levelFacts, wordFacts, type SentenceWords } from './sentence-words';

export type { SentenceWords } from './sentence-words';

/**
 * A context cue found in a sentence: its offsets and the rules its words carry. `trigger` is the
 * span a status it sets quotes, made on first need and then shared by every mention of the
 * sentence it decides (one object instead of one per mention: a run-on note has thousands).
 */
export type Cue = { start: number; end: number; rules: ContextRule[]; trigger: Span | undefined };

/**
 * A word of the first table: the trie node it starts (undefined for a word of sentence-words.ts
 * that starts no cue) and its bits there (clause-words.ts's, LETTER_WORD; see SentenceWords).
 */
type FirstWord = { node: CueNode | undefined; bits: number; follow: Uint32Array | undefined };

/** The trie's first words and sentence-words.ts's words, each with its FirstWord. */
function firstWords(): Map<string, FirstWord> {
  const words = new Map<string, FirstWord>();
  for (const [word, node] of cueTrie.next) words.set(word, { node, bits: 0, follow: followOf(node) });
  for (const [word, bits] of WORD_BITS) {
    const known = words.get(word);
    if (known) known.bits = bits;
    else words.set(word, { node: undefined, bits, follow: undefined });
  }
  return words;
}

/**
 * One bit per lower-cased first character (ASCII) of a word that may follow `node` (a year's
 * digits for its placeholder), undefined when none does: as the node's WordTable.mayStartWith
 * answers, without building that table. Most cue words are followed by a word that cannot go on
 * with them ("at", "the", "and" start only longer cues), and this tells so from one character.
 */
function followOf(node: CueNode): Uint32Array | undefined {
  if (node.next.size === 0) return undefined;
  const bits = new Uint32Array(4);
  const add = (c: number) => {
    if (c < 128) bits[c >>> 5] = (bits[c >>> 5] as number) | (1 << (c & 31));
  };
  for (const word of node.next.keys()) add(word.charCodeAt(0));
  if (node.next.has(YEAR_TOKEN)) for (const c of '12') add(c.charCodeAt(0));
  return bits;
}

/** Whether a word starting with character code `c` (any case) may follow (see followOf). */
function mayFollow(follow: Uint32Array, c: number): boolean {
  const lower = lowerCode(c);
  return lower < 128 && ((follow[lower >>> 5] as number) & (1 << (lower & 31))) !== 0;
}
const FIRST = firstWords();

/**
 * The first words, looked up as each word is read (by a round or by the trie walk): most words
 * start no cue and are never copied.
 */
const FIRST_WORDS = new WordAutomaton(FIRST);

/** A deeper node's words as the matcher looks them up in place (built on first use). */
function lookupOf(node: CueNode): NonNullable<CueNode['lookup']> {
  if (node.lookup) return node.lookup;
  const table = new WordTable(node.next);
  const year = node.next.get(YEAR_TOKEN);
  // A year (19xx, 20xx) may stand for the placeholder: its first digits may start the next word.
  if (year) for (const c of '12') table.addFirst(c.charCodeAt(0));
  return (node.lookup = { table, year });
}

/** A deeper node's child for the word text[start..end), looked up in place by the node's table. */
function childAt(lookup: NonNullable<CueNode['lookup']>, text: string, start: number, end: number): CueNode | undefined {
  const child = lookup.table.get(text, start, end);
  if (child) return child;
  // "on the yyyy ct": a year stands for the placeholder (the copy happens only where a year may follow).
  const year = lookup.year;
  return year && end - start === 4 && isYear(text.slice(start, end)) ? year : undefined;
}

/** 1 for a character a word may start with (a letter, a digit, a comma, a hyphen before one of them), below 128. */
const WORD_START = new Uint8Array(128);
for (let c = 0; c < 128; c++) WORD_START[c] = isLetterOrDigit(c) || c === 44 || c === 45 ? 1 : 0;

/** The terminator a new unpunctuated clause implies (see text/clause-starts.ts for the patterns). */
const NEW_CLAUSE: ContextRule = {
  id: 'term-new-clause',
  literal: '',
  category: 'TERMINATE',
  direction: 'terminate',
  origin: 'ConText',
  note: 'ConText ends a scope at a terminator; run-on dictation marks the clause by a new subject and verb instead of punctuation',
};

/** Shared by every clause cue (never modified): one list, so its reading is kept once (assess-context.ts). */
const NEW_CLAUSE_RULES: ContextRule[] = [NEW_CLAUSE];

/**
 * Cues in one sentence, with their offsets: leftmost-longest literal matches over the words, with
 * only whitespace allowed between the words of one cue. Only words that start some cue are looked
 * at further, so a sentence costs one pass over its characters and no copy of a word that starts
 * no cue (word-automaton.ts, scan-tokens.ts). `words`, when given, receives what the same pass
 * learns for two later sweeps of the sentence (see SentenceWords).
 */
export function findCues(text: string, start: number, end: number, clauses?: number[], words?: SentenceWords): Cue[] {
  const starts = clauses ?? clauseStarts(text, start, end);
  const cues: Cue[] = [];
  // Clause cues go in as the scan passes them, each before any word cue at its offset (as a stable
  // sort of the clause cues followed by the word cues puts them): one list, no merge afterwards. A
  // cue that opens a clause ("... at L3 L4 no significant stenosis at L5 S1", "is identified no
  // stenosis") belongs to the new clause: read after it, the clause's terminator ended its scope
  // where it started, and the finding it negates read as affirmed.
  let clause = 0;
  // The word after a cue's first word, read by the trie walk: when the walk stops there, the next
  // round starts at that word and takes its end, first-table entry and facts from the walk.
  let peekStart = -1;
  let peekEnd = -1;
  let peekFirst: FirstWord | undefined;
  let peekFacts = 0;
  // What the sentence's words tell (see SentenceWords): every word passes a round or the walk.
  let facts = 0;
  // In a local: a module's constant is read from its context, with a check, at each use.
  const wordStart = WORD_START;
  const levelFactFirst = LEVEL_FACT_FIRST;
  // Whether a bracket or a box glyph, or a quotation mark, stands between the words (see lastRead).
  let mayHoldBracket = false;
  let mayHoldQuote = false;
  for (let at = start; at < end; ) {
    // nextTokenStart read in place: stepping over the characters between words here, not in a
    // call per word, is a good part of the cost of a sentence (this loop sees all its words).
    const c = text.charCodeAt(at);
    if (c >= 128 || wordStart[c] === 0 || (c === 45 && !(at + 1 < end && isLetterOrDigit(text.charCodeAt(at + 1))))) {
      // "(" or ")" (40, 41), "[" (91), a glyph.
      if ((c | 1) === 41 || c === 91 || c >= BOX_GLYPH_LOW) mayHoldBracket = true;
      // '"' (34), or a curly one (U+201C, U+201D).
      else if (c === 34 || (c | 1) === 0x201d) mayHoldQuote = true;
      at++;
      continue;
    }
    let wordEnd: number;
    let first: FirstWord | undefined;
    if (at === peekStart) {
      wordEnd = peekEnd;
      first = peekFirst;
      facts |= peekFacts;
    } else {
      wordEnd = FIRST_WORDS.readAt(text, at, end, c);
      first = FIRST_WORDS.value;
      if (FIRST_WORDS.firstJoin >= 0) facts |= joinedFacts(text, at, wordEnd, end);
      else if (first === undefined) {
        // Most words: no cue, no key word; only an upper-case C, T or L (a dictated level) or an
        // o, a or c (a junction) may tell a fact.
        if (levelFactFirst[c] === 1) facts |= levelFacts(text, at, wordEnd, end, c);
        at = wordEnd;
        continue;
      } else facts |= wholeWordFacts(first, text, at, wordEnd, end, c);
    }
    let node = first?.node;
    if (!node) {
      at = wordEnd;
      continue;
    }
    let bestRules = node.rules;
    let bestEnd = wordEnd;
    let pos = wordEnd;
    // Most walks stop at the word after the first (see followOf): told here from its first
    // character, before the trie's node and its table are looked at.
    const follow = (first as FirstWord).follow;
    if (follow !== undefined) {
      let p = wordEnd;
      while (p < end && text.charCodeAt(p) <= 32) p++;
      if (p >= end || !mayFollow(follow, text.charCodeAt(p))) {
        if (!bestRules) {
          // No cue here, and only whitespace before p: the next round starts there.
          at = p;
          continue;
        }
        node = LEAF;
      }
    }
    // Walk the trie word by word (whitespace only between words), keeping the longest literal.
    while (node.next.size > 0) {
      let p = pos;
      while (p < end && text.charCodeAt(p) <= 32) p++;
      // Most walks stop at the next word ("and", "is", "," start cues but rarely continue one):
      // its first character alone usually says so, before the word is read.
      const lookup = lookupOf(node);
      if (p >= end) break;
      const pc = text.charCodeAt(p);
      if (!lookup.table.mayStartWith(pc)) break;
      // Read as a round reads it (tokenEndAt's end), so that a round starting there need not.
      const e = FIRST_WORDS.readAt(text, p, end, pc);
      if (e < 0) break;
      const wordFirst = FIRST_WORDS.value;
      const found = FIRST_WORDS.firstJoin >= 0 ? joinedFacts(text, p, e, end) : wholeWordFacts(wordFirst, text, p, e, end, pc);
      if (pos === wordEnd) {
        peekStart = p;
        peekEnd = e;
        peekFirst = wordFirst;
        peekFacts = found;
      }
      const child = childAt(lookup, text, p, e);
      if (!child) break;
      // A word the walk takes may lie inside the cue, where no round reads it.
      facts |= found;
      node = child;
      pos = e;
      if (node.rules) {
        bestRules = node.rules;
        bestEnd = pos;
      }
    }
    if (!bestRules) {
      at = wordEnd;
      continue;
    }
    for (; clause < starts.length && (starts[clause] as number) <= at; clause++) cues.push(clauseCue(starts[clause] as number));
    cues.push({ start: at, end: bestEnd, rules: bestRules, trigger: undefined });
    at = bestEnd;
  }
  for (; clause < starts.length; clause++) cues.push(clauseCue(starts[clause] as number));
  lastRead.text = text;
  lastRead.start = start;
  lastRead.end = end;
  lastRead.mayHoldBracket = mayHoldBracket;
  lastRead.mayHoldQuote = mayHoldQuote;
  if (words) {
    words.clauseWords = facts & ~LEVEL_FACTS;
    words.mayBeDictated = (facts & DICTATED_START) !== 0;
    words.mayBeJunction = (facts & JUNCTION_START) !== 0;
  }
  return cues;
}

/**
 * The facts (see SentenceWords) of a word without joins, text[start..end) (first character `c`),
 * from its first-table entry: a key word's bits (see keyWordFacts); a dictated level at a letter's word or an
 * upper-case C, T or L; a junction level at an o, a or c word.
 */
function wholeWordFacts(first: FirstWord | undefined, text: string, start: number, end: number, limit: number, c: number): number {
  let facts = 0;
  if (first !== undefined && first.bits !== 0) {
    const bits = first.bits;
    // Most such words are "is" or "are", whose bits are their facts; a rest-of word asks what follows it.
    if ((bits & (LETTER_WORD | REST_OF_WORD)) === 0) facts = bits;
    else facts = (bits & LETTER_WORD) === 0 ? keyWordFacts(bits, text, end, limit) : letterWordStarts(text, end, limit) ? DICTATED_START : 0;
  }
  if (c < 128 && LEVEL_FACT_FIRST[c] === 1) facts |= levelFacts(text, start, end, limit, c);
  return facts;
}

/** The facts of the joined word text[start..end) FIRST_WORDS has just read (see wordFacts). */
const joinedFacts = (text: string, start: number, end: number, limit: number) => wordFacts(text, start, end, limit, FIRST_WORDS.firstJoin, FIRST_WORDS.lastJoin);

/** The lowest box glyph check-boxes.ts reads (□ U+25A0 and up; ☐ ☑ ☒ lie above it). */
const BOX_GLYPH_LOW = 0x25a0;

/**
 * What the last findCues call saw of the characters between its words: whether a bracket "(", ")"
 * or "[" or a character from BOX_GLYPH_LOW up stands in text[start, end), and whether a quotation
 * mark does (mayHoldQuote, for quoted-claim.ts). Every character there
 * passes the loop, outside a word or inside one, and none of these is part of a word. assessContext
 * asks this of a sentence before it searches it for box marks (check-boxes.ts), which cost more
 * than the rest of assessContext for a sentence of a dense note, and for closing brackets: most
 * sentences hold neither. False is sure; true only says that a search is needed. One record,
 * overwritten by the next call (findCues never nests).
 */
export const lastRead: { text: string; start: number; end: number; mayHoldBracket: boolean; mayHoldQuote: boolean } = { text: '', start: 0, end: 0, mayHoldBracket: true, mayHoldQuote: true };

/** Whether the last findCues call read text[start, end) and saw no bracket and no box glyph there (see lastRead). */
export function readNoBracket(text: string, start: number, end: number): boolean {
  const read = lastRead;
  return !read.mayHoldBracket && read.start <= start && end <= read.end && read.text === text;
}

/**
 * Whether the last findCues call read text[start, end) and saw no quotation mark there ('"', U+201C
 * or U+201D; see lastRead): quoted-claim.ts asks it before reading back from every finding of a
 * sentence for one, and most sentences hold none.
 */
export function readNoQuote(text: string, start: number, end: number): boolean {
  const read = lastRead;
  return !read.mayHoldQuote && read.start <= start && end <= read.end && read.text === text;
}

/** A node no word continues, for a walk told to stop before it starts. */
const LEAF: CueNode = { rules: undefined, next: new Map(), lookup: undefined };

const clauseCue = (at: number): Cue => ({ start: at, end: at, rules: NEW_CLAUSE_RULES, trigger: undefined });

/**
 * The cues findCues(text, start, end, clauses) finds, from the word cues it finds with no clause
 * starts (`findCues(text, start, end, [])`, kept as they are): each clause cue goes after the word
 * cues that start before it and before those that start at it, as findCues puts it. For a reader that needs the clause starts
 * only for some sentences (see find-mentions.ts).
 */
export function withClauseCues(wordCues: Cue[], clauses: number[]): Cue[] {
  if (clauses.length === 0) return wordCues;
  const cues: Cue[] = [];
  let clause = 0;
  for (let i = 0; i < wordCues.length; i++) {
    const cue = wordCues[i] as Cue;
    for (; clause < clauses.length && (clauses[clause] as number) <= cue.start; clause++) cues.push(clauseCue(clauses[clause] as number));
    cues.push(cue);
  }
  for (; clause < clauses.length; clause++) cues.push(clauseCue(clauses[clause] as number));
  return cues;
}
