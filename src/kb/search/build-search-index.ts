/**
 * Builds the lookup index over a whole catalog (98,186 entries) in one pass.
 *
 * Why not a whole-document search library: measured in Node 20 on this catalog (one-off, shared
 * 2-core machine), MiniSearch 7.2 took ~610 ms to index it and ~330 ms to load its 11.6 MB
 * serialized index, FlexSearch 0.8 ~1.2 s to index, and uFuzzy 1.0 (no index) ~8 ms p50 / ~31 ms
 * p95 per query; the popup's budget is 150 ms to load and 2 ms p50 per query. The vocabulary,
 * though, is small (~8,900 distinct words), so MiniSearch's SearchableMap (a radix tree with
 * prefix and fuzzy lookup, the part that is hard to get right) holds the words and the postings
 * are flat typed arrays built here. The popup loads a prebuilt copy (serialize-search-index.ts);
 * see reports/lookup.md for the numbers.
 */
import SearchableMap from 'minisearch/SearchableMap';
import type { RawIndexTerm, RawIndexTerms } from '../raw-types';
import type { Catalog, CatalogEntry, CodeOrder } from '../types';
import { prepareShorthand, type Shorthand, type ShorthandEntry } from './shorthand';
import { isSpineWord } from './parse-query';
import { essentialWords, joinedPrefixWords, tokenize } from './tokenize';

/** Where a word was found in an entry: its official title, its short title, or an index term. */
export type MatchField = 'title' | 'shortTitle' | 'indexTerm';
/** By posting field: 2 and 3 are both index terms (a main or leaf term's words, and the words of the levels between). */
export const FIELDS: readonly MatchField[] = ['title', 'shortTitle', 'indexTerm', 'indexTerm'];

export type SearchIndex = {
  catalog: Catalog;
  /** Word -> word id. */
  words: SearchableMap<number>;
  /** Postings of word id w are postings[offsets[w] .. offsets[w+1]), each `entryIndex << 2 | field`. */
  offsets: Uint32Array;
  postings: Uint32Array;
  /** 1 for words found only in short titles (abbreviations such as "cervcal"), which a typo may hit. */
  shortOnly: Uint8Array;
  /** Distinct essential words in each entry's title (for the "how much of the title matched" bonus). */
  titleWords: Uint8Array;
  /** Entry indexes sorted by code, for code-prefix lookups (the order file is not quite sorted). */
  byCode: CodeOrder;
  shorthand: Shorthand[];
  /** The Index's names of the entries (see IndexNames), for the coverage of an Index term. */
  names: IndexNames;
};

/**
 * Each Index term that leads to an entry, as the word ids of its essential words (main term and
 * subterms, without the nonessential modifiers in parentheses and without "with"): "Lumbago,
 * lumbalgia" M54.5, "Pain(s) > back (postural)" M54.9. The Index names a code by such a term as
 * its title does, so the lookup measures how much of the term a query covers as it measures a
 * title's (search-codes.ts: "lumbago" is M54.5 Low back pain, whose Index term it is whole, before
 * M54.4- Lumbago with sciatica, whose title it only starts). Names of entry e are words[start[k] ..
 * start[k+1]) for each k with entry[k] === e; entry is sorted.
 */
export type IndexNames = { entry: Uint32Array; start: Uint32Array; words: Uint32Array };


export type BuildOptions = {
  /** Official alphabetic-index terms: their words become synonyms of the codes they lead to. */
  indexTerms?: RawIndexTerms | undefined;
  /** More of the Index, for the lookup only (data/index-words.json: every term that leads to a chapter 6 or 13 code). */
  lookupIndexTerms?: readonly RawIndexTerm[] | undefined;
  shorthand?: readonly ShorthandEntry[];
};

const withoutModifiers = (title: string) => title.replace(/\([^)]*\)/g, '').trim().toLowerCase();

/** The posting field of an index-term word: the main term or the subterm that leads to the code. */
export const INDEX_FIELD = 2;
/**
 * The posting field of an index-term word from a level between them: "Complication > surgical
 * procedure > postlaminectomy syndrome NEC > kyphosis" leads to M96.3 Postlaminectomy kyphosis,
 * whose condition is the kyphosis; the levels between only qualify it, and ranking counts them
 * less (search-codes.ts), so "postlaminectomy syndrome" stays M96.1.
 */
