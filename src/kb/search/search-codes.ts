/**
 * Ranks catalog entries for a lookup query: the exact code first, then codes under that prefix,
 * then entries whose title, short title or index terms hold the query's words (any order, as
 * prefixes, with small typos). Billable codes come before headers when relevance is equal.
 */
import { normalizeCode } from '../catalog';
import type { Catalog, CatalogEntry } from '../types';
import type { MatchField, SearchIndex } from './build-search-index';
import { FIELDS } from './build-search-index';
import { isSpineWord, parseQuery, type ParsedQuery } from './parse-query';
import { americanSpelling } from './american-spelling';
import { entriesHolding, isValueWord } from './numeric-ranges';
import { adjustment, codeAdjustment, qualifiedCondition, regionAdjustment } from './rerank';

export type SearchHit = {
  entry: CatalogEntry;
  /**
   * How the entry matched: its code equals the query, starts with it, or its words match; or,
   * when the release has no code under the code typed, it is (or is under) the longest prefix of
   * that code the release has ('nearCode': "M99.99" lists M99.9 first).
   */
  match: 'code' | 'codePrefix' | 'nearCode' | 'words';
  /** Higher is better; only comparable within one query. */
  score: number;
  /**
   * For word matches: how many of the query's words this entry matched; 0 for the headers of the
   * condition a combination qualifies, listed after it when the query named only its qualifier
   * (conditionHeaders).
   */
  matchedWords?: number;
  /** For word matches: where the best-matching word was found (title, short title or index term). */
  field?: MatchField;
};

export type SearchResult = {
  query: ParsedQuery;
  hits: SearchHit[];
  /**
   * The code typed when the release has neither it nor any code under it ("M99.99", or a code
   * deleted in this release), so the UI can say so instead of listing look-alikes silently.
   */
  unknownCode?: string;
  /**
   * For a code query: the code whose codes the hits list first (the code typed, or for an unknown
   * code the nearest prefix the release has) and how many codes the release has under it, itself
   * included, and how many of them are billable ("M99.6": 11 codes, 10 billable). The word
   * matches that follow are no codes of it, so a UI says "M99.6: 11 codes", not "Top 50 results".
   */
  codes?: CodeCount;
};

export type CodeCount = { prefix: string; count: number; billable: number };

export type SearchOptions = { limit?: number };

/** Exact words count fully; prefix completions and one- or two-letter typos a little less. */
const EXACT = 1;
const PREFIX = 0.8;
const FUZZY = 0.6;
const FIELD_WEIGHT = [1, 0.9, 0.9, 0.6];
const CODE_WORD_WEIGHT = 0.9;
const ALTERNATIVE = 0.95;
/**
 * Typos are only forgiven in words long enough that a typo cannot turn them into another word,
 * and short enough to be one: the fuzzy search allocates a table of (n+1)(n+3) cells per word, so
 * one pasted 50,000-character "word" once took gigabytes. The longest title word has 25 letters.
 */
export const MAX_FUZZY_WORD = 27;
const fuzzyDistance = (word: string) => (word.length > MAX_FUZZY_WORD ? 0 : word.length >= 8 ? 2 : word.length >= 4 ? 1 : 0);
/** What a slot counts when it matched only a title word another slot already matched. */
const REPEAT_MATCH = 0.5;
/**
 * In a query about the spine, what an entry loses when it matched none of the slots that name the
 * site ("SI joint dysfunction": G71.033 Limb girdle muscular dystrophy due to dysferlin
 * dysfunction matched as much as M53.3, which the Index gives the sacroiliac joint, Disease >
 * sacroiliac NEC, and ranked above it for its title match). The site is what a spine lookup is
 * about; less than a word more matched, so an entry that matched the site and more stays ahead.
 */
const SITE_UNMATCHED = 0.15;
/** How many first-pass word matches the second pass (qualifiers, injury) may reorder. */
const RERANK_POOL = 50;

/** Reused between queries: one slot per catalog entry, cleared through the list of touched entries. */
type Scratch = {
  total: Float32Array;
  matched: Uint8Array;
  /** Distinct title words matched: two slots matching the same word ("c5" read as "cervical", and "cervical") count once. */
  distinct: Uint8Array;
  /** Of those, the ones found in the title or short title (an index term's word is not the title's). */
  inTitle: Uint8Array;
  best: Float32Array;
  bestField: Uint8Array;
  /** The word id (or -1 for a code match) behind each entry's best match in the current slot. */
  bestId: Int32Array;
  /** Per entry, the word ids its earlier slots matched (MAX_TRACKED per entry). */
  seenIds: Int32Array;
  touched: Uint32Array;
  /** Which slots (the first 32) each entry matched. */
  slotMask: Uint32Array;
  /** Per word id, 1 while the current query's slots stand for it. */
  queryWords: Uint8Array;
};
const MAX_TRACKED = 8;
const scratchFor = new WeakMap<SearchIndex, Scratch>();
function scratch(index: SearchIndex): Scratch {
  let s = scratchFor.get(index);
  if (!s) {
    const n = index.catalog.entries.length;
    s = {
      total: new Float32Array(n),
      matched: new Uint8Array(n),
      distinct: new Uint8Array(n),
      inTitle: new Uint8Array(n),
      best: new Float32Array(n),
      bestField: new Uint8Array(n),
      bestId: new Int32Array(n),
      seenIds: new Int32Array(n * MAX_TRACKED),
      touched: new Uint32Array(n),
      slotMask: new Uint32Array(n),
      queryWords: new Uint8Array(Math.max(0, index.offsets.length - 1)),
    };
    scratchFor.set(index, s);
  }
  return s;
}

