/**
 * A release's catalog table as the extension ships it (assets/kb/<name>.catalog-table.json and its
 * gzipped .jsonl, and FY2026's table as the base a later release reads shared lines from), as the
 * asset module's fetch and inflate hand it to the worker and the popup (scripts/kb-data-as-asset.ts),
 * and as the CLI reads it (dist-cli/data/, the same bytes unzipped; scripts/build-cli.ts).
 *
 * `npm test` has just built the extension and the CLI from this tree (CHARTLINT_BUILT=1,
 * scripts/test-all.ts): the files are then read from dist/ and dist-cli/, the very bytes that ship,
 * instead of derived again from the
 * 12 MB catalog files (catalogTable parses, encodes and hashes both releases: about 1.4 CPU-s per
 * test worker, against 0.06 to read and inflate what the build wrote). Run on their own, the tests
 * get the table derived as the build derives it (catalogTable, scripts/kb/catalog-table-files.ts).
 * Read-only, like the catalogs (test/support/official-catalogs.ts): every file of a worker gets the
 * same bytes.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { catalogTable, openTableInMemory } from '../../scripts/kb/catalog-table-files';
import {
  openCatalogTable,
  readTableBytes,
  type CatalogTableBytes,
  type CatalogTableIndex,
} from '../../src/kb/catalog-table';
import type { Catalog } from '../../src/kb/types';
import { catalogFile } from './official-catalogs';

// From the module's path as a string: under happy-dom (the dom project) URL is the DOM's, which node:fs refuses.
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const BUILT_KB = join(ROOT, 'dist', 'assets', 'kb');
const BUILT_CLI_DATA = join(ROOT, 'dist-cli', 'data');
const built = () => process.env.CHARTLINT_BUILT === '1';

/** The shipped table files of a release, from the build in dist/ (a missing file is an error: the build said it ran). */
function builtTable(version: string): CatalogTableBytes {
  const name = `icd10cm-${version.toLowerCase()}.catalog-table`;
  const index = JSON.parse(readFileSync(join(BUILT_KB, `${name}.json`), 'utf8')) as CatalogTableIndex;
  const inflate = (file: string) => new Uint8Array(gunzipSync(readFileSync(join(BUILT_KB, `${file}.gz`))));
  return {
    index,
    table: inflate(index.table.file),
    ...(index.base ? { base: inflate(index.base.file) } : {}),
  };
}

/** The table derived from the catalog file as the build derives it. */
function derivedTable(version: string): CatalogTableBytes {
  const { index, table } = catalogTable(catalogFile(version));
  const base = index.base
    ? new TextEncoder().encode(catalogTable(catalogFile('FY2026'), undefined).table)
    : undefined;
  return { index, table: new TextEncoder().encode(table), ...(base ? { base } : {}) };
}

const tables = new Map<string, CatalogTableBytes>();
/** A release's packaged catalog table ("FY2026"), once per test worker. */
export function packagedTableBytes(version: string): CatalogTableBytes {
  const key = version.toUpperCase();
  let bytes = tables.get(key);
  if (!bytes) tables.set(key, (bytes = built() ? builtTable(key) : derivedTable(key)));
  return bytes;
}

/** The built CLI's table of a release, from dist-cli/data/ (a missing file is an error: the build said it ran). */
function builtCliTable(version: string): Catalog {
  const name = `icd10cm-${version.toLowerCase()}.catalog-table`;
  const index = JSON.parse(readFileSync(join(BUILT_CLI_DATA, `${name}.json`), 'utf8')) as CatalogTableIndex;
  const read = (file: string) => new Uint8Array(readFileSync(join(BUILT_CLI_DATA, file)));
  return openCatalogTable(
    index,
    readTableBytes({
      index,
      table: read(index.table.file),
      ...(index.base ? { base: read(index.base.file) } : {}),
    }),
  );
}

/** A release's catalog as the CLI opens it from its table ("FY2026"), held in memory, opened anew for each call. */
export function cliTableInMemory(version: string): Catalog {
  return built() ? builtCliTable(version) : openTableInMemory(catalogFile(version));
}
