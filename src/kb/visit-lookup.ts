/**
 * The code lookup for one visit, for surfaces that run the core outside the service worker (the
 * CLI, the pages): the release is chosen by chooseRelease from the date of service (the user's,
 * else today) and the release setting, then that release's lookup is loaded (memoized per release).
 */
import { parseDate } from '../core/dates/parse-date';
import type { CodeLookup, ReleaseStamp } from '../core/types';
import { chooseRelease, todayIso } from './choose-release';
import { loadReleaseLookup } from './load-catalog';

export type VisitRequest = { date?: string; setting?: string; pinnedByPolicy?: boolean; today?: string };
export type VisitLookup = { lookup: CodeLookup | undefined; stamp: ReleaseStamp };

/** Reads a date of service as a user typed it ("2026-11-03", "Nov 3, 2026"); throws a plain message when it cannot. */
export function readDateOfService(text: string): string {
  const parsed = parseDate(text);
  if (!parsed.ok) throw new Error(`date of service: ${parsed.message}`);
  return parsed.iso;
}

export async function lookupForVisit(request: VisitRequest = {}): Promise<VisitLookup> {
  const decision = chooseRelease({
    ...(request.setting ? { setting: request.setting } : {}),
    ...(request.pinnedByPolicy ? { pinnedByPolicy: true } : {}),
    ...(request.date ? { userDate: readDateOfService(request.date) } : {}),
    today: request.today ?? todayIso(),
  });
  const { release, ...stamp } = decision;
  return { lookup: release ? await loadReleaseLookup(release.version) : undefined, stamp };
}
