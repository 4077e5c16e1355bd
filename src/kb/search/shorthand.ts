/**
 * Clinical shorthand (DDD, HNP, NFN...) as data: what users type and the ICD-10-CM wording the
 * search uses in its place. The entries and their sources live in shorthand.json.
 */
import { LAY_TERMS } from './lay-terms';
import data from './shorthand.json';
import { tokenize } from './tokenize';

/**
 * `readAgain`: the entry's words take the place of the typed ones and the other entries read them
 * again ("s/p ACDF" is read as "s/p fusion", which the status entries know).
 */
export type ShorthandEntry = { term: string; means: string; searchAs: string; source: string; readAgain?: boolean };

/** A shorthand entry with its words pre-split, longest terms first so phrases win over parts. */
export type Shorthand = { entry: ShorthandEntry; termWords: string[]; searchWords: string[] };

export const SHORTHAND_ENTRIES: readonly ShorthandEntry[] = data.entries;

/** Shorthand and lay terms (lay-terms.json) are read the same way: whole words, searched as official wording. */
export function prepareShorthand(entries: readonly ShorthandEntry[] = [...SHORTHAND_ENTRIES, ...LAY_TERMS]): Shorthand[] {
  return entries
    .map((entry) => ({ entry, termWords: tokenize(entry.term), searchWords: tokenize(entry.searchAs) }))
    .filter((s) => s.termWords.length > 0)
    .sort((a, b) => b.termWords.length - a.termWords.length);
}
