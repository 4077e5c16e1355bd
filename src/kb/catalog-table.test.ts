import { describe, expect, it } from 'vitest';
import { builtCatalog, entryFields as fields, rawCatalog as rawOf, sameCodes } from '../../test/support/official-catalogs';
import { CATALOG_TABLE_FORMAT, decodeCatalogTable, encodeCatalogTable, openCatalogTable, tableLines, type CatalogTableIndex, type OpenTableOptions } from './catalog-table';
import { sortByCode } from './search/build-search-index';
import type { Catalog } from './types';

/**
 * A release's table and index as encodeCatalogTable makes them, optionally sharing lines with
 * `base`'s table: encoded once per file (each encoding of a 12 MB catalog cost about 0.3 CPU-s, and
 * the tests below asked for the same three tables ten times).
 */
type Encoded = { index: CatalogTableIndex; table: string; bytes: Buffer; baseBytes: Buffer };
const encoded = new Map<string, Encoded>();
function encodedTable(version: string, base?: string): Encoded {
  const key = `${version} ${base ?? ''}`;
  let found = encoded.get(key);
  if (!found) {
    const raw = rawOf(version);
    // The base's own table (FY2026's, as it ships), shared with its own tests.
    const baseTable = base ? encodedTable(base) : undefined;
    const { table, categories } = encodeCatalogTable(raw, baseTable && tableLines(baseTable.table, baseTable.index.categories));
    const { entries: _entries, ...header } = raw;
    const bytes = Buffer.from(table, 'utf8');
    const baseBytes = baseTable?.bytes ?? Buffer.alloc(0);
    const index: CatalogTableIndex = {
      format: CATALOG_TABLE_FORMAT,
      description: 'test',
      catalog: header,
      derivedFrom: { file: 'test', sha256: '' },
      table: { file: 'test.jsonl', bytes: bytes.length, sha256: '' },
      ...(baseTable ? { base: { file: 'base.jsonl', bytes: baseBytes.length, sha256: '' } } : {}),
      categories,
    };
    encoded.set(key, (found = { index, table, bytes, baseBytes }));
  }
  return found;
}

/**
 * A release's table held in memory, as the CLI holds it on disk, optionally sharing lines with the
 * table of `base`; `reads` records every byte range asked for (its own for each call).
 */
function inMemory(version: string, base?: string) {
  const { index, table, bytes, baseBytes } = encodedTable(version, base);
  const reads: [number, number][] = [];
  const read = (start: number, end: number, fromBase: boolean) => (reads.push([start, end]), (fromBase ? baseBytes : bytes).subarray(start, end).toString('utf8'));
  const open = (options?: OpenTableOptions) => openCatalogTable(index, read, options);
  return { index, table, bytes, reads, read, open };
}

const texts = new Map<string, string>();
/** The catalog file as JSON text, to compare a decoded table with (FY2027's twice). */
function rawText(version: string): string {
  let text = texts.get(version);
  if (text === undefined) texts.set(version, (text = JSON.stringify(rawOf(version))));
  return text;
}


// FY2027 as the CLI ships it: its own lines where it differs from FY2026, FY2026's lines elsewhere.
describe.each([
  ['FY2026', undefined],
  ['FY2027', undefined],
  ['FY2027', 'FY2026'],
])('the %s catalog as a per-category table (lines shared with: %s)', (version, base) => {
  const table = () => inMemory(version, base);

  it('holds exactly the rows of the catalog file: decoding gives the file back', () => {
    const raw = rawOf(version);
    const { index, bytes, read } = table();
    // Compared as text: byte-equal titles, same flags, same order (and far quicker than a deep equal of 98,000 rows).
    expect(JSON.stringify(decodeCatalogTable(index, read)) === rawText(version)).toBe(true);
    expect(index.categories.reduce((n, [, , count]) => n + count, 0)).toBe(raw.entries.length);
    expect(index.categories.reduce((n, [, size, , shared]) => n + (shared === undefined ? size : 0), 0)).toBe(bytes.length);
    if (base) {
      // Only the categories the release changed are its own: a small fraction of the table.
      const own = index.categories.filter((c) => c.length === 3).length;
      expect(own).toBeGreaterThan(0);
      expect(own).toBeLessThan(index.categories.length / 10);
    }
  });

  it('answers every query as the catalog built from the file does, entry by entry', () => {
    const built = builtCatalog(version);
    const table = inMemory(version, base).open();
    expect(table.release).toEqual(built.release);
    const differ: string[] = [];
    // Asked in order-file order but one code at a time: each category is read on its first code.
    const got = built.entries.map((e) => table.get(e.code));
    // Each code's answer is its entry in the list, compared field by field with the built one's below:
    // so every answer equals the built entry without a string made twice per code.
    const entries = table.entries;
    expect(entries.length).toBe(built.entries.length);
    got.forEach((e, i) => {
      if (e === undefined || e !== entries[i]) differ.push(`get ${built.entries[i]?.code ?? i}`);
    });
    const mine = entries.map(fields);
    built.entries.map(fields).forEach((f, i) => {
      if (mine[i] !== f) differ.push(`entry ${built.entries[i]?.code ?? i}`);
    });
    for (const e of built.entries) {
      if (!sameCodes(table.children(e.code), built.children(e.code))) differ.push(`children ${e.code}`);
      // Every descendant list of a category holds the whole category: comparing those covers each code once.
      if (e.code.length === 3 && !sameCodes(table.descendants(e.code), built.descendants(e.code))) differ.push(`descendants ${e.code}`);
    }
    expect(differ).toEqual([]);
    expect(table.descendants('M99.6').map(fields)).toEqual(built.descendants('M99.6').map(fields));
    // The code order, read place by place from the last to the first, is the whole catalog sorted by code.
    const order = table.codeOrder?.();
    const sorted = sortByCode(built.entries);
    expect(order?.length).toBe(sorted.length);
    const places = Array.from({ length: sorted.length }, (_, k) => sorted.length - 1 - k);
    expect(places.filter((k) => order?.at(k) !== sorted[k])).toEqual([]);
    for (const code of ['m9960', 'M99.95', 'Q99.99', 'ZZZ', 'U09.9', 'I1A.0', '']) {
      expect([code, table.get(code), table.lookup(code), table.children(code), table.descendants(code)]).toEqual([
        code,
        built.get(code),
        built.lookup(code),
        built.children(code),
        built.descendants(code),
      ]);
    }
  });
});