const readers = new WeakMap<SearchIndex, (i: number) => CatalogEntry | undefined>();
/**
 * The catalog's entry at an index: `at` where the catalog has it (a table's, which decodes a category
 * on its first read: catalog-table.ts), else `entries[i]`. Not `entries[i]` on a table's lazily
 * decoded entries: each read through its Proxy made a string of the index, and the word search reads
 * thousands a query (a repeated "foram sten head" took 40 ms against 3).
 */
function entryReader(index: SearchIndex): (i: number) => CatalogEntry | undefined {
  let read = readers.get(index);
  if (!read) {
    const { catalog } = index;
    if (catalog.at) read = catalog.at;
    else {
      const entries = catalog.entries;
      read = (i) => entries[i];
    }
    readers.set(index, read);
  }
  return read;
}

/** Index range [from, to) in index.byCode of the codes that start with `prefix` (dotted, upper case). */
function codeRange(index: SearchIndex, prefix: string): [number, number] {
  const { byCode } = index;
  const entry = entryReader(index);
  const code = (k: number) => entry(byCode.at(k) ?? 0)?.code ?? '';
  let lo = 0;
  let hi = byCode.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (code(mid) < prefix) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < byCode.length && code(end).startsWith(prefix)) end++;
  return [lo, end];
}

const depth = (code: string) => code.replace('.', '').length;

/** How many codes the release has under `prefix`, itself included (see SearchResult.codes). */
function countCodes(index: SearchIndex, prefix: string): CodeCount {
  const [from, to] = codeRange(index, prefix);
  let billable = 0;
  const entry = entryReader(index);
  for (let k = from; k < to; k++) if (entry(index.byCode.at(k) ?? 0)?.billable) billable++;
  return { prefix, count: to - from, billable };
}

/** Exact code, then codes under it: nearest level first, billable before headers, then order-file order. */
function searchByCode(index: SearchIndex, code: string, limit: number): SearchHit[] {
  const [from, to] = codeRange(index, code);
  const hits: SearchHit[] = [];
  const candidates: CatalogEntry[] = [];
  const entryAt = entryReader(index);
  for (let k = from; k < to; k++) {
    const e = entryAt(index.byCode.at(k) ?? 0);
    if (!e) continue;
    if (e.code === code) hits.push({ entry: e, match: 'code', score: 3 });
    else candidates.push(e);
  }
  const base = depth(code);
  candidates.sort((a, b) => depth(a.code) - depth(b.code) || Number(b.billable) - Number(a.billable) || a.order - b.order);
  for (const e of candidates.slice(0, limit)) hits.push({ entry: e, match: 'codePrefix', score: 2 + 1 / (1 + depth(e.code) - base) - 0.5 });
  return hits.slice(0, limit);
}

const NUMBER = /^\d+(?:\.\d+)?$/;
const QUALIFIER = new Set(['with', 'without']);

/** The other grammatical number of an English word, by the regular rules (-y/-ies, -s, -es). */
function numberForms(word: string): string[] {
  if (word.length < 4 || NUMBER.test(word)) return [];
  if (word.endsWith('ies')) return [`${word.slice(0, -3)}y`];
  if (word.endsWith('y')) return [`${word.slice(0, -1)}ies`];
  if (/(?:ss|is|us)$/.test(word)) return [`${word}es`];
  // Greek -sis plurals: "stenoses", "kyphoses", "scolioses".
  if (word.endsWith('ses')) return [word.slice(0, -1), word.slice(0, -2), `${word.slice(0, -2)}is`];
  if (word.endsWith('es')) return [word.slice(0, -1), word.slice(0, -2)];
  if (word.endsWith('s')) return [word.slice(0, -1)];
  return [`${word}s`];
}
/**
 * The noun and base forms of a past participle or gerund, by the regular rules: "fractured" ->
 * fracture, "sprained" -> sprain, "herniated" -> herniation, "compressed" -> compression,
 * "bulging" -> bulge. Only forms some title has are used (expandSlot looks each up). The typed form
 * may itself be a title word of something else ("Fractured dental restorative material", K08.53-),
 * and then, matched only as typed, it outranked every fracture of the bone the query named.
 */
