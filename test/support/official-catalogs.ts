/**
 * The generated catalog files (src/kb/data/icd10cm-<release>.catalog.json), parsed and built once
 * per test worker. The node and dom projects run with isolate: false (vitest.config.ts), so this
 * module and its caches are shared by every test file a worker runs: a dozen files read a 12 MB
 * catalog (some only for its header) and several built its 98,000 entries, each on its own (about
 * 0.3 CPU-s to parse and 0.3 to build, per release and file, and the garbage after).
 * Read-only: a test that needs another catalog makes one from these ({ ...raw, entries: [...] })
 * and never changes what it was given, since the next file of the worker gets the same objects.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCatalog } from '../../src/kb/catalog';
import type { RawCatalog } from '../../src/kb/raw-types';
import type { Catalog, CatalogEntry } from '../../src/kb/types';

// From the module's path as a string: under happy-dom (the dom project) URL is the DOM's, which node:fs refuses.
const DATA = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'src', 'kb', 'data');

/** The generated catalog file of a release ("FY2026"). */
export const catalogFile = (version: string): string => join(DATA, `icd10cm-${version.toLowerCase()}.catalog.json`);

const raws = new Map<string, RawCatalog>();
/** A release's catalog file, parsed as the build reads it (importing 12 MB of JSON through the test bundler is slow). */
export function rawCatalog(version: string): RawCatalog {
  const key = version.toUpperCase();
  let raw = raws.get(key);
  if (!raw) raws.set(key, (raw = JSON.parse(readFileSync(catalogFile(key), 'utf8')) as RawCatalog));
  return raw;
}

const built = new Map<string, Catalog>();
/** buildCatalog over a release's catalog file: the reference the tables, title hashes and search tests compare with. */
export function builtCatalog(version: string): Catalog {
  const key = version.toUpperCase();
  let catalog = built.get(key);
  if (!catalog) built.set(key, (catalog = buildCatalog(rawCatalog(key))));
  return catalog;
}

/** Every field of an entry in one string (cheap to compare 98,000 times; `parent` and `inferred` undefined read as ''). */
export const entryFields = (e: CatalogEntry | undefined): string =>
  e ? [e.code, e.title, e.shortTitle, e.billable, e.order, e.category, e.parent, e.chapter.number, e.chapter.title, e.chapter.range, e.block.range, e.block.title, e.block.inferred].join('|') : '-';

/** The same codes in the same order (no string built per list: asked for every code of a catalog). */
export const sameCodes = (a: readonly CatalogEntry[], b: readonly CatalogEntry[]): boolean => a.length === b.length && a.every((e, i) => e.code === b[i]?.code);
