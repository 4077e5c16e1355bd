import { withClauseCues, type Cue, type SentenceWords } from '../context/find-cues';
import { clauseStarts } from '../text/clause-starts';

// Shared by find-mentions (which makes one per sentence) and describe-window (which asks it where
// a site word's clause ends); kept apart so neither file imports the other.

/**
 * Where a sentence's unpunctuated clauses start (text/clause-starts.ts), found on first need: a
 * sentence of one anchor, no non-spinal word and no cue that sets a status (a plain finding, "At
 * C4-5, there is severe foraminal narrowing") never needs them, and finding them was a sweep per
 * sentence. `cues` is the sentence's word cues with its clause cues, made on first need too.
 */
export type SentenceClauses = {
  text: string;
  start: number;
  end: number;
  slice: string;
  clauses: number[] | undefined;
  /** What findCues read of the sentence's words for the clause and level sweeps. */
  words: SentenceWords;
  wordCues: Cue[];
  cues: Cue[] | undefined;
};

/** No clause starts: findCues then finds the word cues only. */
export const NO_CLAUSES: number[] = [];

export function clausesOf(lazy: SentenceClauses): number[] {
  return (lazy.clauses ??= clauseStarts(lazy.text, lazy.start, lazy.end, lazy.slice, lazy.words.clauseWords));
}

/** The sentence's cues as findCues(text, start, end, clauses) finds them. */
export function cuesOf(lazy: SentenceClauses): Cue[] {
  return (lazy.cues ??= withClauseCues(lazy.wordCues, clausesOf(lazy)));
}
