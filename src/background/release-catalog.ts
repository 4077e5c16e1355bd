import { decodeCatalogTable, latestWindow, openCatalogTable, readTableBytes, type Catalog, type CatalogTableBytes, type RawCatalog } from '../kb';
import { RELEASE_ASSETS } from '../kb/data/release-assets.generated';

let current: { version: string; pending: Promise<{ bytes: CatalogTableBytes; catalog: Catalog }> } | undefined;

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
function loadTable(version: string): Promise<{ bytes: CatalogTableBytes; catalog: Catalog }> {
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
export async function loadReleaseCatalog(version: string = latestWindow().version): Promise<Catalog> {
  return (await loadTable(version)).catalog;
}

/**
 * Every row of one release's catalog, decoded from the table the worker holds: for the title
 * index, the one user that needs them all (built once per worker life, and only when a page shows
 * a title without its code). Not kept: the caller keeps what it builds from them.
 */
export async function loadRawCatalog(version: string = latestWindow().version): Promise<RawCatalog> {
  const { bytes } = await loadTable(version);
  return decodeCatalogTable(bytes.index, readTableBytes(bytes));
}
