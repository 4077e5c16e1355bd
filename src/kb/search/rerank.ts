/**
 * Second-pass ranking of the best word matches, with what the first pass cannot see in single
 * words: the titles' qualifiers ("with neurogenic claudication" vs "without neurogenic
 * claudication") against what the query asks for, and whether the query is about an injury.
 *
 * Why a second pass: the first pass scores words in postings, where "with" and "without" are just
 * two more words; a title that says the opposite of the query must rank below the one that
 * agrees, and a degenerative query ("lumbar disc displacement") must not be crowded by its
 * traumatic twins (S33.0-) or by sequela codes nobody asked for.
 */
import type { CatalogEntry } from '../types';
import type { ParsedQuery } from './parse-query';
import { tokenize } from './tokenize';

/** A title's qualifier words: those after "with" and those after "without", up to the next comma. */
export type Qualifiers = { with: Set<string>; without: Set<string> };

const qualifierCache = new WeakMap<CatalogEntry, Qualifiers>();

export function qualifiersOf(entry: CatalogEntry): Qualifiers {
  let q = qualifierCache.get(entry);
  if (q) return q;
  q = { with: new Set(), without: new Set() };
  for (const clause of entry.title.toLowerCase().split(',')) {
    let target: Set<string> | undefined;
    for (const w of tokenize(clause)) {
      if (w === 'with') target = q.with;
      else if (w === 'without') target = q.without;
      else target?.add(w);
    }
  }
  qualifierCache.set(entry, q);
  return q;
}

/** Injury codes (chapter 19, S00-T88) and external causes (chapter 20, V00-Y99). */
const INJURY_CODE = /^[STVWXY]/;
const isSequela = (entry: CatalogEntry) => /\bsequela$/i.test(entry.title);

/** Saying the opposite of the query costs more than one unmatched word; agreeing earns a little. */
export const CONTRADICTS = 0.8;
export const AGREES = 0.15;
/** Below a non-injury title with the same words matched, above one with a word fewer. */
export const INJURY_UNASKED = 0.6;
export const SEQUELA_UNASKED = 0.6;
/** Above the header and its other encounters (their coverage bonus differs by ~0.05), below a word more matched. */
export const INITIAL_UNASKED = 0.1;
/** "…, initial encounter" and, for fractures, "…, initial encounter for closed fracture" (7th character A). */
const INITIAL_ENCOUNTER = /, initial encounter(?: for closed fracture| for fracture)?$/i;

const matches = (set: Set<string>, word: string) => {
  if (set.has(word)) return true;
  for (const w of set) if (w.startsWith(word) && word.length >= 4) return true;
  return false;
};

/** The score change for one entry under this query (0 when nothing applies). */
export function adjustment(entry: CatalogEntry, query: ParsedQuery): number {
  let delta = 0;
  const without = new Set(query.without ?? []);
  const titleQ = entry.title.includes(' with') ? qualifiersOf(entry) : undefined;
  if (titleQ) {
    // Agreement counts only when the query itself qualifies ("with …", "without …"): a plain
    // "radiculopathy" must not prefer "… with radiculopathy" over "Radiculopathy, cervical region".
    const qualifies = query.slots.some((s) => s[0] === 'with' || s[0] === 'without');
    let contradicted = false;
    let agreed = false;
    for (const slot of query.slots) {
      const word = slot[0] ?? '';
      if (word === 'with' || word === 'without') continue;
      if (without.has(word)) {
        if (matches(titleQ.with, word) && !matches(titleQ.without, word)) contradicted = true;
        else if (matches(titleQ.without, word)) agreed = true;
      } else if (matches(titleQ.without, word) && !matches(titleQ.with, word)) contradicted = true;
      else if (matches(titleQ.with, word)) agreed = true;
    }
    if (contradicted) delta -= CONTRADICTS;
    else if (agreed && qualifies) delta += AGREES;
  }
  // A query that names no encounter ("neck sprain", "whiplash") means the first one: the initial
  // encounter code, which has two title words more than its header and so ranked below it.
  if (query.injury && !query.encounter && INITIAL_ENCOUNTER.test(entry.title)) delta += INITIAL_UNASKED;
  if (!query.injury && INJURY_CODE.test(entry.code)) delta -= INJURY_UNASKED;
  if (!query.sequela && isSequela(entry)) delta -= SEQUELA_UNASKED;
  return delta;
}
