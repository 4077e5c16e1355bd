import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it, vi } from 'vitest';
import { builtCatalog } from '../../../test/support/official-catalogs';
import { packagedTableBytes as tableBytes } from '../../../test/support/packaged-tables';
import { findRelease, openCatalogTable, readTableBytes, type ReleaseDescriptor } from '../../kb';
import { indexForCatalog, searchCodes } from '../../kb/search';

// The packaged table files as the extension build writes them (under `npm test` the build's own
// files, test/support/packaged-tables.ts), handed over as bytes, as the asset module's fetch and
// inflate give them.
vi.mock('../../kb/data/release-assets.generated', () => ({
  RELEASE_ASSETS: { FY2026: { catalogTable: () => Promise.resolve(tableBytes('FY2026')) }, FY2027: { catalogTable: () => Promise.resolve(tableBytes('FY2027')) } },
}));
const { openPackagedCatalog } = await import('./packaged-catalog');

const release = (version: string) => findRelease(version) as ReleaseDescriptor;

describe('the popup’s catalog, read from the packaged table', () => {
  it.each(['FY2026', 'FY2027'])('%s: every entry as the catalog file gives it, and the prebuilt lookup index accepts it', async (version) => {
    const catalog = await openPackagedCatalog(release(version));
    const fromFile = builtCatalog(version);
    expect(catalog?.release).toEqual(fromFile.release);
    // Codes, official titles, billable flags, order, chapter and block: what the lookup shows.
    // toEqual's verdict at a fifth of its CPU: node's isDeepStrictEqual is stricter (equal there is
    // equal for toEqual) and compared the 98,000 entries in about 0.1 CPU-s against toEqual's 0.5;
    // toEqual still decides, and reports, whatever it does not find equal.
    const entries = catalog?.entries;
    if (!isDeepStrictEqual(entries, fromFile.entries)) expect(entries).toEqual(fromFile.entries);
    // The shipped index names the catalog it was built from; a table read as another catalog would be refused and rebuilt.
    expect((await indexForCatalog(catalog as NonNullable<typeof catalog>, { release: version })).origin).toBe('prebuilt');
  });

  // The popup's catalog as openPackagedCatalog opens it, with each category line the lookup decodes counted.
  const countedCatalog = (version: string) => {
    const bytes = tableBytes(version);
    const read = readTableBytes(bytes);
    const lines = new Set<number>();
    const catalog = openCatalogTable(bytes.index, (start, end, fromBase) => (lines.add(fromBase ? -1 - start : start), read(start, end, fromBase)), { lazyEntries: true });
    return { catalog, lines };
  };

  it('decodes only the categories a lookup reads: a code, a site and a few words', async () => {
    const { catalog, lines } = countedCatalog('FY2027');
    const index = await indexForCatalog(catalog, { release: 'FY2027' });
    expect(searchCodes(index, 'm99 6').hits[0]?.entry.code).toBe('M99.6');
    // M99 and the categories the code order's binary search passed on its way.
    expect(lines.size).toBeGreaterThan(0);
    expect(lines.size).toBeLessThan(40);
    expect(searchCodes(index, 'foram sten head').hits.slice(0, 2).map((h) => h.entry.code)).toContain('M99.60');
    // Of 1,921 categories.
    expect(lines.size).toBeLessThan(400);
  });

  it('leaves a release with no packaged table to the catalog file', async () => {
    expect(await openPackagedCatalog({ ...release('FY2027'), version: 'FY2099' })).toBeUndefined();
  });
});
