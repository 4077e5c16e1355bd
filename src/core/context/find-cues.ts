import { clauseStarts } from '../text/clause-starts';
import { TOKEN, YEAR_TOKEN, cueTrie, isYear, type ContextRule, type CueNode } from './context-rules';

/** A context cue found in a sentence: its offsets and the rules its words carry. */
export type Cue = { start: number; end: number; rules: ContextRule[] };

const TOKEN_AT = new RegExp(TOKEN.source, 'iy');

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
 * at further, so a sentence costs one token sweep and no per-word allocation.
 */
export function findCues(text: string, start: number, end: number, clauses?: number[]): Cue[] {
  const sentence = text.slice(start, end);
  const cues: Cue[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(sentence); m !== null; m = TOKEN.exec(sentence)) {
    let node = cueTrie.next.get(m[0].toLowerCase());
    if (!node) continue;
    // Walk the trie word by word (whitespace only between words), keeping the longest literal.
    let best = node.rules ? { rules: node.rules, end: m.index + m[0].length } : undefined;
    let pos = m.index + m[0].length;
    while (node.next.size > 0) {
      let p = pos;
      while (p < sentence.length && sentence.charCodeAt(p) <= 32) p++;
      TOKEN_AT.lastIndex = p;
      const w = TOKEN_AT.exec(sentence);
      if (!w) break;
      const word = w[0].toLowerCase();
      const child: CueNode | undefined = node.next.get(word) ?? (isYear(word) ? node.next.get(YEAR_TOKEN) : undefined);
      if (!child) break;
      node = child;
      pos = p + w[0].length;
      if (node.rules) best = { rules: node.rules, end: pos };
    }
    if (!best) continue;
    cues.push({ start: start + m.index, end: start + best.end, rules: best.rules });
    TOKEN.lastIndex = best.end;
  }
  const starts = clauses ?? clauseStarts(text, start, end);
  if (starts.length === 0) return cues;
  for (const at of starts) cues.push({ start: at, end: at, rules: [NEW_CLAUSE] });
  return cues.sort((a, b) => a.start - b.start);
}
