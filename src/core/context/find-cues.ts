import { clauseStarts } from '../text/clause-starts';
import { YEAR_TOKEN, cueTrie, isYear, type ContextRule, type CueNode } from './context-rules';
import { nextTokenStart, tokenEndAt, tokenShape } from './scan-tokens';

/** A context cue found in a sentence: its offsets and the rules its words carry. */
export type Cue = { start: number; end: number; rules: ContextRule[] };

/** The shapes of every word a cue starts with: a word of another shape is passed over uncopied. */
const FIRST_WORD_SHAPES = new Set([...cueTrie.next.keys()].map((word) => tokenShape(word, 0, word.length)));

/** The terminator a new unpunctuated clause implies (see text/clause-starts.ts for the patterns). */
const NEW_CLAUSE: ContextRule = {
  id: 'term-new-clause',
  literal: '',
  category: 'TERMINATE',
  direction: 'terminate',
  origin: 'ConText',
  note: 'ConText ends a scope at a terminator; run-on dictation marks the clause by a new subject and verb instead of punctuation',
};

/**
 * Cues in one sentence, with their offsets: leftmost-longest literal matches over the words, with
 * only whitespace allowed between the words of one cue. Only words that start some cue are looked
 * at further, so a sentence costs one pass over its characters and a copy only of the words whose
 * shape (scan-tokens.ts) some cue starts with.
 */
export function findCues(text: string, start: number, end: number, clauses?: number[]): Cue[] {
  const cues: Cue[] = [];
  for (let at = nextTokenStart(text, start, end); at >= 0; ) {
    const wordEnd = tokenEndAt(text, at, end);
    let node = FIRST_WORD_SHAPES.has(tokenShape(text, at, wordEnd)) ? cueTrie.next.get(text.slice(at, wordEnd).toLowerCase()) : undefined;
    if (!node) {
      at = nextTokenStart(text, wordEnd, end);
      continue;
    }
    // Walk the trie word by word (whitespace only between words), keeping the longest literal.
    let best = node.rules ? { rules: node.rules, end: wordEnd } : undefined;
    let pos = wordEnd;
    while (node.next.size > 0) {
      let p = pos;
      while (p < end && text.charCodeAt(p) <= 32) p++;
      const e = tokenEndAt(text, p, end);
      if (e < 0) break;
      const word = text.slice(p, e).toLowerCase();
      const child: CueNode | undefined = node.next.get(word) ?? (isYear(word) ? node.next.get(YEAR_TOKEN) : undefined);
      if (!child) break;
      node = child;
      pos = e;
      if (node.rules) best = { rules: node.rules, end: pos };
    }
    if (!best) {
      at = nextTokenStart(text, wordEnd, end);
      continue;
    }
    cues.push({ start: at, end: best.end, rules: best.rules });
    at = nextTokenStart(text, best.end, end);
  }
  const starts = clauses ?? clauseStarts(text, start, end);
  if (starts.length === 0) return cues;
  for (const at of starts) cues.push({ start: at, end: at, rules: [NEW_CLAUSE] });
  return cues.sort((a, b) => a.start - b.start);
}
