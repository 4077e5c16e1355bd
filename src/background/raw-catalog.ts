/**
 * The release files the worker reads besides the catalog (release-catalog.ts): addenda changes,
 * notes, index terms and the curated M99 prose, each tens of KB. Service workers may not use
 * import(), so these read the packaged files (scripts/kb-data-as-asset.ts).
 */
import { toIndexTerms, type CuratedM99, type IndexTerm } from '../kb';
import loadCuratedFile from '../kb/curated/m99-reference.json?load';
import { RELEASE_ASSETS } from '../kb/data/release-assets.generated';
import type { RawChanges, RawNotes } from '../kb/raw-types';

const changes = new Map<string, Promise<RawChanges>>();

/**
 * A release's addenda changes (tens of KB; kept once read). Undefined when the release carries none,
 * or when the read failed (then tried again next time).
 */
export function loadRawChanges(version: string): Promise<RawChanges | undefined> {
  const load = RELEASE_ASSETS[version]?.changes;
  return load ? once(changes, version, load).catch(() => undefined) : Promise.resolve(undefined);
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