describe.each(['FY2026', 'FY2027'])('the %s table with lazily decoded entries', (version) => {
  it('reads as the whole catalog: by index in any order, length, iteration, the array methods and `in`', () => {
    const built = builtCatalog(version);
    const n = built.entries.length;
    const lazy = () => inMemory(version).open({ lazyEntries: true }).entries;
    // By index, from the end (each category decoded by a read of its last entry first).
    const backwards = lazy();
    expect(backwards.length).toBe(n);
    const differ: string[] = [];
    for (let i = n - 1; i >= 0; i--) if (fields(backwards[i]) !== fields(built.entries[i])) differ.push(`[${i}]`);
    expect(backwards[n]).toBeUndefined();
    expect(backwards[-1]).toBeUndefined();
    // Methods that skip holes (forEach, map, filter ask `in` first) see every entry of a fresh one.
    const mapped = lazy().map(fields);
    built.entries.forEach((e, i) => {
      if (mapped[i] !== fields(e)) differ.push(`map ${e.code}`);
    });
    let visited = 0;
    lazy().forEach(() => visited++);
    expect(visited).toBe(n);
    expect(lazy().filter((e) => e.billable).length).toBe(built.entries.filter((e) => e.billable).length);
    expect([...lazy()].length).toBe(n);
    const fresh = lazy();
    expect(n - 1 in fresh && 0 in fresh && !(n in fresh)).toBe(true);
    expect(fresh.findLastIndex((e) => e.chapter.number === 19)).toBe(built.entries.findLastIndex((e) => e.chapter.number === 19));
    expect(Object.keys(lazy()).length).toBe(n);
    expect(differ).toEqual([]);
  });
});

describe('reading only what is asked', () => {
  it('lazily decoded entries and the code order read only the categories of the places asked for', () => {
    const { open, reads, index } = inMemory('FY2026');
    const catalog = open({ lazyEntries: true });
    const entries = catalog.entries;
    const order = catalog.codeOrder?.();
    expect(entries.length).toBe(index.catalog.counts.entries);
    expect(order?.length).toBe(index.catalog.counts.entries);
    expect(reads).toEqual([]);
    const m99 = index.categories.slice(0, index.categories.findIndex(([c]) => c === 'M99')).reduce((n, [, , count]) => n + count, 0);
    expect(entries[m99 + 5]?.category).toBe('M99');
    expect(entries[m99]?.code).toBe('M99');
    expect(reads).toHaveLength(1);
    // Place 0 of the code order is the first code of the first category in code order (A00).
    expect(entries[order?.at(0) ?? -1]?.code).toBe('A00');
    expect(reads).toHaveLength(2);
  });


  it('reads the one line of the category a code belongs to, once', () => {
    const { open, reads, index } = inMemory('FY2026');
    const catalog: Catalog = open();
    expect(reads).toEqual([]);
    expect(catalog.get('M99.60')?.title).toBe('Osseous and subluxation stenosis of intervertebral foramina of head region');
    expect(catalog.children('M99.6')).toHaveLength(10);
    expect(catalog.descendants('M99')).toHaveLength(100);
    expect(catalog.lookup('m9961')?.billable).toBe(true);
    expect(reads).toHaveLength(1);
    const at = index.categories.findIndex(([c]) => c === 'M99');
    const start = index.categories.slice(0, at).reduce((n, [, size]) => n + size, 0);
    expect(reads[0]).toEqual([start, start + (index.categories[at]?.[1] ?? 0)]);
    // A code of no category reads nothing.
    expect(catalog.get('X9Z.1')).toBeUndefined();
    expect(reads).toHaveLength(1);
  });

  it('refuses a table whose line does not match its index, and an index of another format', () => {
    const { index, bytes } = inMemory('FY2026');
    const shifted = openCatalogTable(index, (start, end) => bytes.subarray(start + 1, end + 1).toString('utf8'));
    expect(() => shifted.get('A01.0')).toThrow();
    const miscounted: CatalogTableIndex = { ...index, categories: index.categories.map(([c, size, n]) => [c, size, c === 'M99' ? n - 1 : n]) };
    expect(() => openCatalogTable(miscounted, () => '')).toThrow(/entries indexed/);
    expect(() => openCatalogTable({ ...index, format: 'chartlint-catalog-table/0' }, () => '')).toThrow(/format/);
  });

  it('refuses to encode a catalog whose categories are split or not headed by their own code', () => {
    const raw = rawOf('FY2026');
    const head = raw.entries.slice(0, 10);
    expect(() => encodeCatalogTable({ ...raw, entries: [...head, head[0]!] })).toThrow(/two places/);
    expect(() => encodeCatalogTable({ ...raw, entries: head.slice(1) })).toThrow(/does not follow its category/);
  });
});