function participleForms(word: string): string[] {
  if (word.length < 6) return [];
  if (word.endsWith('ed')) return [word.slice(0, -1), word.slice(0, -2), `${word.slice(0, -2)}ion`];
  if (word.endsWith('ing')) return [word.slice(0, -3), `${word.slice(0, -3)}e`];
  return [];
}
/** Code-shaped words inside a word query ("m99 lumbar") also match the codes under that prefix. */
const CODE_WORD = /^[a-z]\d[0-9a-z]{1,5}$/;

/** The word ids (or, for code-shaped words, entry postings) a slot stands for, each with how well it matches. */
function expandSlot(
  index: SearchIndex,
  slot: readonly string[],
  whole: readonly string[] | undefined,
  values: readonly number[] | undefined,
): { words: Map<number, number>; codes: [number, number][]; held: [number, number][] } {
  const words = new Map<number, number>();
  const codes: [number, number][] = [];
  let factor = 1;
  const put = (id: number, weight: number) => {
    if ((words.get(id) ?? 0) < weight * factor) words.set(id, weight * factor);
  };
  // A word no title has may be British spelling of one that does ("oedema" -> "edema").
  const british = slot.map((w) => (index.words.get(w) === undefined ? americanSpelling(w) : undefined)).filter((w): w is string => w !== undefined);
  for (const [k, word] of (british.length ? [...slot, ...british] : slot).entries()) {
    // The words as typed count a little more than the alternatives read into them ("c5" over "cervical").
    factor = k === 0 ? 1 : ALTERNATIVE;
    const exact = index.words.get(word);
    if (exact !== undefined) put(exact, EXACT);
    // Singular and plural ("instability" / "instabilities") are the same word to the user.
    for (const form of numberForms(word)) {
      const id = index.words.get(form);
      if (id !== undefined) put(id, EXACT * ALTERNATIVE);
    }
    // So are the participle and its noun ("fractured humerus" / "fracture of humerus").
    for (const form of participleForms(word)) {
      const id = index.words.get(form);
      if (id !== undefined) put(id, EXACT * ALTERNATIVE);
    }
    // One letter or a number matches only itself: "s" or "2" as a prefix would match half the catalog.
    // Nor is "with" the start of "without": the qualifier words are whole (rerank.ts weighs them),
    // and as a prefix "with" would walk the postings of some 30,000 "without" titles.
    // Nor is a word the shorthand read in ("bulging disc" -> disc displacement), nor a site's noun
    // read into its adjective ("facial" -> face), the start of another: it is the titles' own
    // word, complete ("disc", not "discitis"; "face", not "facet").
    if (word.length < 2 || NUMBER.test(word) || QUALIFIER.has(word) || whole?.includes(word))
      continue;
    let completions = 0;
    for (const [term, id] of index.words.atPrefix(word)) {
      if (id === exact) continue;
      completions++;
      put(id, PREFIX + 0.15 * (word.length / term.length));
    }
    // Typos are looked for only when the word is not the start of another word, which keeps "sten"
    // from also matching "step" and "stem", and is no word or only a short-title abbreviation
    // ("cervcal"): a typo can hit such an abbreviation.
    const distance = fuzzyDistance(word);
    const unknown = exact === undefined || index.shortOnly[exact] === 1;
    if (unknown && completions === 0 && distance > 0) {
      for (const [, [id, d]] of index.words.fuzzyGet(word, distance)) put(id, FUZZY - 0.1 * (d - 1));
    }
    if (CODE_WORD.test(word)) codes.push(codeRange(index, normalizeCode(word)));
  }
  // A measured value ("bmi 17", "bmi 27.4"; parse-query.ts says which numbers are) also matches the
  // titles whose range holds it (numeric-ranges.ts), as an alternative: no title spells the value itself.
  // The narrowest range is the value's code; a wider one (its header's, an open-ended one) matches
  // a little less, as a word's completion does.
  const value = slot[0] ?? '';
  const holding = values?.includes(Number(value)) && isValueWord(value) ? entriesHolding(index.catalog.entries, Number(value)) : [];
  const narrowest = holding[0]?.[1];
  const held = holding.map(([entry, width]): [number, number] => [entry, width === narrowest ? ALTERNATIVE : PREFIX]);
  return { words, codes, held };
}

/**
 * How much a title's brevity adds: the share of its words the query matched, times this. A
 * header's title is its default code's without "unspecified" ("Low back pain" / "Low back pain,
 * unspecified"), so it always wins this bonus from it.
 */
const COVERAGE = 0.3;

/**
 * What a code adds to its header's title when it is the header's default: "unspecified" and no
 * qualifier ("Low back pain, unspecified", "Spondylolisthesis, site unspecified", "Ankylosing
 * spondylitis of unspecified sites in spine"; not E11.8 Type 2 diabetes mellitus with
 * unspecified complications, nor G44.201 Tension-type headache, unspecified, intractable).
 */
