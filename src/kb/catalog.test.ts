import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { readOrderFile, type OrderRow } from '../../scripts/kb/order-file';
import { expectCliTableLikeOrderFile, linesUnlikeOrderFile } from '../../test/support/order-file-check';
import { loadCatalog } from './load-catalog';
import type { Catalog } from './types';

const ORDER_FILE = new URL('../../data/icd10cm/fy2026/icd10cm-order-2026.txt.gz', import.meta.url).pathname;

let catalog: Catalog;
let official: OrderRow[];
beforeAll(async () => {
  official = readOrderFile(ORDER_FILE);
  catalog = await loadCatalog({ release: 'FY2026' });
});

describe('the FY2026 catalog against the official order file', () => {
  it('has every official line, in order, with the official code, titles and billable flag', () => {
    expect(catalog.entries).toHaveLength(official.length);
    expect(official).toHaveLength(98186);
    expect(linesUnlikeOrderFile(official, (_row, i) => catalog.entries[i])).toEqual([]);
    // The check can fail: entries one line off disagree with both lines.
    expect(linesUnlikeOrderFile(official.slice(0, 2), (_row, i) => catalog.entries[i + 1])).toEqual(official.slice(0, 2).map((row) => `${row.order} ${row.code}`));
  });

  it('counts 74,719 billable codes and 23,467 headers', () => {
    expect(catalog.entries.filter((e) => e.billable)).toHaveLength(74719);
    expect(catalog.entries.filter((e) => !e.billable)).toHaveLength(23467);
    expect(catalog.release.counts).toEqual({ entries: 98186, billable: 74719, headers: 23467 });
  });

  it('says which release it is and was generated from the file in data/', () => {
    const sha = createHash('sha256').update(gunzipSync(readFileSync(ORDER_FILE))).digest('hex');
    expect(catalog.release).toMatchObject({
      codeSystem: 'ICD-10-CM',
      version: 'FY2026',
      effectiveFrom: '2025-10-01',
      effectiveTo: '2026-09-30',
      sha256: sha,
    });
  });
});

describe('catalog queries', () => {
  it('places M99.60 in its hierarchy', () => {
    const e = catalog.get('M99.60');
    expect(e).toMatchObject({
      title: 'Osseous and subluxation stenosis of intervertebral foramina of head region',
      billable: true,
      parent: 'M99.6',
      category: 'M99',
      chapter: { number: 13, title: 'Diseases of the musculoskeletal system and connective tissue', range: 'M00-M99' },
      block: { range: 'M99', title: 'Biomechanical lesions, not elsewhere classified' },
    });
    expect(catalog.get('M99')?.parent).toBeUndefined();
    expect(catalog.get('M50.12')?.block.title).toBe('Other dorsopathies');
    expect(catalog.get('A00.0')?.chapter.number).toBe(1);
    expect(catalog.get('U09.9')?.chapter.number).toBe(22);
  });

  it('finds the nearest existing parent for codes with placeholder X', () => {
    const seventh = catalog.entries.find((e) => /^S\d\d\.\d\dXA$/.test(e.code));
    expect(seventh).toBeDefined();
    const parent = catalog.get(seventh!.parent!);
    expect(parent).toBeDefined();
    expect(seventh!.code.startsWith(parent!.code)).toBe(true);
  });

  it('gives every non-category entry a parent that comes before it', () => {
    const bad = catalog.entries.filter((e) => e.code.length > 3 && (!e.parent || (catalog.get(e.parent)?.order ?? Infinity) >= e.order));
    expect(bad.map((e) => e.code)).toEqual([]);
  });

  it('lists children and descendants in order-file order', () => {
    expect(catalog.children('M99.6').map((e) => e.code)).toEqual(
      ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'].map((d) => `M99.6${d}`),
    );
    expect(catalog.children('M99').map((e) => e.code)).toEqual(
      ['M99.0', 'M99.1', 'M99.2', 'M99.3', 'M99.4', 'M99.5', 'M99.6', 'M99.7', 'M99.8', 'M99.9'],
    );
    expect(catalog.descendants('M99')).toHaveLength(100);
    expect(catalog.children('M99.60')).toEqual([]);
    expect(catalog.children('Q99.99')).toEqual([]);
  });

  it('accepts undotted and lower-case codes, and rejects unknown ones', () => {
    expect(catalog.get('m9960')?.code).toBe('M99.60');
    expect(catalog.get('M99.95')).toBeUndefined();
  });

  it('gives the core a CodeLookup', () => {
    expect(catalog.lookup('M99.6')).toEqual({ code: 'M99.6', title: 'Osseous and subluxation stenosis of intervertebral foramina', billable: false });
    expect(catalog.lookup('M48.061')?.billable).toBe(true);
    expect(catalog.lookup('ZZZ')).toBeUndefined();
  });

  it('flags the block of categories newer than the January 2021 tabular as inferred', () => {
    expect(catalog.get('I1A')?.block).toMatchObject({ title: 'Hypertensive diseases', inferred: true });
    expect(catalog.get('I10')?.block.inferred).toBeUndefined();
  });

  it('loads once', async () => {
    expect(await loadCatalog({ dateOfService: '2026-03-01' })).toBe(catalog);
    expect(await loadCatalog({ release: 'fy2026' })).toBe(catalog);
    expect(() => loadCatalog({ release: 'FY2028' })).toThrow(/FY2028 is not loaded/);
  });
});

describe('the FY2026 catalog as the built CLI reads it (per-category table, scripts/build-cli.ts) against the official order file', () => {
  it('has every official line, code by code, with the official titles and billable flag, in order', () => {
    expectCliTableLikeOrderFile('FY2026', catalog, official);
  });
});
