import { clauseStarts } from '../text/clause-starts';
import { TOKEN, YEAR_TOKEN, isYear, rulesByFirstToken, type ContextRule } from './context-rules';

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
    const entries = rulesByFirstToken.get(m[0].toLowerCase());
    if (!entries) continue;
    // Read the following words once (as many as the longest cue needs), then compare every entry.
    const longest = entries[0]?.tokens.length ?? 1;
    const next = wordsAfter(sentence, m.index + m[0].length, longest - 1);
    for (const entry of entries) {
      const n = entry.tokens.length;
      if (n - 1 > next.length) continue;
      let ok = true;
      for (let k = 1; ok && k < n; k++) {
        const word = next[k - 1]?.word;
        const want = entry.tokens[k];
        ok = word === want || (want === YEAR_TOKEN && word !== undefined && isYear(word));
      }
      if (!ok) continue;
      const last = n === 1 ? m.index + m[0].length : (next[n - 2]?.end ?? 0);
      cues.push({ start: start + m.index, end: start + last, rules: entry.rules });
      TOKEN.lastIndex = last;
      break;
    }
  }
  const starts = clauses ?? clauseStarts(text, start, end);
  if (starts.length === 0) return cues;
  for (const at of starts) cues.push({ start: at, end: at, rules: [NEW_CLAUSE] });
  return cues.sort((a, b) => a.start - b.start);
}

/** Up to `count` words after `from`, each separated from the previous by whitespace only. */
function wordsAfter(sentence: string, from: number, count: number): { word: string; end: number }[] {
  const words: { word: string; end: number }[] = [];
  let pos = from;
  while (words.length < count) {
    while (pos < sentence.length && sentence.charCodeAt(pos) <= 32) pos++;
    TOKEN_AT.lastIndex = pos;
    const m = TOKEN_AT.exec(sentence);
    if (!m) break;
    pos += m[0].length;
    words.push({ word: m[0].toLowerCase(), end: pos });
  }
  return words;
}