const UNSPECIFIED = /\bunspecified\b/i;
const QUALIFIED = /\bwith(?:out)?\b/i;
const isDefaultOf = (header: CatalogEntry, code: CatalogEntry) => {
  const rest = code.title.slice(header.title.length);
  return (
    code.code.startsWith(header.code) &&
    code.title.toLowerCase().startsWith(header.title.toLowerCase()) &&
    UNSPECIFIED.test(rest) &&
    !QUALIFIED.test(rest) &&
    !rest.slice(1).includes(',')
  );
};

/**
 * A header (not billable) gives its place to its default code: the billable code under it whose
 * title is the header's with only "unspecified" added ("low back pain": M54.50 Low back pain,
 * unspecified, then M54.5; "gout": M10.9 Gout, unspecified, then M10), when the first pass kept
 * that code and it matched the query as well (no further behind than the brevity bonus: a longer
 * title is all that put it below). A coder cannot use the header, and the default code is what
 * the header means when nothing more is known. A header without such a code keeps its place: its
 * children each name something the query did not ("intervertebral foramina osseous": M99.6 before
 * M99.60 … of head region), and the header stands for all of them.
 */
function defaultsBeforeHeaders(scored: SearchHit[]): SearchHit[] {
  let out = scored;
  for (const h of scored) {
    if (h.entry.billable) continue;
    const child = out.find(
      (c) =>
        c.entry.billable &&
        c.score > h.score - COVERAGE &&
        c.score < h.score &&
        isDefaultOf(h.entry, c.entry),
    );
    if (!child) continue;
    // Between the header's score and the next rounded score below it: hits tied with the header
    // stay where the tie put them.
    const score = h.score;
    out = out.map((x) =>
      x === child ? { ...x, score: score - 0.0004 } : x === h ? { ...x, score: score - 0.0008 } : x,
    );
  }
  return out;
}

/**
 * How far behind its header a child may be and still stand with it: less than a title that names
 * another region (REGION_CONTRADICTS, 0.3; "somatic dysfunction lumbar" keeps M99.00 of the head
 * region where it was) or a combination the query did not name (HEAD_UNASKED), more than the
 * small penalties of an axis the query left open (WITH_UNASKED, OTHER_UNASKED, 0.1 each).
 */
const SIBLING_MARGIN = 0.2;

/**
 * A header's children that matched the query about as well as it stand right after it and its
 * other children already there, not below another family's codes: they differ from one
 * another only by the axis the header leaves open. "DDD lumbar" lists M51.36 and then all four of
 * M51.360-M51.369 (the Index: Degeneration > intervertebral disc NOS > lumbar region M51.36-),
 * where M51.361, whose "with lower extremity pain only" the query did not ask for, had fallen
 * below M51.06 and M51.16 (blind QA stop 54, L1). Their order among themselves is kept.
 */
function childrenUnderHeaders(sorted: SearchHit[]): SearchHit[] {
  let out = sorted;
  for (let i = 0; i < out.length; i++) {
    const header = out[i] as SearchHit;
    if (header.entry.billable) continue;
    const prefix = header.entry.code;
    const under = (h: SearchHit) => h.entry.code.length > prefix.length && h.entry.code.startsWith(prefix);
    let end = i + 1;
    while (end < out.length && under(out[end] as SearchHit)) end++;
    // Only a group the ranking already started: a header whose own children follow it. A header
    // that another family's code follows ("cervical myelopathy": M50.0, then M47.12) keeps that order.
    if (end === i + 1) continue;
    const late = out.slice(end).filter((h) => under(h) && h.score > header.score - SIBLING_MARGIN);
    if (late.length === 0) continue;
    out = [...out.slice(0, end), ...late, ...out.slice(end).filter((h) => !late.includes(h))];
  }
  return out;
}

/**
 * What a hit of another chapter than the best hit loses when it matched none of the query words
 * the best hit matched: it read the query's other words in another sense ("spondylolisthesis L5
 * grade 1": D89.831 Cytokine release syndrome, grade 1, and G92.01 …neurotoxicity syndrome, grade 1,
 * matched only the grade, second and third under M43.16). A word: it ranks with the hits that
 * matched a word less, among them the best hit's own chapter's codes.
 */
export const OTHER_SENSE = 1;
/**
 * What a hit of another chapter than the best hit loses when it matched only some of the words
 * the best hit matched, and nothing else: "neurogenic claudication" is M48.062, and K59.2
 * Neurogenic bowel or I70.51 (…intermittent claudication) share one word with it. Less than a
 * word: it only orders the partial matches, the best hit's chapter's first.
 */
export const CHAPTER_PARTIAL = 0.3;

const bitCount = (mask: number) => {
  let n = 0;
  for (let m = mask; m !== 0; m &= m - 1) n++;
  return n;
};

