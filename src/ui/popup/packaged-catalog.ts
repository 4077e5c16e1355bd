/**
 * The popup's catalogs, read from the packaged per-category tables the service worker reads
 * (src/kb/catalog-table.ts, shipped by scripts/kb-data-as-asset.ts), not from a gzipped copy of the
 * whole catalog file: that copy was another 1 MB per release in the package. Its `entries` decode a
 * category when the lookup first reads one of its entries (lazyEntries), and the lookup's code order
 * comes from the table's categories (codeOrder): decoding the whole table before the first result
 * cost 450-490 CPU-ms in Node for FY2027 and about 650 in the popup's profile, plus its garbage, on
 * every open of the popup. Installed as kb's catalog opener (useCatalogOpener), so the lookup and the
 * code entry (explainCode) share one catalog per release.
 */
import { openCatalogTable, readTableBytes, type CatalogOpener } from '../../kb';
import { RELEASE_ASSETS } from '../../kb/data/release-assets.generated';

export const openPackagedCatalog: CatalogOpener = async (release) => {
  const assets = RELEASE_ASSETS[release.version];
  if (!assets) return undefined;
  const bytes = await assets.catalogTable();
  return openCatalogTable(bytes.index, readTableBytes(bytes), { lazyEntries: true });
};
