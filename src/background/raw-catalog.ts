import type { RawCatalog } from '../kb';
import loadCatalogFile from '../kb/data/icd10cm-fy2026.catalog.json?load';

let pending: Promise<RawCatalog> | undefined;

/**
 * The official catalog as shipped, read once per worker life and shared by every background user
 * (code checks, title → code resolution). Service workers may not use import(), so this reads the
 * packaged file (see scripts/kb-data-as-asset.ts). A failed read is not cached.
 */
export function loadRawCatalog(): Promise<RawCatalog> {
  pending ??= (loadCatalogFile() as Promise<RawCatalog>).catch((error: unknown) => {
    pending = undefined;
    throw error;
  });
  return pending;
}