/** The score change for hits of other chapters than the best hit (OTHER_SENSE, CHAPTER_PARTIAL). */
function chapterAdjustment(hit: SearchHit, best: SearchHit, masks: ReadonlyMap<CatalogEntry, number>): number {
  if (hit === best || hit.entry.chapter.number === best.entry.chapter.number) return 0;
  const mask = masks.get(hit.entry) ?? 0;
  const bestMask = masks.get(best.entry) ?? 0;
  if (mask === 0 || bestMask === 0) return 0;
  if ((mask & bestMask) === 0) return -OTHER_SENSE;
  return (mask & ~bestMask) === 0 && bitCount(mask) < bitCount(bestMask) ? -CHAPTER_PARTIAL : 0;
}

/** The code one level up ("M48.062" -> "M48.06", "M48.0" -> "M48"), or undefined for a category. */
const parentCode = (code: string) => (code.length > 3 ? code.slice(0, -1).replace(/\.$/, '') : undefined);

/**
 * When the best hit is a combination whose qualifier alone the query named ("neurogenic
 * claudication": M48.062 Spinal stenosis, lumbar region with neurogenic claudication), the headers
 * of the condition it qualifies (M48.06 Spinal stenosis, lumbar region; M48.0 Spinal stenosis)
 * follow the best hit's own family, before hits that share a word with the query in another sense
 * (G90.3 for "neurogenic", G45.9 for the Index's cerebral claudication): the Index has the
 * qualifier only under that condition (rerank.ts, qualifiedCondition), and a coder picks among
 * the condition's codes. The headers matched no query word, so the first pass never kept them.
 */
function conditionHeaders(sorted: SearchHit[], query: ParsedQuery, catalog: Catalog): SearchHit[] {
  const best = sorted[0];
  const condition = best?.match === 'words' ? qualifiedCondition(best.entry, query)?.toLowerCase() : undefined;
  if (!best || condition === undefined) return sorted;
  const headers: CatalogEntry[] = [];
  for (let code = parentCode(best.entry.code); code; code = parentCode(code)) {
    const e = catalog.get(code);
    if (e && condition.startsWith(e.title.toLowerCase()) && !/\bwith(?:out)?\b/i.test(e.title)) headers.push(e);
  }
  const first = headers[0];
  if (!first) return sorted;
  let end = 1;
  while (end < sorted.length && sorted[end]?.entry.code.startsWith(first.code)) end++;
  const placed = sorted.slice(0, end);
  const last = placed[placed.length - 1] as SearchHit;
  const added = headers
    .filter((e) => !placed.some((h) => h.entry === e))
    .map((entry, k): SearchHit => ({ entry, match: 'words', score: last.score - 0.0001 * (k + 1), matchedWords: 0 }));
  const rest = sorted.slice(end).filter((h) => !added.some((a) => a.entry === h.entry));
  return [...placed, ...added, ...rest];
}

/** Reorders the first pass's best hits by what their titles say about the query's qualifiers and injury (rerank.ts). */
function rerank({ hits, masks }: WordHits, query: ParsedQuery, limit: number, catalog: Catalog): SearchHit[] {
  const byScore = (a: SearchHit, b: SearchHit) => b.score - a.score || Number(b.entry.billable) - Number(a.entry.billable) || a.entry.order - b.entry.order;
  let scored = defaultsBeforeHeaders(
    hits.map((h) => {
      const delta = adjustment(h.entry, query);
      return delta === 0 ? h : { ...h, score: Math.round((h.score + delta) * 1000) / 1000 };
    }),
  );
  scored.sort(byScore);
  const best = scored[0];
  if (best && query.slots.length > 1) {
    scored = scored.map((h) => {
      const delta = chapterAdjustment(h, best, masks);
      return delta === 0 ? h : { ...h, score: Math.round((h.score + delta) * 1000) / 1000 };
    });
    scored.sort(byScore);
  }
  return conditionHeaders(childrenUnderHeaders(scored), query, catalog).slice(0, limit);
}

/** The first pass's best hits, with the query slots (a bit each, the first 32) each hit's entry matched. */
type WordHits = { hits: SearchHit[]; masks: Map<CatalogEntry, number> };

