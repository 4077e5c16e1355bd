/**
 * Lay and clinical names the official index lacks (lay-terms.json, each entry sourced): body words
 * read as ICD-10-CM regions ("neck" -> cervical, "low back" -> lumbar), and names searched as the
 * official wording ("slipped disc" -> intervertebral disc displacement), the way shorthand is.
 */
import data from './lay-terms.json';
import type { ShorthandEntry } from './shorthand';
import { tokenize } from './tokenize';

export type BodyRegionEntry = { words: string; region: string[]; source: string };
/** Words that also match other official words, by an Index cross-reference ("osteoarthritis" -> spondylosis). */
export type AlsoMatchEntry = { words: string; also: string[]; source: string };
/** In an injury query, a region word that also matches chapter 19's word for the region ("cervical" -> neck). */
export type InjuryRegionEntry = { region: string; also: string[]; source: string };
/** A body phrase pre-split into words, longest phrases first so "lower back" wins over "back". */
export type BodyRegion = { entry: BodyRegionEntry; words: string[]; alternatives: string[] };

function checked<T extends { source: string }>(entries: T[], key: (e: T) => string): T[] {
  for (const e of entries) {
    if (!key(e).trim() || e.source.trim().length < 5) throw new Error(`lay-terms.json: entry "${key(e)}" needs its words and a source`);
  }
  return entries;
}

export const LAY_TERMS: readonly ShorthandEntry[] = checked(data.terms, (e) => e.term);
export const BODY_REGION_ENTRIES: readonly BodyRegionEntry[] = checked(data.regions, (e) => e.words);

export const ALSO_MATCH_ENTRIES: readonly AlsoMatchEntry[] = checked(data.alsoMatches, (e) => e.words);
export const INJURY_REGION_ENTRIES: readonly InjuryRegionEntry[] = checked(data.injuryRegions, (e) => e.region);
/** Words that also match other official words only in a query about the spine ("neck arthritis" -> spondylosis). */
export const SPINE_MATCH_ENTRIES: readonly AlsoMatchEntry[] = checked(data.spineMatches, (e) => e.words);

type Phrase = { words: string[]; alternatives: string[] };
const longestFirst = <T extends Phrase>(list: T[]) => list.sort((a, b) => b.words.length - a.words.length);

export const BODY_REGIONS: readonly BodyRegion[] = longestFirst(BODY_REGION_ENTRIES.map((entry) => ({ entry, words: tokenize(entry.words), alternatives: entry.region })));
const ALSO_MATCHES: readonly Phrase[] = longestFirst(ALSO_MATCH_ENTRIES.map((e) => ({ words: tokenize(e.words), alternatives: e.also })));
const SPINE_MATCHES: readonly Phrase[] = longestFirst(SPINE_MATCH_ENTRIES.map((e) => ({ words: tokenize(e.words), alternatives: e.also })));

/** Marks each phrase of `list` found in `words` (longest first, no overlaps) with its alternatives. */
function markPhrases(words: readonly string[], list: readonly Phrase[], out: string[][]): void {
  for (let i = 0; i < words.length; ) {
    const hit = list.find((b) => b.words.every((w, k) => words[i + k] === w));
    if (!hit) {
      i++;
      continue;
    }
    for (let k = 0; k < hit.words.length; k++) out[i + k] = [...(out[i + k] ?? []), ...hit.alternatives.filter((a) => !out[i + k]?.includes(a))];
    i += hit.words.length;
  }
}

/**
 * For each word position, the official words its phrase also stands for (empty when none): body
 * words as regions, "low back stenosis" -> [[lumbar, lumbosacral], [lumbar, lumbosacral], []], and
 * the Index's cross-references, "low back pain" -> lumbago in each of its three places. The two
 * lists are read separately, so "low back pain" is both a region and lumbago.
 */
export function bodyRegionsOf(words: readonly string[]): string[][] {
  const out = words.map((): string[] => []);
  markPhrases(words, BODY_REGIONS, out);
  markPhrases(words, ALSO_MATCHES, out);
  return out;
}

/**
 * For each word position, the spine code words it also stands for when the query is about the
 * spine (the caller decides): "arthritis" -> spondylosis, "subluxation" -> dysfunction. Alone these
 * words keep their own sense ("arthritis" of a knee, "subluxation" of a lens).
 */
export function spineMatchesOf(words: readonly string[]): string[][] {
  const out = words.map((): string[] => []);
  markPhrases(words, SPINE_MATCHES, out);
  return out;
}

/** A slot of an injury query with chapter 19's region words added ("cervical" -> also neck). */
export function withInjuryRegions(slot: readonly string[]): string[] {
  const extra = INJURY_REGION_ENTRIES.filter((e) => slot.includes(e.region)).flatMap((e) => e.also.filter((a) => !slot.includes(a)));
  return extra.length ? [...slot, ...extra] : [...slot];
}
