import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { builtCatalog } from '../../../test/support/official-catalogs';
import { builtSearchIndex } from '../../../test/support/official-search-indexes';
import { packagedTableBytes } from '../../../test/support/packaged-tables';
import { openCatalogTable, readTableBytes } from '../catalog-table';
import type { SearchIndex } from './build-search-index';
import { searchCodes } from './search-codes';
import { indexForCatalog, preloadSearchIndex } from './index';
import { decodeSearchIndex, deserializeSearchIndex, serializeSearchIndex, withCatalog, type SerializedSearchIndex } from './serialize-search-index';

const read = (rel: string): unknown => JSON.parse(readFileSync(new URL(rel, import.meta.url), 'utf8'));

describe('prebuilt lookup index (data/icd10cm-fy2026.lookup-index.json)', () => {
  const catalog = builtCatalog('FY2026');
  const built = builtSearchIndex('FY2026', 'with-index-terms');
  const committed = read('./data/icd10cm-fy2026.lookup-index.json') as SerializedSearchIndex;

  it('is what scripts/build-lookup-index.ts makes from the current catalog (else run npx tsx scripts/build-lookup-index.ts)', () => {
    const fresh = serializeSearchIndex(built, { source: committed.source, license: committed.license, generatedBy: committed.generatedBy });
    expect(committed).toEqual(fresh);
  });

  it('restores an index that answers exactly like the built one', () => {
    const loaded = deserializeSearchIndex(committed, catalog);
    for (const q of ['foram sten head', 'nonallopathic lesion lumbar', 'm99 6', 'stenossis lumbar spinal', 'hnp l5-s1']) {
      expect(searchCodes(loaded, q).hits.map((h) => h.entry.code)).toEqual(searchCodes(built, q).hits.map((h) => h.entry.code));
    }
  });

  it('refuses to serve a catalog it was not built from', () => {
    expect(() => deserializeSearchIndex({ ...committed, catalogSha256: 'x'.repeat(64) }, catalog)).toThrow(/does not match the catalog/);
    const decoded = decodeSearchIndex(committed);
    expect(() => withCatalog(decoded, { ...catalog, entries: catalog.entries.slice(1) })).toThrow(/does not match the catalog/);
  });

  it('decodes without the catalog, and the catalog joined later answers like the built index', () => {
    const decoded = decodeSearchIndex(committed);
    expect(decoded.header).toEqual({ format: committed.format, catalogSha256: committed.catalogSha256, entries: committed.entries });
    const joined = withCatalog(decoded, catalog);
    expect(joined.catalog).toBe(catalog);
    const order = (index: typeof built) => Uint32Array.from({ length: index.byCode.length }, (_, k) => index.byCode.at(k) ?? -1);
    expect(Buffer.from(order(joined).buffer).equals(Buffer.from(order(built).buffer))).toBe(true);
    for (const q of ['m50.1', 'lumbar radiculopathy', 'cervical disc l5s1']) {
      expect(searchCodes(joined, q).hits.map((h) => h.entry.code)).toEqual(searchCodes(built, q).hits.map((h) => h.entry.code));
    }
  });

  it('is decoded by the preload itself, before any catalog is asked for', async () => {
    const decoded = await preloadSearchIndex({ release: 'FY2026' });
    expect(decoded?.header.catalogSha256).toBe(committed.catalogSha256);
    expect(decoded?.postings).toBeInstanceOf(Uint32Array);
    expect(decoded?.words.get('stenosis')).toBeTypeOf('number');
  });
});

describe('the prebuilt index over a table read lazily (as the popup reads it)', () => {
  it('answers queries of every kind in the relevance set, and codes, numbers and sites, as over the whole catalog, reading no category before a query', async () => {
    // Three of each kind of the relevance set (all 421 and both lookups cost about 16 CPU-s).
    const kinds = new Map<string, string[]>();
    for (const { q, kind } of (read('./queries.json') as { queries: { q: string; kind: string }[] }).queries) kinds.set(kind, [...(kinds.get(kind) ?? []), q].slice(0, 3));
    const queries = [...kinds.values()].flat();
    expect(queries.length).toBeGreaterThanOrEqual(45);
    const more = ['M99.99', 'm4', 'z', 'ckd stage 3', 'c5-6 disc', 'coccyx fracture', 'metatarsal bone fracture', 'fractured humerus', 'm99 lumbar', 'qqqzzz'];
    const bytes = packagedTableBytes('FY2027');
    const readLine = readTableBytes(bytes);
    let reads = 0;
    const lazy = openCatalogTable(bytes.index, (start, end, fromBase) => (reads++, readLine(start, end, fromBase)), { lazyEntries: true });
    const lazyIndex = await indexForCatalog(lazy, { release: 'FY2027' });
    const wholeIndex = await indexForCatalog(builtCatalog('FY2027'), { release: 'FY2027' });
    expect(lazyIndex.origin).toBe('prebuilt');
    expect(reads).toBe(0);
    const answer = (index: SearchIndex, q: string) => {
      const { hits, codes, unknownCode } = searchCodes(index, q, { limit: 50 });
      return { hits: hits.map((h) => `${h.entry.code} ${h.match} ${h.score} ${h.field ?? ''} ${h.matchedWords ?? ''}`), codes, unknownCode };
    };
    const differ = [...queries, ...more].filter((q) => !isDeepStrictEqual(answer(lazyIndex, q), answer(wholeIndex, q)));
    expect(differ).toEqual([]);
  });
});
