/**
 * The search indexes of the generated catalogs (test/support/official-catalogs.ts), built once per
 * test worker: a module of its own so that the many files that only need a catalog do not load the
 * search code.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { RawIndexTerms } from '../../src/kb/raw-types';
import { buildSearchIndex, type SearchIndex } from '../../src/kb/search/build-search-index';
import type { LookupIndexWords } from '../../src/kb/search/index-words';
import { builtCatalog, catalogFile } from './official-catalogs';

const indexes = new Map<string, SearchIndex>();
/**
 * buildSearchIndex over a release's built catalog, once per worker (about 0.5-0.6 CPU-s each): with
 * `with-index-terms`, given the release's Index terms and the lookup's index words
 * (src/kb/search/data/index-words.json), as scripts/build-lookup-index.ts builds the prebuilt index;
 * with `titles`, from the titles alone. Six files built the same few indexes, one of them the same two
 * twice. Read-only, as the catalogs are: searchCodes only reads an index (its scratch buffers are
 * its own, reset per query).
 */
export function builtSearchIndex(version: string, terms: 'titles' | 'with-index-terms'): SearchIndex {
  const key = `${version.toUpperCase()} ${terms}`;
  let index = indexes.get(key);
  if (!index) {
    const catalog = builtCatalog(version);
    const read = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));
    const kbData = dirname(catalogFile(version));
    index =
      terms === 'titles'
        ? buildSearchIndex(catalog)
        : buildSearchIndex(catalog, {
            indexTerms: read(
              join(kbData, `icd10cm-${version.toLowerCase()}.index-terms.json`),
            ) as RawIndexTerms,
            lookupIndexTerms: (
              read(join(kbData, '..', 'search', 'data', 'index-words.json')) as LookupIndexWords
            ).entries,
          });
    indexes.set(key, index);
  }
  return index;
}
