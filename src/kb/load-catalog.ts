/**
 * Lazy, memoized loading of a release's catalog. The dynamic import in releases.ts keeps the
 * 12 MB catalog out of every bundle that does not call this (the content script never does).
 */
import { buildCatalog } from './catalog';
import { findRelease, latestRelease, releaseForDate, type ReleaseDescriptor } from './releases';
import type { Catalog } from './types';

export type LoadOptions = {
  /** "FY2026". Takes precedence over dateOfService. */
  release?: string;
  /** ISO date: picks the release in effect then (or the nearest carried one). */
  dateOfService?: string;
};

const loaded = new Map<string, Promise<Catalog>>();

export function resolveRelease(options: LoadOptions = {}): ReleaseDescriptor {
  if (options.release) {
    const found = findRelease(options.release);
    if (!found) throw new Error(`ICD-10-CM ${options.release} is not loaded in ChartLint (carried: ${latestRelease().version})`);
    return found;
  }
  return options.dateOfService ? releaseForDate(options.dateOfService).release : latestRelease();
}

/** Loads (once) and returns the catalog of the requested release; the newest carried one by default. */
export function loadCatalog(options: LoadOptions = {}): Promise<Catalog> {
  const release = resolveRelease(options);
  let pending = loaded.get(release.version);
  if (!pending) {
    pending = release.loadCatalog().then(buildCatalog);
    // A failed load (e.g. a chunk that did not arrive) must not be cached forever.
    void pending.catch(() => loaded.delete(release.version));
    loaded.set(release.version, pending);
  }
  return pending;
}
