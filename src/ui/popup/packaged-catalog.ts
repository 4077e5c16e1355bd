/**
 * The popup's catalogs, read from the packaged per-category tables the service worker reads
 * (src/kb/catalog-table.ts, shipped by scripts/kb-data-as-asset.ts), not from a gzipped copy of the
 * whole catalog file: that copy was another 1 MB per release in the package. The lookup needs every
 * entry, so its `entries` decodes the whole table, each category line apart; in Node that cost less
 * CPU than the whole file's parse and build (about 180-330 ms against 375 ms for FY2027, single runs
 * on a busy 2-core machine). Installed as kb's catalog opener (useCatalogOpener), so the lookup and
 * the code entry (explainCode) share one catalog per release.
 */
import { openCatalogTable, readTableBytes, type CatalogOpener } from '../../kb';
import { RELEASE_ASSETS } from '../../kb/data/release-assets.generated';

export const openPackagedCatalog: CatalogOpener = async (release) => {
  const assets = RELEASE_ASSETS[release.version];
  if (!assets) return undefined;
  const bytes = await assets.catalogTable();
  return openCatalogTable(bytes.index, readTableBytes(bytes));
};
