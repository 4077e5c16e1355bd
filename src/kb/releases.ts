/**
 * The ICD-10-CM releases this build carries, and which one a date of service needs.
 *
 * One release is carried today (FY2026). FY2027 took effect on 2026-10-01, but its official files
 * were not obtainable; adding it means generating its files with scripts/build-kb.ts and adding a
 * row here. Each row's loaders are dynamic imports, so the bundler gives every release its own
 * lazily loaded chunks and nothing loads until a popup or panel asks.
 */
import type { RawCatalog, RawIndexTerms, RawNotes } from './raw-types';

export type ReleaseDescriptor = {
  version: string;
  effectiveFrom: string;
  effectiveTo: string;
  loadCatalog: () => Promise<RawCatalog>;
  loadNotes: () => Promise<RawNotes>;
  loadIndexTerms: () => Promise<RawIndexTerms>;
};

/** Newest last. */
export const RELEASES: readonly ReleaseDescriptor[] = [
  {
    version: 'FY2026',
    effectiveFrom: '2025-10-01',
    effectiveTo: '2026-09-30',
    loadCatalog: () => import('./data/icd10cm-fy2026.catalog.json').then((m) => m.default),
    loadNotes: () => import('./data/icd10cm-fy2026.notes.json').then((m) => m.default),
    loadIndexTerms: () => import('./data/icd10cm-fy2026.index-terms.json').then((m) => m.default),
  },
];

export type ReleaseChoice = {
  release: ReleaseDescriptor;
  /** True when the release's effective dates include the date asked about. */
  coversDate: boolean;
  /** Plain words for the UI, e.g. why a date of service is outside the loaded release. */
  message: string;
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function latestRelease(): ReleaseDescriptor {
  const last = RELEASES.at(-1);
  if (!last) throw new Error('no ICD-10-CM release is built in');
  return last;
}

export function findRelease(version: string): ReleaseDescriptor | undefined {
  return RELEASES.find((r) => r.version.toUpperCase() === version.trim().toUpperCase());
}

/**
 * Picks the release for a date of service (ISO yyyy-mm-dd). Dates outside every carried release
 * get the nearest one, with coversDate false and a message that says so plainly.
 */
export function releaseForDate(dateOfService: string): ReleaseChoice {
  if (!ISO_DATE.test(dateOfService)) throw new Error(`date of service must be yyyy-mm-dd, got "${dateOfService}"`);
  const exact = RELEASES.find((r) => r.effectiveFrom <= dateOfService && dateOfService <= r.effectiveTo);
  if (exact) {
    return { release: exact, coversDate: true, message: `ICD-10-CM ${exact.version} (effective ${exact.effectiveFrom} to ${exact.effectiveTo}) applies to ${dateOfService}.` };
  }
  const first = RELEASES[0] ?? latestRelease();
  const release = dateOfService < first.effectiveFrom ? first : latestRelease();
  const later = dateOfService > release.effectiveTo;
  return {
    release,
    coversDate: false,
    message: later
      ? `${dateOfService} falls after ICD-10-CM ${release.version} (effective to ${release.effectiveTo}); the release in effect then is not loaded in ChartLint, so codes are checked against ${release.version}.`
      : `${dateOfService} falls before ICD-10-CM ${release.version} (effective from ${release.effectiveFrom}); that older release is not loaded in ChartLint, so codes are checked against ${release.version}.`,
  };
}

/** The words the UI shows for a release: "ICD-10-CM FY2026 (effective 2025-10-01 to 2026-09-30)". */
export function releaseLabel(release: { version: string; effectiveFrom: string; effectiveTo: string }): string {
  return `ICD-10-CM ${release.version} (effective ${release.effectiveFrom} to ${release.effectiveTo})`;
}