function searchByWords(index: SearchIndex, query: ParsedQuery, limit: number): WordHits {
  const slots = query.slots;
  const masks = new Map<CatalogEntry, number>();
  if (slots.length === 0) return { hits: [], masks };
  const s = scratch(index);
  const { offsets, postings, catalog, titleWords } = index;
  const n = catalog.entries.length;
  const entryAt = entryReader(index);
  let touchedCount = 0;
  let idfSum = 0;
  const wordTouched: number[] = [];

  // The slots that name a spine site, when the query also has slots that do not.
  let siteSlots = 0;
  if (query.spine) for (const [k, slot] of slots.entries()) if (k < 32 && slot.some(isSpineWord)) siteSlots |= 1 << k;
  if (siteSlots === (slots.length >= 32 ? -1 : (1 << slots.length) - 1)) siteSlots = 0;

  // The word ids the query's slots stand for (indexCoverage), marked in a reused table.
  const queryWords = s.queryWords;
  const marked: number[] = [];
  for (const [slotIndex, slot] of slots.entries()) {
    const bit = slotIndex < 32 ? 1 << slotIndex : 0;
    const expansions = expandSlot(index, slot, query.whole, query.values);
    for (const id of expansions.words.keys()) {
      if (queryWords[id] === 0) marked.push(id);
      queryWords[id] = 1;
    }
    let df = 0;
    wordTouched.length = 0;
    for (const [from, to] of expansions.codes) {
      df += to - from;
      for (let k = from; k < to; k++) {
        const entry = index.byCode.at(k) ?? 0;
        if ((s.best[entry] ?? 0) === 0) wordTouched.push(entry);
        if ((s.best[entry] ?? 0) < CODE_WORD_WEIGHT) {
          s.best[entry] = CODE_WORD_WEIGHT;
          s.bestField[entry] = 0;
          s.bestId[entry] = -1;
        }
      }
    }
    for (const [entry, weight] of expansions.held) {
      df++;
      if ((s.best[entry] ?? 0) === 0) wordTouched.push(entry);
      if ((s.best[entry] ?? 0) < weight) {
        s.best[entry] = weight;
        s.bestField[entry] = 0;
        s.bestId[entry] = -1;
      }
    }
    for (const [id, weight] of expansions.words) {
      const end = offsets[id + 1] ?? 0;
      const start = offsets[id] ?? 0;
      df += end - start;
      for (let p = start; p < end; p++) {
        const posting = postings[p] ?? 0;
        const entry = posting >>> 2;
        const field = posting & 3;
        const score = weight * (FIELD_WEIGHT[field] ?? 0);
        const prev = s.best[entry] ?? 0;
        if (prev === 0) wordTouched.push(entry);
        if (score > prev) {
          s.best[entry] = score;
          s.bestField[entry] = field;
          s.bestId[entry] = id;
        }
      }
    }
    // Rare words say more about what the user wants than words found in thousands of titles.
    const idf = Math.log(1 + n / (1 + df));
    idfSum += idf;
    for (const entry of wordTouched) {
      if ((s.matched[entry] ?? 0) === 0 && (s.total[entry] ?? 0) === 0) s.touched[touchedCount++] = entry;
      const before = s.matched[entry] ?? 0;
      const id = s.bestId[entry] ?? -1;
      let repeat = false;
      for (let j = 0; j < Math.min(before, MAX_TRACKED) && !repeat; j++) repeat = id >= 0 && s.seenIds[entry * MAX_TRACKED + j] === id;
      if (before < MAX_TRACKED) s.seenIds[entry * MAX_TRACKED + before] = id;
      if (!repeat) {
        s.distinct[entry] = (s.distinct[entry] ?? 0) + 1;
        if ((s.bestField[entry] ?? 0) < 2) s.inTitle[entry] = (s.inTitle[entry] ?? 0) + 1;
      }
      s.matched[entry] = before + 1;
      s.slotMask[entry] = (s.slotMask[entry] ?? 0) | bit;
      s.total[entry] = (s.total[entry] ?? 0) + (s.best[entry] ?? 0) * idf;
      s.best[entry] = 0;
    }
  }

  // Keep the best `limit` in a small sorted array: most entries fail the first comparison.
  const top: SearchHit[] = [];
  const beats = (score: number, entry: CatalogEntry, b: SearchHit) => score > b.score || (score === b.score && (Number(entry.billable) - Number(b.entry.billable) || b.entry.order - entry.order) > 0);
  const better = (a: SearchHit, b: SearchHit) => beats(a.score, a.entry, b);
  for (let k = 0; k < touchedCount; k++) {
    const i = s.touched[k] ?? 0;
    const matched = s.matched[i] ?? 0;
    const quality = idfSum > 0 ? (s.total[i] ?? 0) / idfSum : 0;
    const distinct = s.distinct[i] ?? 0;
    const coverage = Math.min(1, (s.inTitle[i] ?? 0) / Math.max(1, titleWords[i] ?? 1));
    s.distinct[i] = 0;
    s.inTitle[i] = 0;
    const slotMask = s.slotMask[i] ?? 0;
    const siteUnmatched = siteSlots !== 0 && (slotMask & siteSlots) === 0;
    s.slotMask[i] = 0;
    // A slot that matched only a word an earlier slot matched counts half: for "C5-6 disc" the
    // header "Cervical disc …" matches c5 and c6 both through "cervical", and must rank below
    // "Cervical disc … at C5-C6 level", which matches each level itself.
    const slotsMatched = distinct + REPEAT_MATCH * (matched - distinct);
    // Rounded so that "equal relevance" really is equal and the billable rule can decide.
    s.matched[i] = 0;
    s.total[i] = 0;
    const entry = entryAt(i);
    if (!entry) continue;
    // Chapter 13's codes keep their place: "spondylolisthesis lumbar" still lists M43.1 (the
    // condition named, at no site) before other lumbar conditions, "muscle spasm back" M62.83.
    const site = siteUnmatched && entry.chapter.number !== 13 ? -SITE_UNMATCHED : 0;
    let base = slotsMatched + 0.5 * quality + COVERAGE * coverage + codeAdjustment(entry, query) + site;
    const last = top[top.length - 1];
    const hit: SearchHit = { entry, match: 'words', score: Math.round(base * 1000) / 1000, matchedWords: matched, field: FIELDS[s.bestField[i] ?? 0] ?? 'title' };
    // An Index term the query covers more of than the title counts instead (indexCoverage); asked
    // only of an entry that could enter the best hits with it, as the region below.
    if (coverage < INDEX_NAME_WEIGHT && hitsIndexName(s.bestField[i] ?? 0, matched)) {
      if (top.length >= limit && last && !beats(Math.round((base + COVERAGE * (INDEX_NAME_WEIGHT - coverage)) * 1000) / 1000, entry, last)) continue;
      const named = INDEX_NAME_WEIGHT * indexCoverage(index, i, queryWords);
      if (named > coverage) {
        base += COVERAGE * (named - coverage);
        hit.score = Math.round(base * 1000) / 1000;
      }
    }
    if (top.length >= limit && last && !better(hit, last)) continue;
    // Lowers the score only, so asked only of an entry that would enter the best hits (rerank.ts).
    const region = regionAdjustment(entry, query);
    if (region !== 0) {
      hit.score = Math.round((base + region) * 1000) / 1000;
      if (top.length >= limit && last && !better(hit, last)) continue;
    }
    let at = top.length;
    while (at > 0 && better(hit, top[at - 1] as SearchHit)) at--;
    top.splice(at, 0, hit);
    masks.set(entry, slotMask);
    if (top.length > limit) top.pop();
  }
  for (const id of marked) queryWords[id] = 0;
  return { hits: top, masks };
}

