import { findCues, type Cue } from '../context/find-cues';
import type { Clause } from './split-clauses';

/**
 * The ConText cues of each clause, found once. The places of a clause (find-segments.ts), its
 * P/A/R/T words and care-type words (find-findings.ts) are each judged by assessContext within the
 * clause, which would find the same cue list again for every one of them ("Adjusted C2, T6, L5;
 * T6 tender, hypomobile"); handed the same list, it also keeps its reading of the list. The list is
 * what assessContext finds itself for that sentence, read only, never modified.
 */
const found = new WeakMap<Clause, { text: string; cues: Cue[] }>();

export function clauseCueList(text: string, clause: Clause): Cue[] {
  const known = found.get(clause);
  if (known && known.text === text) return known.cues;
  const cues = findCues(text, clause.start, clause.end);
  found.set(clause, { text, cues });
  return cues;
}