export const INDEX_CONTEXT_FIELD = 3;

/**
 * Index-term words per code, each with its field: "Stenosis > neural canal > osseous > lumbar
 * region" -> M99.33. A cross-reference ("Lesion > nonallopathic: see Lesion, biomechanical") gives
 * its own last word to every code under the term it points to, as the index intends.
 */
function synonymWords(indexTerms: RawIndexTerms | undefined, more: readonly RawIndexTerm[] = []): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  const give = (code: string, words: Iterable<string>, field: number) => {
    const map = out.get(code) ?? new Map<string, number>();
    for (const w of words) if ((map.get(w) ?? 4) > field) map.set(w, field);
    out.set(code, map);
  };
  const terms = indexTerms?.entries ?? [];
  for (const term of [...terms, ...more]) {
    if (!term.code) continue;
    const last = term.path.length - 1;
    term.path.forEach((level, i) => give(term.code ?? '', indexWords(level), i === 0 || i === last ? INDEX_FIELD : INDEX_CONTEXT_FIELD));
  }
  for (const term of terms) {
    if (term.code || !term.see) continue;
    const target = term.see.split(',').map((part) => part.trim().toLowerCase());
    const words = tokenize(term.path.at(-1) ?? '');
    for (const other of terms) {
      if (other.code && target.every((part, k) => withoutModifiers(other.path[k] ?? '').startsWith(part))) give(other.code, words, INDEX_FIELD);
    }
  }
  return out;
}

/**
 * An Index level's words without "with" and "without": in a term they join a nonessential modifier
 * ("Osteomyelitis ... (with periostitis) > vertebra > lumbar region" M46.26) or head a subterm whose
 * own words follow, and as synonyms they matched every query that says "with" (M46.26 fourth for
 * "lumbar stenosis with neurogenic claudication", blind QA stop 49). Titles keep them: the rerank
 * reads a title's with/without qualifiers (rerank.ts).
 */
function indexWords(level: string): string[] {
  const words: string[] = [];
  for (const w of tokenize(level)) if (w !== 'with' && w !== 'without') words.push(w);
  return words;
}

/**
 * A main term's comma-separated single words that are forms of one word ("Lumbago, lumbalgia",
 * "Kyphosis, kyphotic", "Stenosis, stenotic"): the Index lists a condition's other forms after
 * it, and a query names it by one of them, so each is a name of its own. Other commas join an
 * inverted phrase ("Lumbarization, vertebra, congenital"), whose words are one name.
 */
function mainTermForms(level: string): string[][] {
  const parts = level.replace(/\([^)]*\)/g, ' ').split(',').map((part) => essentialWords(part));
  const first = parts[0]?.[0] ?? '';
  if (parts.length > 1 && parts.every((p) => p.length === 1 && first.length >= 4 && (p[0] ?? '').slice(0, 3) === first.slice(0, 3)))
    return parts;
  return [parts.flat()];
}

/**
 * A subterm that makes a combination ("with myelopathy", "due to displacement", "in (due to)"):
 * the code's title names the combination itself (M51.06 Intervertebral disc disorders with
 * myelopathy, lumbar region), and as a name "Degeneration > intervertebral disc > lumbar region >
 * with myelopathy" (or "Disease > intervertebral disc > lumbar (with) > myelopathy") would rank
 * M51.06 with M51.36 for "DDD lumbar", which did not ask for it.
 */
const COMBINATION = /^(?:with|without|due to|in)\b|\((?:with|without|in|due to)\)/i;

/**
 * The Index names (IndexNames) of the terms that lead to a catalog entry, as word ids of the index.
 * Not a name that leads to a header and names a site the header's title lacks: the Index sends the
 * site to a code under the header ("Instability > lumbosacral", see subcategory M53.2: M53.2X7
 * Spinal instabilities, lumbosacral region), which the code's own title finds.
 */
