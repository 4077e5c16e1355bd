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
    // Every entry's own fields; the tree queries (children, descendants) for every category, the
    // spine chapter's codes and every 20th code. Every row of the bytes is compared with the file
    // below, and the table's answers to every query for every code are catalog-table.test.ts's
    // (openCatalogTable, which this reader hands the bytes to): asked again here for all 98,000
    // codes of both releases, they cost a minute of the unit step.
    const fieldsDiffer = built.entries.filter((e) => fields(catalog.get(e.code)) !== fields(e)).map((e) => e.code);
    expect(fieldsDiffer).toEqual([]);
    const answers = (c: typeof built, code: string) => [JSON.stringify(c.lookup(code)), codes(c.children(code)), code.length === 3 ? codes(c.descendants(code)) : ''].join('#');
    const asked = built.entries.filter((e, i) => e.code.length === 3 || /^M(4\d|5[0-4]|99)/.test(e.code) || i % 20 === 0).map((e) => e.code);
    expect(asked.length).toBeGreaterThan(6_000);
    expect(asked.filter((code) => answers(catalog, code) !== answers(built, code))).toEqual([]);
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
