import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawCatalog } from '../../test/support/official-catalogs';
import { catalogTable } from '../../scripts/kb/catalog-table-files';
import { loadCatalog, type RawCatalog } from '../kb';
import { loadCodeLookup } from './batch/code-lookup';
import { catalogTablesInstalled, installCatalogTables, openTableCatalog } from './catalog-tables';

const DATA = new URL('../kb/data/', import.meta.url);
const OFFICIAL_M9960 = 'Osseous and subluxation stenosis of intervertebral foramina of head region';
const MARKED = 'TABLE TITLE (written by this test)';

const dir = mkdtempSync(join(tmpdir(), 'chartlint-tables-'));
// Both releases, as the build writes them: under `npm test` the CLI build's own tables, just written
// from this tree (CHARTLINT_BUILT=1, scripts/test-all.ts), instead of derived again here (about
// 1.4 CPU-s: two 12 MB catalogs parsed, encoded and hashed); run alone, written here with catalogTable.
const builtTables = process.env.CHARTLINT_BUILT === '1';
const real = builtTables ? new URL('../../dist-cli/data/', import.meta.url) : pathToFileURL(join(dir, 'real/'));
const marked = pathToFileURL(join(dir, 'marked/')); // FY2026 only, with one title changed, to see which path answered
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(to: URL, file: string) {
  const { indexName, index, tableName, table } = catalogTable(file);
  writeFileSync(new URL(indexName, to), `${JSON.stringify(index)}\n`);
  writeFileSync(new URL(tableName, to), table);
}

beforeAll(() => {
  mkdirSync(marked, { recursive: true });
  if (!builtTables) {
    mkdirSync(real, { recursive: true });
    for (const v of ['fy2026', 'fy2027']) write(real, new URL(`icd10cm-${v}.catalog.json`, DATA).pathname);
  }
  const raw = rawCatalog('FY2026');
  const changed = { ...raw, entries: raw.entries.map((e) => (e[0] === 'M99.60' ? ([e[0], e[1], MARKED] as RawCatalog['entries'][number]) : e)) };
  const file = join(dir, 'icd10cm-fy2026.catalog.json');
  writeFileSync(file, JSON.stringify(changed));
  write(marked, file);
});

describe('the per-category catalog tables beside the built CLI', () => {
  it('read codes of both releases from disk with their official titles and flags', () => {
    const fy2026 = openTableCatalog(real, 'FY2026');
    const fy2027 = openTableCatalog(real, 'FY2027');
    expect(fy2026?.release.version).toBe('FY2026');
    expect(fy2027?.release.version).toBe('FY2027');
    expect(fy2026?.get('M99.60')).toMatchObject({ title: OFFICIAL_M9960, billable: true, parent: 'M99.6', chapter: { number: 13 } });
    // T52.8X1A is billable in FY2026 only (made a header by the FY2027 addenda).
    expect([fy2026?.lookup('T52.8X1A')?.billable, fy2027?.lookup('T52.8X1A')?.billable]).toEqual([true, undefined]);
    expect(fy2027?.entries).toHaveLength(98403);
    expect(openTableCatalog(real, 'FY2099')).toBeUndefined();
  });

  it('name the catalog file they come from, with its sha256 and its provenance header', () => {
    const index = JSON.parse(readFileSync(new URL('icd10cm-fy2026.catalog-table.json', real), 'utf8')) as { derivedFrom: { file: string; sha256: string }; catalog: Record<string, unknown>; table: { sha256: string } };
    const file = readFileSync(new URL('icd10cm-fy2026.catalog.json', DATA));
    expect(index.derivedFrom).toEqual({ file: 'src/kb/data/icd10cm-fy2026.catalog.json', sha256: createHash('sha256').update(file).digest('hex') });
    expect(index.catalog).toMatchObject({ version: 'FY2026', source: expect.stringMatching(/icd10cm-order-2026/) as string, license: 'Public domain (US Government work)', generatedBy: 'scripts/build-kb.ts' });
    expect(index.table.sha256).toBe(createHash('sha256').update(readFileSync(new URL('icd10cm-fy2026.catalog-table.jsonl', real))).digest('hex'));
    // FY2027 keeps only the lines it changed and reads the rest from FY2026's table, named with its sha256.
    const fy2027 = JSON.parse(readFileSync(new URL('icd10cm-fy2027.catalog-table.json', real), 'utf8')) as { base?: { file: string; sha256: string } };
    expect(fy2027.base).toMatchObject({ file: 'icd10cm-fy2026.catalog-table.jsonl', sha256: index.table.sha256 });
  });

  // A release without a table loads from the catalog file (every test that runs from source does that).
  it('once installed, answer loadCatalog and the batch lookup for the releases they hold', async () => {
    expect(installCatalogTables(pathToFileURL(join(dir, 'none/')))).toBe(false);
    expect(catalogTablesInstalled()).toBe(false);
    expect(installCatalogTables(marked)).toBe(true);
    expect(catalogTablesInstalled()).toBe(true);
    expect((await loadCatalog({ release: 'FY2026' })).get('M99.60')?.title).toBe(MARKED);
    expect((await loadCodeLookup({ release: 'FY2026' }))('m9960')).toEqual({ code: 'M99.60', title: MARKED, billable: true });
    installCatalogTables(pathToFileURL(join(dir, 'none/')));
  });
});
