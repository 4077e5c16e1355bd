/**
 * The single place the release of a visit is chosen, over the carried releases' validity windows
 * only (plain data, no loaders), so the service worker can use it without pulling any catalog in.
 */
import type { ReleaseStamp } from '../core/types';
import { RELEASE_WINDOWS } from './data/release-windows.generated';

/** A release's validity window and, when its notes are not its own, the words that say so. */
export type ReleaseWindow = { version: string; effectiveFrom: string; effectiveTo: string; caveat?: string };

export type ReleaseChoice = {
  release: ReleaseWindow;
  /** True when the release's effective dates include the date asked about. */
  coversDate: boolean;
  /** Plain words for the UI, e.g. why a date of service is outside the loaded release. */
  message: string;
  /** `message` as a catalogue template and its placeholders, when the date is not covered (ReleaseStamp.messageId). */
  messageId?: string;
  params?: Record<string, string>;
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function latestWindow(windows: readonly ReleaseWindow[] = RELEASE_WINDOWS): ReleaseWindow {
  const last = windows.at(-1);
  if (!last) throw new Error('no ICD-10-CM release is built in');
  return last;
}

export function findWindow(version: string, windows: readonly ReleaseWindow[] = RELEASE_WINDOWS): ReleaseWindow | undefined {
  return windows.find((r) => r.version.toUpperCase() === version.trim().toUpperCase());
}

/**
 * Picks the release for a date of service (ISO yyyy-mm-dd). Dates outside every carried release
 * get the nearest one, with coversDate false and a message that says so plainly.
 */
export function releaseForDate(dateOfService: string, windows: readonly ReleaseWindow[] = RELEASE_WINDOWS): ReleaseChoice {
  if (!ISO_DATE.test(dateOfService)) throw new Error(`date of service must be yyyy-mm-dd, got "${dateOfService}"`);
  const exact = windows.find((r) => r.effectiveFrom <= dateOfService && dateOfService <= r.effectiveTo);
  if (exact) {
    return { release: exact, coversDate: true, message: `ICD-10-CM ${exact.version} (effective ${exact.effectiveFrom} to ${exact.effectiveTo}) applies to ${dateOfService}.` };
  }
  const first = windows[0] ?? latestWindow(windows);
  const release = dateOfService < first.effectiveFrom ? first : latestWindow(windows);
  const later = dateOfService > release.effectiveTo;
  return {
    release,
    coversDate: false,
    messageId: later ? 'release_after_newest' : 'release_not_covered',
    params: { service_date: dateOfService, version: release.version, from_date: release.effectiveFrom, to_date: release.effectiveTo },
    message: later
      ? `${dateOfService} falls after ICD-10-CM ${release.version} (effective to ${release.effectiveTo}), the newest release ChartLint ships; the release in effect then is not loaded in ChartLint, so codes are checked against ${release.version} and may be out of date.`
      : `${dateOfService} falls before ICD-10-CM ${release.version} (effective from ${release.effectiveFrom}), the oldest release ChartLint ships; that older release is not loaded in ChartLint, so codes are not checked against a code set.`,
  };
}

/** What a surface knows when it needs a release: the setting (or policy), and the dates it has. */
export type ReleaseRequest = {
  /** The `release` setting: 'latest' (by date of service) or a carried version pinned by the user or by policy. */
  setting?: string;
  /** True when an administrator set `setting` by policy. */
  pinnedByPolicy?: boolean;
  /** The date of service read from the page (ISO). */
  pageDate?: string;
  /** The date the user set in the panel, or `--date` / `"date"` in the CLI (ISO). */
  userDate?: string;
  /** Today (ISO), used when neither the page nor the user gives a date. */
  today: string;
};

export type ReleaseDecision = ReleaseStamp & {
  /** The release to load; undefined when the date is before every release carried (no code-set checks). */
  release: ReleaseWindow | undefined;
  dateOfService: string;
  dateSource: 'page' | 'user' | 'today';
};

/**
 * The single place the release of a visit is chosen. The date of service is the one the user set
 * (the panel, the CLI's --date), else the page's, else today. A pinned release (setting or policy) wins and says so when it does not cover
 * that date; otherwise the release in force on the date. A date after the newest release shipped
 * uses the newest and says plainly that it has expired (no silent expiry); a date before every
 * release carried gets no code-set checks and a message, not a guess.
 */
export function chooseRelease(request: ReleaseRequest, windows: readonly ReleaseWindow[] = RELEASE_WINDOWS): ReleaseDecision {
  // The user's date wins: it is set for this page, after seeing what the page shows (stop 52).
  const [dateOfService, dateSource] = request.userDate
    ? [request.userDate, 'user' as const]
    : request.pageDate
      ? [request.pageDate, 'page' as const]
      : [request.today, 'today' as const];
  const setting = request.setting?.trim();
  const pinned = setting && setting.toLowerCase() !== 'latest' ? findWindow(setting, windows) : undefined;
  if (pinned) {
    const covers = pinned.effectiveFrom <= dateOfService && dateOfService <= pinned.effectiveTo;
    const by = request.pinnedByPolicy ? 'your administrator' : 'your settings';
    return {
      release: pinned,
      version: pinned.version,
      effectiveFrom: pinned.effectiveFrom,
      effectiveTo: pinned.effectiveTo,
      dateOfService,
      dateSource,
      status: 'pinned',
      message: `ICD-10-CM ${pinned.version} is pinned by ${by}${covers ? '' : `; it is not the release in force on ${dateOfService} (${pinned.version} runs ${pinned.effectiveFrom} to ${pinned.effectiveTo})`}.`,
      messageId: covers ? 'release_pinned' : 'release_pinned_not_in_force',
      params: { version: pinned.version, by_term: request.pinnedByPolicy ? 'pinned_by_policy' : 'pinned_by_settings', service_date: dateOfService, from_date: pinned.effectiveFrom, to_date: pinned.effectiveTo },
    };
  }
  const choice = releaseForDate(dateOfService, windows);
  const r = choice.release;
  const base = { version: r.version, effectiveFrom: r.effectiveFrom, effectiveTo: r.effectiveTo, dateOfService, dateSource };
  if (choice.coversDate) return { ...base, release: r, status: 'in-force' };
  if (dateOfService > r.effectiveTo) {
    return {
      ...base,
      release: r,
      status: 'expired',
      message: `The newest code set ChartLint ships, ICD-10-CM ${r.version}, ended on ${r.effectiveTo}, before the date of service ${dateOfService}. Codes are checked against ${r.version}; update ChartLint for the release in force.`,
      messageId: 'release_expired',
      params: { version: r.version, to_date: r.effectiveTo, service_date: dateOfService },
    };
  }
  return { ...base, release: undefined, status: 'not-covered', message: choice.message, ...(choice.messageId ? { messageId: choice.messageId, params: choice.params ?? {} } : {}) };
}

/** The words the UI shows for a release: "ICD-10-CM FY2026 (effective 2025-10-01 to 2026-09-30)". */
export function releaseLabel(release: { version: string; effectiveFrom: string; effectiveTo: string }): string {
  return `ICD-10-CM ${release.version} (effective ${release.effectiveFrom} to ${release.effectiveTo})`;
}

/** Today's date as the user's calendar reads it (ISO), the fallback date of service. */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
