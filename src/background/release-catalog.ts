import { latestWindow, openCatalogTable, openTitleHashes, readTableBytes, type CatalogTableBytes, type TableCatalog, type TitleLookup } from '../kb';
import { RELEASE_ASSETS } from '../kb/data/release-assets.generated';

type Held = { bytes: CatalogTableBytes; catalog: TableCatalog };
let current: { version: string; pending: Promise<Held> } | undefined;

/** The release whose titles are resolved (the latest), with the table its look-up reads: kept apart from `current`. */
let titles: { version: string; pending: Promise<TitleLookup> } | undefined;

/**
 * The official catalog of one release, shared by every background user (code checks, the side
 * panel's code explanations). It is the release's per-category table (src/kb/catalog-table.ts):
 * the packaged files' bytes are read whole, unparsed, and each category is decoded and built the
 * first time one of its codes is asked for, so a new or restarted worker answers a page's first
 * code after a fetch and one category line, not after parsing the 12 MB catalog and building its
 * 98,186 entries (about 300-500 ms of CPU in Node, seconds in a busy browser; see
 * scripts/bench/_worker-catalog.ts). One release is held at a time: asking for another lets the
 * previous one go. The title look-up (loadTitleLookup) keeps the latest
 * release's table alive once a page has shown a title, as the Map of every title it replaces was
 * kept: at most that table (12 MB of bytes) and 1.2 MB of title hashes beside the release held,
 * where the Map alone took 19 MiB (FY2027, Node heap).
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
 * unparsed, over the release's table, so a look-up decodes only its candidates' categories
 * (src/kb/title-hashes.ts), where building a Map of every title decoded every row at each worker
 * start. Kept once read, like that Map was, whichever release the code checks then ask for: a
 * visit of an earlier release would otherwise read both releases again at each new title. When
 * the checks hold the same release, the two share its table. A failed read is not cached.
 */
export function loadTitleLookup(version: string = latestWindow().version): Promise<TitleLookup> {
  if (titles?.version === version) return titles.pending;
  const assets = RELEASE_ASSETS[version];
  if (!assets) return Promise.reject(new Error(`ICD-10-CM ${version} is not carried`));
  // Only the latest release's title hashes are packaged (scripts/build-kb.ts): no caller asks for another's.
  const readTitles = assets.catalogTitles;
  if (!readTitles) return Promise.reject(new Error(`the titles of ICD-10-CM ${version} are not packaged (only the latest release's are)`));
  const pending = Promise.all([readTitles(), loadTable(version)])
    .then(([words, { catalog }]) => openTitleHashes(words, (i) => catalog.at(i)))
    .catch((error: unknown) => {
      if (titles?.pending === pending) titles = undefined;
      throw error;
    });
  titles = { version, pending };
  return pending;
}
