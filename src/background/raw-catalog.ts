import { buildCatalog, toIndexTerms, type Catalog, type CuratedM99, type IndexTerm } from '../kb';
import { latestWindow } from '../kb/choose-release';
import loadCuratedFile from '../kb/curated/m99-reference.json?load';
import { RELEASE_ASSETS } from '../kb/data/release-assets.generated';
import type { RawCatalog, RawChanges, RawNotes } from '../kb/raw-types';

let current: { version: string; pending: Promise<RawCatalog> } | undefined;
const changes = new Map<string, Promise<RawChanges>>();

/**
 * The official catalog of one release as shipped, shared by every background user (code checks,
 * the side panel's code explanations, title → code resolution). One release is held at a time: a
 * catalog takes about 45 MB in the worker, so asking for another release lets the previous one go
 * (reports/release-memory.md).
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

/**
 * A release's addenda changes (tens of KB; kept once read). Undefined when the release carries none,
 * or when the read failed (then tried again next time).
 */
export function loadRawChanges(version: string): Promise<RawChanges | undefined> {
  const load = RELEASE_ASSETS[version]?.changes;
  return load ? once(changes, version, load).catch(() => undefined) : Promise.resolve(undefined);
}

const built = new WeakMap<RawCatalog, Catalog>();

/**
 * The catalog of one release, built once from the raw catalog it holds: the code checks' lookup and
 * the side panel's explanations share it (it goes when the raw catalog goes, as the map is weak).
 */
export async function loadBuiltCatalog(version: string = latestWindow().version): Promise<Catalog> {
  const raw = await loadRawCatalog(version);
  let catalog = built.get(raw);
  if (!catalog) {
    catalog = buildCatalog(raw);
    built.set(raw, catalog);
  }
  return catalog;
}

/** Read once per worker life and kept (tens of KB each); a failed read is forgotten, to be tried again. */
function once<T>(cache: Map<string, Promise<T>>, key: string, load: () => Promise<T>): Promise<T> {
  let pending = cache.get(key);
  if (!pending) {
    pending = load();
    void pending.catch(() => cache.delete(key));
    cache.set(key, pending);
  }
  return pending;
}

const notes = new Map<string, Promise<RawNotes>>();
const terms = new Map<string, Promise<IndexTerm[]>>();
const curated = new Map<string, Promise<CuratedM99>>();

/** A release's tabular notes (the ones ChartLint carries). */
export function loadRawNotes(version: string): Promise<RawNotes> {
  const load = RELEASE_ASSETS[version]?.notes;
  return load ? once(notes, version, load) : Promise.reject(new Error(`ICD-10-CM ${version} is not carried`));
}

/** A release's alphabetic-index terms (those ChartLint carries). */
export function loadIndexTerms(version: string): Promise<IndexTerm[]> {
  const load = RELEASE_ASSETS[version]?.indexTerms;
  return load ? once(terms, version, () => load().then(toIndexTerms)) : Promise.reject(new Error(`ICD-10-CM ${version} is not carried`));
}

/** The curated M99 reference prose (57 KB), read only when a billable M99 code is explained. */
export function loadCuratedM99(): Promise<CuratedM99> {
  return once(curated, 'm99', () => loadCuratedFile() as Promise<CuratedM99>);
}
