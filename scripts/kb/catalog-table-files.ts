/**
 * The built CLI's per-category catalog tables (src/kb/catalog-table.ts), derived from the generated
 * catalog files in src/kb/data/ when the CLI is built (scripts/build-cli.ts). Deterministic: the
 * same catalog file always gives the same bytes, and the index records the file it came from and
 * its sha256 beside the file's own provenance header.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CATALOG_TABLE_FORMAT, encodeCatalogTable, openCatalogTable, tableLines, type CatalogTableIndex } from '../../src/kb/catalog-table';
import type { Catalog } from '../../src/kb/types';
import type { RawCatalog } from '../../src/kb/raw-types';

// From the module's path as a string: under happy-dom (the background's unit tests) URL is the DOM's, which node:url refuses.
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** A generated catalog file's name. */
export const CATALOG = /\.catalog\.json$/;

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

/** The generated catalog files in src/kb/data/, oldest release first. */
export function catalogFiles(dir = join(root, 'src', 'kb', 'data')): string[] {
  return readdirSync(dir)
    .filter((f) => CATALOG.test(f))
    .sort()
    .map((f) => join(dir, f));
}

/**
 * The table a later release shares lines with: the oldest release's (the others differ from it by
 * a few dozen categories), or none for the oldest release itself.
 */
export function baseCatalogFile(file: string): string | undefined {
  const oldest = catalogFiles(dirname(file))[0];
  return oldest && basename(oldest) !== basename(file) ? oldest : undefined;
}

type TableFile = { indexName: string; index: CatalogTableIndex; tableName: string; table: string };

/**
 * The per-category table of a generated catalog file (src/kb/data/icd10cm-<release>.catalog.json):
 * its file names, the index (the file's header, with where the table came from) and the table.
 * With `baseFile` (by default baseCatalogFile), lines equal to that release's are read from its table.
 */
export function catalogTable(file: string, baseFile: string | undefined = baseCatalogFile(file)): TableFile {
  // Derived once per process while the file is unchanged: a later release derives the base
  // release's table too, and the tests and benchmarks ask for both releases several times (each
  // derivation parses a 12 MB catalog; the background's catalog test spent most of its time here).
  const { mtimeMs, size } = statSync(file);
  const key = `${file}\0${baseFile ?? ''}\0${mtimeMs}\0${size}`;
  let derived = derivedTables.get(key);
  if (!derived) derivedTables.set(key, (derived = deriveTable(file, baseFile)));
  return derived;
}

const derivedTables = new Map<string, TableFile>();

function deriveTable(file: string, baseFile: string | undefined): TableFile {
  const text = readFileSync(file, 'utf8');
  const raw = JSON.parse(text) as RawCatalog;
  const { entries: _entries, ...header } = raw;
  const base = baseFile === undefined ? undefined : catalogTable(baseFile, undefined);
  const { table, categories } = encodeCatalogTable(raw, base && tableLines(base.table, base.index.categories));
  const name = basename(file).replace(CATALOG, '.catalog-table');
  const index: CatalogTableIndex = {
    format: CATALOG_TABLE_FORMAT,
    description:
      'The catalog file below, one category per line of the table file: each line is the JSON array of its rows, exactly as in the catalog file ([code, billable, long title, short title when it differs], order-file order); categories lists [category, bytes of its line with the newline, rows] in order, with a fourth element, the byte offset of the line in the base table, for lines read there (equal to this release\'s, byte for byte).',
    catalog: header,
    derivedFrom: { file: relative(root, file).split('\\').join('/'), sha256: sha256(text) },
    table: { file: `${name}.jsonl`, bytes: Buffer.byteLength(table), sha256: sha256(table) },
    ...(base ? { base: { ...base.index.table } } : {}),
    categories,
  };
  return { indexName: `${name}.json`, index, tableName: `${name}.jsonl`, table };
}

/** The catalog as the built CLI reads it from the table of `file` (and its base), held in memory (tests, benchmarks). */
export function openTableInMemory(file: string, baseFile: string | undefined = baseCatalogFile(file)): Catalog {
  const { index, table } = catalogTable(file, baseFile);
  const bytes = Buffer.from(table, 'utf8');
  const baseBytes = Buffer.from(baseFile === undefined ? '' : catalogTable(baseFile, undefined).table, 'utf8');
  return openCatalogTable(index, (start, end, fromBase) => (fromBase ? baseBytes : bytes).subarray(start, end).toString('utf8'));
}