/**
 * An Index name covered counts as a title covered, a little less (as an index word counts 0.9 of a
 * title word): "hypertension" keeps I10 Essential (primary) hypertension, half of whose title it
 * covers, before G93.2 Benign intracranial hypertension, half of whose name "Hypertension >
 * intracranial" it covers. The lookup's Index extract holds chapters 6 and 13 (index-words.ts),
 * so the codes of other chapters have only their titles.
 */
const INDEX_NAME_WEIGHT = 0.9;

/** Whether an entry's matches may have come from an Index name: any match but a title's alone. */
const hitsIndexName = (bestField: number, matched: number) => matched > 0 && bestField !== 1;

/**
 * The largest share of one of the entry's own Index names (build-search-index.ts, IndexNames) that
 * the query's words cover, or 0: the Index's counterpart of the title coverage. Only the entry's
 * own: a term that leads to a header ("Instability > lumbosacral" M53.2-) leaves the code to its
 * site or to its default, which the title coverage and defaultsBeforeHeaders choose ("lumbago":
 * M54.5, then its default M54.50 before it).
 */
function indexCoverage(index: SearchIndex, entry: number, queryWords: Uint8Array): number {
  const { names } = index;
  const sites = siteWordIds(index);
  let lo = 0;
  let hi = names.entry.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((names.entry[mid] ?? 0) < entry) lo = mid + 1;
    else hi = mid;
  }
  let best = 0;
  for (let k = lo; k < names.entry.length && names.entry[k] === entry; k++) {
    const from = names.start[k] ?? 0;
    const to = names.start[k + 1] ?? 0;
    let covered = 0;
    let otherSite = false;
    for (let w = from; w < to; w++) {
      const word = names.words[w] ?? -1;
      if (queryWords[word] === 1) covered++;
      else if (sites.has(word)) otherSite = true;
    }
    if (to > from && !otherSite) best = Math.max(best, covered / (to - from));
  }
  return best;
}

const siteIds = new WeakMap<SearchIndex, Set<number>>();
/**
 * The ids of the words that name a spine site (isSpineWord), once per index: a name that names a
 * site the query did not ("Stenosis > intervertebral foramina > disc > sacroiliac" M99.74, for
 * "foraminal narrowing L5-S1") is not the query's, whatever else of it the query covers.
 */
function siteWordIds(index: SearchIndex): Set<number> {
  let ids = siteIds.get(index);
  if (!ids) {
    ids = new Set();
    for (const [word, id] of index.words) if (isSpineWord(word)) ids.add(id);
    siteIds.set(index, ids);
  }
  return ids;
}

