import { assessContext } from '../../src/core';
import { emptyCounts, ratios } from './metrics';
import { readNegex } from './read-corpus';

/** Where the concept sits in the sentence: the NegEx set writes it in upper case. */
export function locateConcept(sentence: string, concept: string): { start: number; end: number } | undefined {
  const upper = sentence.indexOf(concept.toUpperCase());
  if (upper >= 0) return { start: upper, end: upper + concept.length };
  const any = sentence.toLowerCase().indexOf(concept.toLowerCase());
  return any >= 0 ? { start: any, end: any + concept.length } : undefined;
}

export type NegexError = { id: string; expected: string; got: string; trigger: string | null; concept: string; sentence: string };

/** Negated-vs-affirmed agreement for the concept span of every NegEx row. */
export function evalNegex() {
  const rows = readNegex();
  const counts = emptyCounts();
  const errors: NegexError[] = [];
  let unlocated = 0;
  for (const row of rows) {
    const target = locateConcept(row.sentence, row.concept);
    if (!target) unlocated++;
    const result = assessContext(row.sentence, target ?? { start: 0, end: row.sentence.length });
    const predicted = result.status === 'negated';
    if (predicted && row.negated) counts.tp++;
    else if (predicted) counts.fp++;
    else if (row.negated) counts.fn++;
    else counts.tn++;
    if (predicted !== row.negated) {
      errors.push({
        id: row.id,
        expected: row.negated ? 'negated' : 'affirmed',
        got: result.status,
        trigger: result.trigger?.text ?? null,
        concept: row.concept,
        sentence: row.sentence,
      });
    }
  }
  return { rows: rows.length, unlocated, ...ratios(counts), errors };
}
