/**
 * Lay and clinical names the official index lacks (lay-terms.json, each entry sourced): body words
 * read as ICD-10-CM regions ("neck" -> cervical, "low back" -> lumbar), and names searched as the
 * official wording ("slipped disc" -> intervertebral disc displacement), the way shorthand is.
 */
import data from './lay-terms.json';
import type { ShorthandEntry } from './shorthand';
import { tokenize } from './tokenize';

export type BodyRegionEntry = { words: string; region: string[]; source: string };
/** A body phrase pre-split into words, longest phrases first so "lower back" wins over "back". */
export type BodyRegion = { entry: BodyRegionEntry; words: string[] };

function checked<T extends { source: string }>(entries: T[], key: (e: T) => string): T[] {
  for (const e of entries) {
    if (!key(e).trim() || e.source.trim().length < 5) throw new Error(`lay-terms.json: entry "${key(e)}" needs its words and a source`);
  }
  return entries;
}

export const LAY_TERMS: readonly ShorthandEntry[] = checked(data.terms, (e) => e.term);
export const BODY_REGION_ENTRIES: readonly BodyRegionEntry[] = checked(data.regions, (e) => e.words);

export const BODY_REGIONS: readonly BodyRegion[] = BODY_REGION_ENTRIES.map((entry) => ({ entry, words: tokenize(entry.words) })).sort((a, b) => b.words.length - a.words.length);

/**
 * For each word position, the region words its body phrase stands for (empty when none):
 * "low back stenosis" -> [[lumbar, lumbosacral], [lumbar, lumbosacral], []].
 */
export function bodyRegionsOf(words: readonly string[]): string[][] {
  const out = words.map((): string[] => []);
  for (let i = 0; i < words.length; ) {
    const hit = BODY_REGIONS.find((b) => b.words.every((w, k) => words[i + k] === w));
    if (!hit) {
      i++;
      continue;
    }
    for (let k = 0; k < hit.words.length; k++) out[i + k] = hit.entry.region;
    i += hit.words.length;
  }
  return out;
}
