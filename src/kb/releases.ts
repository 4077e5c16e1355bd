/**
 * The ICD-10-CM releases this build carries, and the one place where the release of a visit is
 * chosen (`chooseRelease`): the worker, the side panel, the popup and the CLI all ask here.
 *
 * The table itself is generated (data/releases.generated.ts, from scripts/kb/release-table.ts by
 * `npm run build:kb`), so adding a release is one row and one command (src/kb/README.md). Each
 * row's loaders are dynamic imports: the bundler gives every release its own lazily loaded chunks
 * and nothing loads until a surface asks.
 */
import { findWindow, latestWindow, releaseForDate as chooseReleaseForDate, type ReleaseWindow } from './choose-release';
import { RELEASE_LOADERS } from './data/releases.generated';
import { RELEASE_WINDOWS } from './data/release-windows.generated';
import type { RawCatalog, RawChanges, RawIndexTerms, RawNotes } from './raw-types';

export type ReleaseLoaders = {
  loadCatalog: () => Promise<RawCatalog>;
  loadNotes: () => Promise<RawNotes>;
  loadIndexTerms: () => Promise<RawIndexTerms>;
  /** The official order addenda from the release before, as changes per code. */
  loadChanges?: () => Promise<RawChanges>;
};

export type ReleaseDescriptor = ReleaseWindow & ReleaseLoaders;

/** Oldest first, newest last. */
export const RELEASES: readonly ReleaseDescriptor[] = RELEASE_WINDOWS.map((w) => {
  const loaders = RELEASE_LOADERS[w.version];
  if (!loaders) throw new Error(`ICD-10-CM ${w.version} has no data files; run npm run build:kb`);
  return { ...w, ...loaders };
});


export {
  chooseRelease,
  releaseLabel,
  todayIso,
  type ReleaseChoice,
  type ReleaseDecision,
  type ReleaseRequest,
  type ReleaseWindow,
} from './choose-release';

function descriptor(w: ReleaseWindow): ReleaseDescriptor {
  const found = RELEASES.find((r) => r.version === w.version);
  if (!found) throw new Error(`ICD-10-CM ${w.version} has no data files; run npm run build:kb`);
  return found;
}

export function latestRelease(): ReleaseDescriptor {
  return descriptor(latestWindow());
}

export function findRelease(version: string): ReleaseDescriptor | undefined {
  const w = findWindow(version);
  return w ? descriptor(w) : undefined;
}

/** The release after `version`, if carried (its addenda say which codes did not exist yet). */
export function nextRelease(version: string): ReleaseDescriptor | undefined {
  const i = RELEASES.findIndex((r) => r.version === version);
  return i >= 0 ? RELEASES[i + 1] : undefined;
}

/**
 * Picks the release for a date of service (ISO yyyy-mm-dd). Dates outside every carried release
 * get the nearest one, with coversDate false and a message that says so plainly.
 */
export function releaseForDate(dateOfService: string): { release: ReleaseDescriptor; coversDate: boolean; message: string } {
  const choice = chooseReleaseForDate(dateOfService);
  return { ...choice, release: descriptor(choice.release) };
}
