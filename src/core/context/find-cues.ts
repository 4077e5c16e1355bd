import { clauseStarts } from '../text/clause-starts';
import type { Span } from '../types';
import { YEAR_TOKEN, cueTrie, isYear, type ContextRule, type CueNode } from './context-rules';
import { WordTable, isLetterOrDigit, tokenEndAt } from './scan-tokens';
import { WordAutomaton } from './word-automaton';

/**
 * A context cue found in a sentence: its offsets and the rules its words carry. `trigger` is the
 * span a status it sets quotes, made on first need and then shared by every mention of the
 * sentence it decides (one object instead of one per mention: a run-on note has thousands).
 */
export type Cue = { start: number; end: number; rules: ContextRule[]; trigger: Span | undefined };

/** The trie's first level, looked up as each word is read: most words start no cue and are never copied. */
const FIRST_WORDS = new WordAutomaton(cueTrie.next);
/** The same words by shape, for a word the trie walk has read already (its end is known). */
const FIRST_TABLE = new WordTable(cueTrie.next);

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
 * no cue (word-automaton.ts, scan-tokens.ts).
 */
export function findCues(text: string, start: number, end: number, clauses?: number[]): Cue[] {
  const starts = clauses ?? clauseStarts(text, start, end);
  const cues: Cue[] = [];
  // Clause cues go in as the scan passes them, each after any word cue at its offset (as a stable
  // sort of the word cues followed by the clause cues put them): one list, no merge afterwards.
  let clause = 0;
  // The word after a cue's first word, read by the trie walk: when the walk stops there, the next
  // round starts at that word and looks it up by its known end instead of reading it again.
  let peekStart = -1;
  let peekEnd = -1;
  for (let at = start; at < end; ) {
    // nextTokenStart read in place: stepping over the characters between words here, not in a
    // call per word, is a good part of the cost of a sentence (this loop sees all its words).
    const c = text.charCodeAt(at);
    if (!isLetterOrDigit(c) && c !== 44 && !(c === 45 && at + 1 < end && isLetterOrDigit(text.charCodeAt(at + 1)))) {
      at++;
      continue;
    }
    let wordEnd: number;
    let node: CueNode | undefined;
    if (at === peekStart) {
      wordEnd = peekEnd;
      node = FIRST_TABLE.get(text, at, wordEnd);
    } else {
      wordEnd = FIRST_WORDS.readAt(text, at, end, c);
      node = FIRST_WORDS.value;
    }
    if (!node) {
      at = wordEnd;
      continue;
    }
    // Walk the trie word by word (whitespace only between words), keeping the longest literal.
    let bestRules = node.rules;
    let bestEnd = wordEnd;
    let pos = wordEnd;
    while (node.next.size > 0) {
      let p = pos;
      while (p < end && text.charCodeAt(p) <= 32) p++;
      // Most walks stop at the next word ("and", "is", "," start cues but rarely continue one):
      // its first character alone usually says so, before the word is read.
      const lookup = lookupOf(node);
      if (p >= end || !lookup.table.mayStartWith(text.charCodeAt(p))) break;
      const e = tokenEndAt(text, p, end);
      if (e < 0) break;
      if (pos === wordEnd) {
        peekStart = p;
        peekEnd = e;
      }
      const child = childAt(lookup, text, p, e);
      if (!child) break;
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
    for (; clause < starts.length && (starts[clause] as number) < at; clause++) cues.push(clauseCue(starts[clause] as number));
    cues.push({ start: at, end: bestEnd, rules: bestRules, trigger: undefined });
    at = bestEnd;
  }
  for (; clause < starts.length; clause++) cues.push(clauseCue(starts[clause] as number));
  return cues;
}

const clauseCue = (at: number): Cue => ({ start: at, end: at, rules: NEW_CLAUSE_RULES, trigger: undefined });

/**
 * The cues findCues(text, start, end, clauses) finds, from the word cues it finds with no clause
 * starts (`findCues(text, start, end, [])`, kept as they are): each clause cue goes after the word
 * cues that start at or before it, as findCues puts it. For a reader that needs the clause starts
 * only for some sentences (see find-mentions.ts).
 */
export function withClauseCues(wordCues: Cue[], clauses: number[]): Cue[] {
  if (clauses.length === 0) return wordCues;
  const cues: Cue[] = [];
  let clause = 0;
  for (let i = 0; i < wordCues.length; i++) {
    const cue = wordCues[i] as Cue;
    for (; clause < clauses.length && (clauses[clause] as number) < cue.start; clause++) cues.push(clauseCue(clauses[clause] as number));
    cues.push(cue);
  }
  for (; clause < clauses.length; clause++) cues.push(clauseCue(clauses[clause] as number));
  return cues;
}