/**
 * For a code the release lacks, the codes under its longest prefix that the release has: a typo
 * or an invented character is most often at the end ("M99.99" → M99.9, "S23.420A" → S23.42-),
 * so those are the nearest codes; word matches on the category would list its first codes instead.
 * Stops at the category (three characters): a letter and two digits that match nothing are not near.
 */
type NearCode = { prefix: string; hits: SearchHit[] };
function searchNearCode(index: SearchIndex, code: string, limit: number): NearCode {
  for (let end = code.length - 1; end >= 3; end--) {
    const prefix = code.slice(0, end).replace(/\.$/, '');
    const hits = searchByCode(index, prefix, limit);
    const near = hits.map((h): SearchHit => ({ ...h, match: 'nearCode', score: h.score - 1 }));
    if (near.length > 0) return { prefix, hits: near };
  }
  return { prefix: '', hits: [] };
}

/** True when the index has the word or a word that starts with it. */
function knownWord(index: SearchIndex, word: string): boolean {
  if (index.words.has(word)) return true;
  for (const _ of index.words.atPrefix(word).keys()) return true;
  return false;
}

const injuryEntries = new WeakMap<SearchIndex, [number, number]>();
/**
 * True when a title of chapter 19 (injuries, arranged by body region) has the word: such a word
 * names a body site ("coccyx", "scapula", "spine"; site-nouns.ts). Chapter 19's entries are one
 * run of the catalog, and each word's postings are in entry order, so one binary search answers.
 */
function injuryTitleWord(index: SearchIndex, word: string): boolean {
  const id = index.words.get(word);
  if (id === undefined) return false;
  let range = injuryEntries.get(index);
  if (!range) {
    // Chapters follow each other in order-file order (search-codes.test.ts checks both releases), so two
    // binary searches find the run: a table's lazily decoded catalog reads a few dozen entries, not all.
    const entry = entryReader(index);
    const firstAtLeast = (chapter: number) => {
      let lo = 0;
      let hi = index.catalog.entries.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((entry(mid)?.chapter.number ?? Infinity) < chapter) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    };
    const from = firstAtLeast(19);
    const to = firstAtLeast(20);
    range = from < to && entry(from)?.chapter.number === 19 ? [from, to] : [0, 0];
    injuryEntries.set(index, range);
  }
  const { offsets, postings } = index;
  let lo = offsets[id] ?? 0;
  let hi = offsets[id + 1] ?? 0;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((postings[mid] ?? 0) >>> 2 < range[0]) lo = mid + 1;
    else hi = mid;
  }
  return lo < (offsets[id + 1] ?? 0) && (postings[lo] ?? 0) >>> 2 < range[1];
}

/** True when an Index term of the lookup's extract has the word (a posting of an index field). */
function indexTermWord(index: SearchIndex, word: string): boolean {
  const id = index.words.get(word);
  if (id === undefined) return false;
  for (let p = index.offsets[id] ?? 0; p < (index.offsets[id + 1] ?? 0); p++) if (((index.postings[p] ?? 0) & 3) >= 2) return true;
  return false;
}

/**
 * Whether `noun`, read into the site adjective typed (site-nouns.ts), names a site: chapter 19's
 * titles have it, or they have the adjective and the Index the noun ("metatarsal bone" and
 * Fracture, stress > metatarsus).
 */
const siteNoun = (index: SearchIndex, noun: string, adjective: string): boolean =>
  injuryTitleWord(index, noun) || (injuryTitleWord(index, adjective) && indexTermWord(index, noun));

/** Ranked hits for a query as typed. Code matches come first, then word matches not already listed. */
export function searchCodes(index: SearchIndex, text: string, options: SearchOptions = {}): SearchResult {
  const limit = Math.max(1, Math.min(options.limit ?? 20, 500));
  const query = parseQuery(
    text,
    index.shorthand,
    (w) => knownWord(index, w),
    (noun, adjective) => siteNoun(index, noun, adjective),
  );
  let hits = query.code ? searchByCode(index, query.code, limit) : [];
  const unknownCode = query.code && hits.length === 0 ? query.code : undefined;
  let prefix = hits.length > 0 ? query.code : undefined;
  if (unknownCode) {
    const near = searchNearCode(index, unknownCode, limit);
    hits = near.hits;
    if (hits.length > 0) prefix = near.prefix;
  }
  if (hits.length < limit) {
    const seen = new Set(hits.map((h) => h.entry.code));
    const words = rerank(searchByWords(index, query, Math.max(limit, RERANK_POOL)), query, limit + seen.size, index.catalog);
    for (const h of words) if (!seen.has(h.entry.code)) hits.push(h);
  }
  const codes = prefix ? countCodes(index, prefix) : undefined;
  return {
    query,
    hits: hits.slice(0, limit),
    ...(unknownCode ? { unknownCode } : {}),
    ...(codes ? { codes } : {}),
  };
}
