import { latestWindow } from '../kb/choose-release';
import { RELEASE_ASSETS } from '../kb/data/release-assets.generated';
import type { RawCatalog, RawChanges } from '../kb/raw-types';

let current: { version: string; pending: Promise<RawCatalog> } | undefined;
const changes = new Map<string, Promise<RawChanges | undefined>>();

/**
 * The official catalog of one release as shipped, shared by every background user (code checks,
 * title → code resolution). One release is held at a time: a catalog takes about 45 MB in the
 * worker, so asking for another release lets the previous one go (reports/release-memory.md).
 * Service workers may not use import(), so this reads the packaged file (see
 * scripts/kb-data-as-asset.ts). A failed read is not cached.
 */
export function loadRawCatalog(version: string = latestWindow().version): Promise<RawCatalog> {
  if (current?.version === version) return current.pending;
  const assets = RELEASE_ASSETS[version];
  if (!assets) return Promise.reject(new Error(`ICD-10-CM ${version} is not carried`));
  const pending = assets.catalog().catch((error: unknown) => {
    if (current?.pending === pending) current = undefined;
    throw error;
  });
  current = { version, pending };
  return pending;
}

/** A release's addenda changes (tens of KB; kept once read). Undefined when the release carries none. */
export function loadRawChanges(version: string): Promise<RawChanges | undefined> {
  let pending = changes.get(version);
  if (!pending) {
    const load = RELEASE_ASSETS[version]?.changes;
    pending = load ? load().catch(() => { changes.delete(version); return undefined; }) : Promise.resolve(undefined);
    changes.set(version, pending);
  }
  return pending;
}
