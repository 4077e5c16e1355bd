import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { readOrderFile, type OrderRow } from '../../scripts/kb/order-file';
import { expectCliTableLikeOrderFile, linesUnlikeOrderFile } from '../../test/support/order-file-check';
import { loadCatalog } from './load-catalog';
import type { RawChanges } from './raw-types';
import type { Catalog } from './types';

const ORDER_FILE = new URL('../../data/icd10cm/fy2027/icd10cm-order-2027.txt.gz', import.meta.url).pathname;
const CHANGES = new URL('./data/icd10cm-fy2027.changes.json', import.meta.url).pathname;

let catalog: Catalog;
let official: OrderRow[];
beforeAll(async () => {
  official = readOrderFile(ORDER_FILE);
  catalog = await loadCatalog({ dateOfService: '2026-11-03' });
}, 120_000);

describe('the FY2027 catalog against its official order file', () => {
  it('is the release in force from 2026-10-01, generated from the verified order file', () => {
    expect(catalog.release).toMatchObject({ version: 'FY2027', effectiveFrom: '2026-10-01', effectiveTo: '2027-09-30' });
    // The published SHA-256 of CDC's icd10cm-order-2027.txt (data/icd10cm/SOURCES.md).
    expect(createHash('sha256').update(gunzipSync(readFileSync(ORDER_FILE))).digest('hex')).toBe('38981fb2c1226e2b92393cef7d921d2293494dd184b5ad039dde08e4b364265f');
    expect(catalog.release.sha256).toBe('38981fb2c1226e2b92393cef7d921d2293494dd184b5ad039dde08e4b364265f');
  });

  it('has every official line with its code, titles and flag: 98,403 entries, 74,879 billable, 23,524 headers', () => {
    expect(catalog.release.counts).toEqual({ entries: 98403, billable: 74879, headers: 23524 });
    expect(catalog.entries).toHaveLength(official.length);
    expect(linesUnlikeOrderFile(official, (_row, i) => catalog.entries[i])).toEqual([]);
  });

  it('records the official FY2027 changes: 238 added, 21 deleted, 15 billable codes made headers, 4 titles revised', () => {
    const changes = JSON.parse(readFileSync(CHANGES, 'utf8')) as RawChanges;
    expect(changes.counts).toEqual({ added: 238, deleted: 21, billableToHeader: 15, headerToBillable: 0, titleRevised: 4 });
    // No spine category changed in FY2027.
    expect(changes.entries.filter((c) => /^(M4[0-9]|M5[0-4]|M99|S13|S33)/.test(c.code))).toEqual([]);
    expect(catalog.lookup('M72.2')).toMatchObject({ billable: false });
    expect(catalog.lookup('T52.8X1A')).toBeUndefined();
    expect(catalog.lookup('M99.60')?.title).toBe('Osseous and subluxation stenosis of intervertebral foramina of head region');
  });
});

describe('the FY2027 catalog as the built CLI reads it (per-category table, scripts/build-cli.ts) against the official order file', () => {
  it('has every official line, code by code, with the official titles and billable flag, in order', () => {
    expectCliTableLikeOrderFile('FY2027', catalog, official);
  });
});
