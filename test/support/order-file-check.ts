/**
 * A release's catalog checked line by line against CDC's order file, for each release's catalog
 * test (src/kb/catalog*.test.ts): the catalog built from the generated file, and the per-category
 * table the built CLI reads instead (scripts/build-cli.ts).
 */
import { expect } from 'vitest';
import type { OrderRow } from '../../scripts/kb/order-file';
import type { Catalog, CatalogEntry } from '../../src/kb/types';
import { cliTableInMemory } from './packaged-tables';

/** The official lines an entry does not reproduce (code, long and short title, billable flag, order), as "order code". */
export function linesUnlikeOrderFile(official: readonly OrderRow[], entryOf: (row: OrderRow, i: number) => CatalogEntry | undefined): string[] {
  return official
    .filter((row, i) => {
      const e = entryOf(row, i);
      return !e || e.code !== row.code || e.title !== row.longTitle || e.shortTitle !== row.shortTitle || e.billable !== row.billable || e.order !== row.order;
    })
    .map((row) => `${row.order} ${row.code}`);
}

/**
 * The release's table as the CLI opens it: the same release as `catalog`, every official line
 * looked up one code at a time (the CLI's way: one category read per code), then all entries in order.
 */
export function expectCliTableLikeOrderFile(version: string, catalog: Catalog, official: readonly OrderRow[]): void {
  // Under `npm test`, the table the CLI build wrote (test/support/packaged-tables.ts).
  const table = cliTableInMemory(version);
  expect(table.release).toEqual(catalog.release);
  expect(linesUnlikeOrderFile(official, (row) => table.get(row.code))).toEqual([]);
  expect(table.entries.map((e) => e.code)).toEqual(official.map((row) => row.code));
}
