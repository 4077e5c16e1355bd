import type { CodeLookup, ReleaseStamp } from '../../core';
import { chooseRelease } from '../../kb';

/** What the CLI was told for every note of a run: `--date`, `--release`, and today's date (fixed once per run). */
export type VisitDefaults = { date?: string; release?: string; today: string };

export type VisitChoice = { lookup: CodeLookup | undefined; stamp: ReleaseStamp };

/** Release lookups kept at once: a batch of notes over a release boundary alternates between two. */
const KEPT = 2;

/**
 * The lookup of the release in force on each note's date of service (the line's `"date"`, else
 * `--date`, else today; `--release` pins one), as `lookupForVisit` chooses it. Loaded by release
 * version and kept for at most two releases, so a worker's memory stays flat however the dates mix.
 */
export function visitLookups(defaults: VisitDefaults, load: (version: string) => Promise<CodeLookup>): (lineDate?: string) => Promise<VisitChoice> {
  const kept = new Map<string, Promise<CodeLookup>>();
  const lookupOf = (version: string) => {
    let pending = kept.get(version);
    if (pending) {
      kept.delete(version);
    } else {
      pending = load(version);
      void pending.catch(() => kept.delete(version));
    }
    kept.set(version, pending);
    for (const oldest of kept.keys()) {
      if (kept.size <= KEPT) break;
      kept.delete(oldest);
    }
    return pending;
  };
  return async (lineDate) => {
    const date = lineDate ?? defaults.date;
    const { release, ...stamp } = chooseRelease({
      ...(defaults.release ? { setting: defaults.release } : {}),
      ...(date ? { userDate: date } : {}),
      today: defaults.today,
    });
    return { lookup: release ? await lookupOf(release.version) : undefined, stamp };
  };
}
