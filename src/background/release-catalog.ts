import { latestWindow, openCatalogTable, openTitleHashes, readTableBytes, type CatalogTableBytes, type TableCatalog } from '../kb';
import { RELEASE_ASSETS } from '../kb/data/release-assets.generated';

type Held = { bytes: CatalogTableBytes; catalog: TableCatalog };
/** The release held, its table and, once a page has shown a title, its titles' hashes. */
let current: { version: string; pending: Promise<Held>; titles?: Promise<TitleLookup> | undefined } | undefined;

/** Normalised official title (src/kb/title-hashes.ts normalizeTitle) to its code, when exactly one code has it. */
export type TitleLookup = { get(key: string): string | undefined };

/**
 * The official catalog of one release, shared by every background user (code checks, the side
 * panel's code explanations). It is the release's per-category table (src/kb/catalog-table.ts):
 * the packaged files' bytes are read whole, unparsed, and each category is decoded and built the
 * first time one of its codes is asked for, so a new or restarted worker answers a page's first
 * code after a fetch and one category line, not after parsing the 12 MB catalog and building its
 * 98,186 entries (about 300-500 ms of CPU in Node, seconds in a busy browser; see
 * scripts/bench/_worker-catalog.ts). One release is held at a time: asking for another lets the
 * previous one go (reports/release-memory.md).
 * Service workers may not use import(), so this reads packaged files (scripts/kb-data-as-asset.ts).
 * A failed read is not cached.
 */
function loadTable(version: string): Promise<Held> {
  if (current?.version === version) return current.pending;
  const assets = RELEASE_ASSETS[version];
  if (!assets) return Promise.reject(new Error(`ICD-10-CM ${version} is not carried`));
  const pending = assets
    .catalogTable()
    .then((bytes) => ({ bytes, catalog: openCatalogTable(bytes.index, readTableBytes(bytes)) }))
    .catch((error: unknown) => {
      if (current?.pending === pending) current = undefined;
      throw error;
    });
  current = { version, pending };
  return pending;
}

/** The catalog of one release (the latest by default): the code checks' lookup and the side panel's explanations. */
export async function loadReleaseCatalog(version: string = latestWindow().version): Promise<TableCatalog> {
  return (await loadTable(version)).catalog;
}

/**
 * The official titles of one release (the latest by default) back to their codes, for pages that
 * show a title without its code: the release's packaged (hash, entry index) pairs, read whole and
 * unparsed, over the table the worker holds, so a look-up decodes only its candidates' categories
 * (src/kb/title-hashes.ts), where building a Map of every title decoded every row at each worker
 * start. Held with its release (asking for another release lets both go); a failed read is not cached.
 */
export function loadTitleLookup(version: string = latestWindow().version): Promise<TitleLookup> {
  const assets = RELEASE_ASSETS[version];
  const table = loadTable(version);
  if (!assets || !current) return table.then(() => Promise.reject(new Error(`ICD-10-CM ${version} has no title hashes`)));
  const held = current;
  held.titles ??= Promise.all([assets.catalogTitles(), table])
    .then(([words, { catalog }]) => openTitleHashes(words, (i) => catalog.at(i)))
    .catch((error: unknown) => {
      if (current === held) held.titles = undefined;
      throw error;
    });
  return held.titles;
}

