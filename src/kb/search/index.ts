/**
 * Offline ICD-10-CM lookup over the whole catalog: codes in any spelling, title words in any
 * order, prefixes, small typos, index terms and clinical shorthand. Pure TS (Node and extension
 * pages); the catalog and the prebuilt index load lazily.
 */
import { loadCatalog, resolveRelease, type LoadOptions } from '../load-catalog';
import type { Catalog } from '../types';
import { buildSearchIndex, type SearchIndex } from './build-search-index';
import { loadLookupIndexTerms } from './index-words';
import { decodeSearchIndex, mismatchOf, SEARCH_INDEX_FORMAT, withCatalog, type DecodedSearchIndex, type SerializedSearchIndex } from './serialize-search-index';

export { buildSearchIndex, type BuildOptions, type MatchField, type SearchIndex } from './build-search-index';
export { MAX_QUERY_CHARS, parseQuery, readCodeQuery, type ParsedQuery } from './parse-query';
export { LAY_TERMS, BODY_REGION_ENTRIES, type BodyRegionEntry } from './lay-terms';
export { searchCodes, type SearchHit, type SearchOptions, type SearchResult } from './search-codes';
export { SHORTHAND_ENTRIES, type ShorthandEntry } from './shorthand';
import { PREBUILT_INDEXES } from './data/prebuilt.generated';
export { decodeSearchIndex, deserializeSearchIndex, serializeSearchIndex, withCatalog, type DecodedSearchIndex, type SerializedSearchIndex } from './serialize-search-index';

/** Prebuilt indexes by release (scripts/build-lookup-index.ts); each is its own lazily loaded chunk. */
const PREBUILT: Readonly<Record<string, () => Promise<SerializedSearchIndex>>> = PREBUILT_INDEXES;

export type LoadedSearchIndex = SearchIndex & {
  /** "prebuilt" when the shipped index matched the catalog; "built" when it had to be built here. */
  origin: 'prebuilt' | 'built';
};

const prebuiltData = new Map<string, Promise<DecodedSearchIndex | undefined>>();

/**
 * Starts loading (once) the release's prebuilt index, if it has one, and decodes it as soon as it
 * is in. Call it together with loadCatalog(): the catalog is the larger load, so decoding while it
 * loads leaves only the match with the catalog for indexForCatalog. A file that fails to load or
 * decode gives undefined (the index is then built from the catalog).
 */
export function preloadSearchIndex(options: LoadOptions = {}): Promise<DecodedSearchIndex | undefined> {
  const release = resolveRelease(options);
  let pending = prebuiltData.get(release.version);
  if (!pending) {
    const load = PREBUILT[release.version];
    pending = load
      ? load()
          .then((data) => (data.format === SEARCH_INDEX_FORMAT ? decodeSearchIndex(data) : undefined))
          .catch(() => undefined)
      : Promise.resolve(undefined);
    prebuiltData.set(release.version, pending);
  }
  return pending;
}

/** The prebuilt index when it matches the catalog, else one built from the catalog, its index terms and the lookup's Index extract. */
export async function indexForCatalog(catalog: Catalog, options: LoadOptions = {}): Promise<LoadedSearchIndex> {
  const prebuilt = await preloadSearchIndex(options);
  if (prebuilt && !mismatchOf(prebuilt.header, catalog)) return { ...withCatalog(prebuilt, catalog), origin: 'prebuilt' };
  const [indexTerms, lookupIndexTerms] = await Promise.all([resolveRelease(options).loadIndexTerms(), loadLookupIndexTerms()]);
  return { ...buildSearchIndex(catalog, { indexTerms, lookupIndexTerms }), origin: 'built' };
}

const loaded = new Map<string, Promise<LoadedSearchIndex>>();

/** Loads (once) the release's catalog and its lookup index. */
export function loadSearchIndex(options: LoadOptions = {}): Promise<LoadedSearchIndex> {
  const release = resolveRelease(options);
  let pending = loaded.get(release.version);
  if (!pending) {
    void preloadSearchIndex(options);
    pending = loadCatalog(options).then((catalog) => indexForCatalog(catalog, options));
    pending.catch(() => loaded.delete(release.version));
    loaded.set(release.version, pending);
  }
  return pending;
}