function indexNames(
  catalog: Catalog,
  terms: readonly RawIndexTerm[],
  idOf: (word: string) => number | undefined,
): IndexNames {
  const named: [number, number[]][] = [];
  const seen = new Set<string>();
  const position = new Map<string, number>();
  catalog.entries.forEach((e, i) => position.set(e.code, i));
  for (const term of terms) {
    const entry = position.get(term.code?.replace(/[-.]+$/, '') ?? '');
    if (entry === undefined || term.path.slice(1).some((level) => COMBINATION.test(level))) continue;
    const below = term.path.slice(1).flatMap((level) => indexWords(level.replace(/\([^)]*\)/g, ' ')));
    const header = catalog.entries[entry];
    if (header && !header.billable) {
      const title = new Set(tokenize(header.title));
      if (below.some((w) => isSpineWord(w) && !title.has(w))) continue;
    }
    for (const form of mainTermForms(term.path[0] ?? '')) {
      const ids = [...new Set([...form.filter((w) => w !== 'with' && w !== 'without'), ...below])].map(idOf);
      if (ids.length === 0 || ids.some((id) => id === undefined)) continue;
      const key = `${entry}:${ids.join(',')}`;
      if (seen.has(key)) continue;
      seen.add(key);
      named.push([entry, ids as number[]]);
    }
  }
  named.sort((a, b) => a[0] - b[0]);
  const start = new Uint32Array(named.length + 1);
  named.forEach(([, ids], k) => (start[k + 1] = (start[k] ?? 0) + ids.length));
  const words = new Uint32Array(start[named.length] ?? 0);
  named.forEach(([, ids], k) => words.set(ids, start[k] ?? 0));
  return { entry: Uint32Array.from(named, ([e]) => e), start, words };
}

/** Marks the words that appear only in short titles (field 1 in every posting). */
export function shortOnlyWords(offsets: Uint32Array, postings: Uint32Array): Uint8Array {
  const out = new Uint8Array(Math.max(0, offsets.length - 1));
  for (let w = 0; w < out.length; w++) {
    let only = 1;
    for (let p = offsets[w] ?? 0; p < (offsets[w + 1] ?? 0) && only; p++) if (((postings[p] ?? 0) & 3) !== 1) only = 0;
    out[w] = only;
  }
  return out;
}

/** Word -> id in MiniSearch's radix tree (prefix and fuzzy lookups). */
export function wordMap(ids: Iterable<[string, number]>): SearchableMap<number> {
  const map = new SearchableMap<number>();
  for (const [word, id] of ids) map.set(word, id);
  return map;
}

/** Entries are nearly in code order already (56 inversions), so insertion sort is linear in practice. */
export function sortByCode(entries: readonly CatalogEntry[]): Uint32Array {
  const idx = new Uint32Array(entries.length);
  const code = (i: number) => entries[i]?.code ?? '';
  for (let i = 0; i < idx.length; i++) {
    let j = i;
    const c = code(i);
    while (j > 0 && code(idx[j - 1] ?? 0) > c) {
      idx[j] = idx[j - 1] ?? 0;
      j--;
    }
    idx[j] = i;
  }
  return idx;
}

/** An abbreviation a title gives in parentheses: "(PTSD)", "(CKD)", "(HTLV-1-associated)" is none. */
const ABBREVIATION = /\(([A-Z][A-Z0-9]{1,7})\)/g;

/**
 * The abbreviations a header's title gives for its condition, by header code: "F43.1
 * Post-traumatic stress disorder (PTSD)" -> ptsd, "N18 Chronic kidney disease (CKD)" -> ckd. The
 * codes under the header are that condition too, and their titles do not repeat it (F43.10
 * Post-traumatic stress disorder, unspecified), so "PTSD" found only the header a coder cannot
 * bill, and "CKD stage 3" found retinopathy of prematurity, stage 3.
 */
function headerAbbreviations(entries: Catalog['entries']): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const e of entries) {
    if (e.billable || !e.title.includes('(')) continue;
    const found = [...e.title.matchAll(ABBREVIATION)].map((m) => (m[1] ?? '').toLowerCase());
    if (found.length) out.set(e.code, found);
  }
  return out;
}

