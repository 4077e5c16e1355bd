/**
 * The built CLI's per-category catalog tables (src/kb/catalog-table.ts), derived from the generated
 * catalog files in src/kb/data/ when the CLI is built (scripts/build-cli.ts). Deterministic: the
 * same catalog file always gives the same bytes, and the index records the file it came from and
 * its sha256 beside the file's own provenance header.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CATALOG_TABLE_FORMAT, encodeCatalogTable, openCatalogTable, type CatalogTableIndex } from '../../src/kb/catalog-table';
import type { Catalog } from '../../src/kb/types';
import type { RawCatalog } from '../../src/kb/raw-types';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
/** A generated catalog file's name. */
export const CATALOG = /\.catalog\.json$/;

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

/**
 * The per-category table of a generated catalog file (src/kb/data/icd10cm-<release>.catalog.json):
 * its file names, the index (the file's header, with where the table came from) and the table.
 */
export function catalogTable(file: string): { indexName: string; index: CatalogTableIndex; tableName: string; table: string } {
  const text = readFileSync(file, 'utf8');
  const raw = JSON.parse(text) as RawCatalog;
  const { entries: _entries, ...header } = raw;
  const { table, categories } = encodeCatalogTable(raw);
  const base = basename(file).replace(CATALOG, '.catalog-table');
  const index: CatalogTableIndex = {
    format: CATALOG_TABLE_FORMAT,
    description:
      'The catalog file below, one category per line of the table file: each line is the JSON array of its rows, exactly as in the catalog file ([code, billable, long title, short title when it differs], order-file order); categories lists [category, bytes of its line with the newline, rows] in order.',
    catalog: header,
    derivedFrom: { file: relative(root, file).split('\\').join('/'), sha256: sha256(text) },
    table: { file: `${base}.jsonl`, bytes: Buffer.byteLength(table), sha256: sha256(table) },
    categories,
  };
  return { indexName: `${base}.json`, index, tableName: `${base}.jsonl`, table };
}

/** The catalog as the built CLI reads it from the table of `file`, with the table held in memory (tests, benchmarks). */
export function openTableInMemory(file: string): Catalog {
  const { index, table } = catalogTable(file);
  const bytes = Buffer.from(table, 'utf8');
  return openCatalogTable(index, (start, end) => bytes.subarray(start, end).toString('utf8'));
}
