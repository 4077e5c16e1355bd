import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { catalogTable } from '../../scripts/kb/catalog-table-files';
import { buildCatalog, type CatalogEntry, type CatalogTableBytes, type RawCatalog } from '../kb';

// The packaged files as the extension build writes them (scripts/kb-data-as-asset.ts derives the
// same tables with catalogTable), handed over as bytes the way the worker's fetch does; `reads`
// counts each release's reads, and `failing` makes the next read fail.
const dataFile = (version: string) => join(dirname(fileURLToPath(import.meta.url)), '..', 'kb', 'data', `icd10cm-${version.toLowerCase()}.catalog.json`);
const tables = new Map<string, CatalogTableBytes>();
function tableBytes(version: string): CatalogTableBytes {
  let bytes = tables.get(version);
  if (!bytes) {
    const { index, table } = catalogTable(dataFile(version));
    const base = index.base ? new TextEncoder().encode(catalogTable(dataFile('FY2026'), undefined).table) : undefined;
    bytes = { index, table: new TextEncoder().encode(table), ...(base ? { base } : {}) };
    tables.set(version, bytes);
  }
  return bytes;
}
const reads: string[] = [];
let failing = false;
const loader = (version: string) => () => {
  reads.push(version);
  if (failing) return Promise.reject(new Error(`ChartLint could not read /assets/kb/icd10cm-${version.toLowerCase()}.catalog-table.jsonl`));
  return Promise.resolve(tableBytes(version));
};
vi.mock('../kb/data/release-assets.generated', () => ({
  RELEASE_ASSETS: { FY2026: { catalogTable: loader('FY2026') }, FY2027: { catalogTable: loader('FY2027') } },
}));
const { loadRawCatalog, loadReleaseCatalog } = await import('./release-catalog');

const rawOf = (version: string) => JSON.parse(readFileSync(dataFile(version), 'utf8')) as RawCatalog;
/** Every field of an entry in one string (cheap to compare 98,000 times). */
const fields = (e: CatalogEntry | undefined) =>
  e ? [e.code, e.title, e.shortTitle, e.billable, e.order, e.category, e.parent, e.chapter.number, e.chapter.title, e.chapter.range, e.block.range, e.block.title, e.block.inferred].join('|') : '-';
const codes = (list: readonly CatalogEntry[]) => list.map((e) => e.code).join(' ');

describe("the worker's catalog, read from the packaged per-category table", () => {
  beforeEach(() => {
    failing = false;
    reads.length = 0;
  });

  // FY2027 is read as it ships: its own lines where it differs from FY2026, FY2026's elsewhere.
  it.each(['FY2026', 'FY2027'])('answers every code of %s as buildCatalog does over the catalog file', async (version) => {
    const raw = rawOf(version);
    const built = buildCatalog(raw);
    const catalog = await loadReleaseCatalog(version);
    expect(catalog.release).toEqual(built.release);
    for (const e of built.entries) {
      expect(fields(catalog.get(e.code))).toBe(fields(e));
      expect(catalog.lookup(e.code)).toEqual(built.lookup(e.code));
      expect(codes(catalog.children(e.code))).toBe(codes(built.children(e.code)));
      if (e.code.length === 3) expect(codes(catalog.descendants(e.code))).toBe(codes(built.descendants(e.code)));
    }
    expect(catalog.get('M99.99')).toBeUndefined();
    expect(catalog.lookup('Q99.9X')).toBeUndefined();
    // The title index's rows: the catalog file's own, official titles untouched.
    expect(JSON.stringify((await loadRawCatalog(version)).entries) === JSON.stringify(raw.entries)).toBe(true);
  });

  it('holds one release at a time, reads it once while held, and reads again after a failed read', async () => {
    const fy2026 = await loadReleaseCatalog('FY2026');
    expect(await loadReleaseCatalog('FY2026')).toBe(fy2026);
    await loadRawCatalog('FY2026');
    expect(reads).toEqual(['FY2026']);
    await loadReleaseCatalog('FY2027');
    expect(await loadReleaseCatalog('FY2026')).not.toBe(fy2026);
    expect(reads).toEqual(['FY2026', 'FY2027', 'FY2026']);

    failing = true;
    await expect(loadReleaseCatalog('FY2027')).rejects.toThrow(/could not read/);
    failing = false;
    expect((await loadReleaseCatalog('FY2027')).lookup('C78.31')?.code).toBe('C78.31');
    expect(reads).toEqual(['FY2026', 'FY2027', 'FY2026', 'FY2027', 'FY2027']);
  });

  it('refuses table bytes that are not the files its index names, and does not keep the refusal', async () => {
    await loadReleaseCatalog('FY2026'); // so that FY2027 is read again
    const good = tableBytes('FY2027');
    tables.set('FY2027', { ...good, base: good.table });
    await expect(loadReleaseCatalog('FY2027')).rejects.toThrow(/base table .* bytes, the index says/);
    tables.set('FY2027', { ...good, table: good.table.subarray(1) });
    await expect(loadReleaseCatalog('FY2027')).rejects.toThrow(/bytes read, the index says/);
    tables.set('FY2027', good);
    expect((await loadReleaseCatalog('FY2027')).lookup('M99.60')?.code).toBe('M99.60');
  });

  it('rejects a release it does not carry', async () => {
    await expect(loadReleaseCatalog('FY2019')).rejects.toThrow(/not carried/);
  });
});
