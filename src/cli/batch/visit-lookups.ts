import type { CodeLookup, ReleaseStamp } from '../../core';
import { chooseRelease } from '../../kb';

/** What the CLI was told for every note of a run: `--date`, `--release`, and today's date (fixed once per run). */
export type VisitDefaults = { date?: string; release?: string; today: string };

export type VisitChoice = { lookup: CodeLookup | undefined; stamp: ReleaseStamp };

/** Release lookups kept at once: a batch of notes over a release boundary alternates between two. */
const KEPT = 2;
/** Dates of service whose release choice is remembered (a batch spread over many dates just chooses again). */
const CHOICES_KEPT = 256;

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
  // Most batches carry a handful of dates: choose once per date, not once per note (the stamp is only read).
  const chosen = new Map<string | undefined, { version: string | undefined; stamp: ReleaseStamp }>();
  const choose = (lineDate: string | undefined) => {
    let choice = chosen.get(lineDate);
    if (!choice) {
      const date = lineDate ?? defaults.date;
      const { release, ...stamp } = chooseRelease({
        ...(defaults.release ? { setting: defaults.release } : {}),
        ...(date ? { userDate: date } : {}),
        today: defaults.today,
      });
      if (chosen.size >= CHOICES_KEPT) chosen.clear();
      choice = { version: release?.version, stamp };
      chosen.set(lineDate, choice);
    }
    return choice;
  };
  return async (lineDate) => {
    const { version, stamp } = choose(lineDate);
    return { lookup: version ? await lookupOf(version) : undefined, stamp };
  };
}
