/**
 * The built CLI's catalogs: each release's per-category table (src/kb/catalog-table.ts), written
 * beside the bundle by scripts/build-cli.ts as data/icd10cm-<release>.catalog-table.json (index)
 * and .catalog-table.jsonl (rows). Reading a code's category is a synchronous read of one line, so
 * `explain` and every analyze worker read only the categories they are asked about, instead of
 * parsing the 12 MB catalog file at each start.
 *
 * Run from source (`npm run cli`, tests) there is no table beside the code, and the catalog file
 * is loaded as before.
 */
import { closeSync, existsSync, openSync, readFileSync, readSync } from 'node:fs';
import { openCatalogTable, RELEASES, useCatalogOpener, type Catalog, type CatalogTableIndex, type ReleaseDescriptor } from '../kb';

/** The table files of a release under `dir`. */
export function tableFiles(dir: URL, version: string): { index: URL; table: URL } {
  const base = `icd10cm-${version.toLowerCase()}.catalog-table`;
  return { index: new URL(`${base}.json`, dir), table: new URL(`${base}.jsonl`, dir) };
}

/** Opens one release's table under `dir`; undefined when it has none. */
export function openTableCatalog(dir: URL, version: string): Catalog | undefined {
  const files = tableFiles(dir, version);
  if (!existsSync(files.index)) return undefined;
  const index = JSON.parse(readFileSync(files.index, 'utf8')) as CatalogTableIndex;
  const table = reader(new URL(index.table.file, dir));
  const base = index.base ? reader(new URL(index.base.file, dir)) : table;
  return openCatalogTable(index, (start, end, fromBase) => (fromBase ? base : table)(start, end));
}

/** Reads byte ranges of one file; opened on the first read and kept open (the process reads a few lines and ends). */
function reader(file: URL): (start: number, end: number) => string {
  let fd: number | undefined;
  return (start, end) => {
    fd ??= openSync(file, 'r');
    const bytes = Buffer.allocUnsafe(end - start);
    let got = 0;
    while (got < bytes.length) {
      const n = readSync(fd, bytes, got, bytes.length - got, start + got);
      if (n === 0) {
        closeSync(fd);
        fd = undefined;
        throw new Error(`catalog table ${file.pathname} ends at ${start + got}, before byte ${end}`);
      }
      got += n;
    }
    return bytes.toString('utf8');
  };
}

let installed = false;

/** Has installCatalogTables found tables (so loadCatalog is cheap and needs no shortcut)? */
export const catalogTablesInstalled = (): boolean => installed;

/**
 * Where the built CLI keeps its data: dist-cli/data/, beside the chunk this module is bundled into
 * (scripts/build-cli.ts writes every chunk to dist-cli/). From source this is src/cli/data/, which
 * does not exist.
 */
export const BUILT_DATA = new URL('./data/', import.meta.url);

/**
 * Makes kb's loadCatalog read the tables under `dir` (by default the built CLI's data/) for every
 * release that has one. Returns whether `dir` holds any table.
 */
export function installCatalogTables(dir: URL = BUILT_DATA): boolean {
  installed = RELEASES.some((r) => existsSync(tableFiles(dir, r.version).index));
  useCatalogOpener(installed ? (release: ReleaseDescriptor) => openTableCatalog(dir, release.version) : undefined);
  return installed;
}
