/**
 * Lazy, memoized loading of a release's catalog. The dynamic import in releases.ts keeps the
 * 12 MB catalog out of every bundle that does not call this (the content script never does).
 */
import { buildCatalog } from './catalog';
import type { CodeLookup } from '../core/types';
import type { RawChanges } from './raw-types';
import { historyFor, withHistory } from './release-history';
import { RELEASES, findRelease, latestRelease, nextRelease, releaseForDate, type ReleaseDescriptor } from './releases';
import type { Catalog } from './types';

export type LoadOptions = {
  /** "FY2026". Takes precedence over dateOfService. */
  release?: string;
  /** ISO date: picks the release in effect then (or the nearest carried one). */
  dateOfService?: string;
};

const loaded = new Map<string, Promise<Catalog>>();

/**
 * Opens a release's catalog some cheaper way than parsing its whole file, or returns (or resolves
 * to) undefined to leave it to the file. The built CLI installs one that reads the per-category
 * table beside it (catalog-table.ts, src/cli/catalog-tables.ts), the popup one that reads the
 * packaged table (src/ui/popup/packaged-catalog.ts); tests never do.
 */
export type CatalogOpener = (release: ReleaseDescriptor) => Catalog | undefined | Promise<Catalog | undefined>;
let opener: CatalogOpener | undefined;

/**
 * Installs (or, with undefined, removes) the catalog opener. A different opener means a different
 * source, so catalogs loaded before are dropped: a caller that installs one must get its answers,
 * not those of whatever loaded first in the same process (the CLI installs it once, at start).
 */
export function useCatalogOpener(open: CatalogOpener | undefined): void {
  if (open !== opener) loaded.clear();
  opener = open;
}

export function resolveRelease(options: LoadOptions = {}): ReleaseDescriptor {
  if (options.release) {
    const found = findRelease(options.release);
    if (!found) throw new Error(`ICD-10-CM ${options.release} is not loaded in ChartLint (carried: ${RELEASES.map((r) => r.version).join(', ')})`);
    return found;
  }
  return options.dateOfService ? releaseForDate(options.dateOfService).release : latestRelease();
}

/** Loads (once) and returns the catalog of the requested release; the newest carried one by default. */
export function loadCatalog(options: LoadOptions = {}): Promise<Catalog> {
  const release = resolveRelease(options);
  let pending = loaded.get(release.version);
  if (!pending) {
    const open = opener;
    pending = Promise.resolve()
      .then(() => open?.(release))
      .then((opened) => opened ?? release.loadCatalog().then(buildCatalog));
    // A failed load (e.g. a chunk that did not arrive) must not be cached forever.
    void pending.catch(() => loaded.delete(release.version));
    loaded.set(release.version, pending);
  }
  return pending;
}

const changesLoaded = new Map<string, Promise<RawChanges | undefined>>();
function loadChanges(release: ReleaseDescriptor | undefined): Promise<RawChanges | undefined> {
  if (!release?.loadChanges) return Promise.resolve(undefined);
  let pending = changesLoaded.get(release.version);
  if (!pending) {
    pending = release.loadChanges();
    void pending.catch(() => changesLoaded.delete(release.version));
    changesLoaded.set(release.version, pending);
  }
  return pending;
}

/**
 * The core's lookup for one release, with the code history the release-change findings need (what
 * that release deleted or made a header, what the next one adds). Used by the CLI and the pages;
 * the service worker has its own (src/background/code-lookup.ts) over the packaged files.
 */
export async function loadReleaseLookup(version: string): Promise<CodeLookup> {
  const release = resolveRelease({ release: version });
  const [catalog, mine, later] = await Promise.all([loadCatalog({ release: version }), loadChanges(release), loadChanges(nextRelease(release.version))]);
  return withHistory(catalog.lookup, release.version, historyFor(mine, later));
}
