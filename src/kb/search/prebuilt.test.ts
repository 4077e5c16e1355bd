import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtCatalog } from '../../../test/support/official-catalogs';
import { builtSearchIndex } from '../../../test/support/official-search-indexes';
import { searchCodes } from './search-codes';
import { preloadSearchIndex } from './index';
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
    expect(Buffer.from(joined.byCode.buffer).equals(Buffer.from(built.byCode.buffer))).toBe(true);
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