export function buildSearchIndex(catalog: Catalog, options: BuildOptions = {}): SearchIndex {
  const entries = catalog.entries;
  const synonyms = synonymWords(options.indexTerms, options.lookupIndexTerms);
  const abbreviations = headerAbbreviations(entries);
  const ids = new Map<string, number>();
  const idOf = (word: string) => {
    let id = ids.get(word);
    if (id === undefined) {
      id = ids.size;
      ids.set(word, id);
    }
    return id;
  };
  // Titles repeat their parts thousands of times ("initial encounter for closed fracture"), so
  // each comma-separated segment is tokenized once; this halves the build time.
  const segments = new Map<string, number[]>();
  const segmentIds = (segment: string) => {
    let found = segments.get(segment);
    if (!found) {
      found = tokenize(segment).map(idOf);
      segments.set(segment, found);
    }
    return found;
  };
  let lastEntry = new Int32Array(16384).fill(-1);
  let pairWord = new Uint32Array(1 << 20);
  let pairPosting = new Uint32Array(1 << 20);
  let pairs = 0;
  const titleWords = new Uint8Array(entries.length);
  const grow = (a: Uint32Array) => {
    const b = new Uint32Array(a.length * 2);
    b.set(a);
    return b;
  };

  /** Adds one posting per word and entry: the first field that has it wins (title, short title, index). */
  const add = (id: number, entry: number, field: number): boolean => {
    if (id >= lastEntry.length) {
      const bigger = new Int32Array(lastEntry.length * 2).fill(-1);
      bigger.set(lastEntry);
      lastEntry = bigger;
    }
    if (lastEntry[id] === entry) return false;
    lastEntry[id] = entry;
    if (pairs === pairWord.length) {
      pairWord = grow(pairWord);
      pairPosting = grow(pairPosting);
    }
    pairWord[pairs] = id;
    pairPosting[pairs] = (entry << 2) | field;
    pairs++;
    return true;
  };

  for (let i = 0; i < entries.length; i++) {
    const e = entries[i];
    if (!e) continue;
    let n = 0;
    for (const segment of e.title.split(', ')) for (const id of segmentIds(segment)) if (add(id, i, 0)) n++;
    if (e.title.includes('(') || e.title.includes('[')) n = new Set(essentialWords(e.title)).size;
    titleWords[i] = Math.min(n, 255);
    // "Non-dominant" also as "nondominant", the way a query joins it; not counted as a title word.
    for (const w of joinedPrefixWords(e.title)) add(idOf(w), i, 0);
    if (e.shortTitle !== e.title) for (const segment of e.shortTitle.split(', ')) for (const id of segmentIds(segment)) add(id, i, 1);
    // An Index term that leads to a header ("Collapse > vertebra M48.50-", "Fracture,
    // pathological > vertebra M84.48", or a code split since FY2017 such as M54.5) names every
    // code under it too: the 7th-character codes and the newer subcodes.
    for (let end = e.code.length; end >= 3; end--) {
      const syn = synonyms.get(e.code.slice(0, end).replace(/\.$/, ''));
      // Main and leaf words first: a word at both kinds of level is a main or leaf word.
      if (syn) for (const field of [INDEX_FIELD, INDEX_CONTEXT_FIELD]) for (const [w, f] of syn) if (f === field) add(idOf(w), i, field);
      // A header's abbreviation names the codes under it, as an index term would.
      if (end < e.code.length) for (const w of abbreviations.get(e.code.slice(0, end).replace(/\.$/, '')) ?? []) add(idOf(w), i, INDEX_FIELD);
    }
  }

  // Counting sort of the (word, posting) pairs into one flat postings array per word.
  const offsets = new Uint32Array(ids.size + 1);
  for (let p = 0; p < pairs; p++) {
    const w = (pairWord[p] ?? 0) + 1;
    offsets[w] = (offsets[w] ?? 0) + 1;
  }
  for (let w = 0; w < ids.size; w++) offsets[w + 1] = (offsets[w + 1] ?? 0) + (offsets[w] ?? 0);
  const fill = offsets.slice(0, ids.size);
  const postings = new Uint32Array(pairs);
  for (let p = 0; p < pairs; p++) {
    const w = pairWord[p] ?? 0;
    const at = fill[w] ?? 0;
    postings[at] = pairPosting[p] ?? 0;
    fill[w] = at + 1;
  }

  return {
    catalog,
    words: wordMap(ids),
    offsets,
    postings,
    shortOnly: shortOnlyWords(offsets, postings),
    titleWords,
    byCode: sortByCode(entries),
    shorthand: prepareShorthand(options.shorthand),
    names: indexNames(catalog, [...(options.indexTerms?.entries ?? []), ...(options.lookupIndexTerms ?? [])], (w) => ids.get(w)),
  };
}
