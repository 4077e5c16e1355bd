/**
 * ChartLint's settings: what a user keeps in storage.sync, what an administrator sets through
 * storage.managed (public/managed-schema.json), and how the two merge. Managed values win and are
 * locked; user values fill in the rest; defaults fill in what neither says. Pure: no browser API,
 * so the merge is tested in Node. Settings never hold page text: only origins, CSS selectors,
 * rule choices and display choices.
 */
// The ids and severities from their own small modules, not the core's index: the extension pages
// read settings, and the index would bring every rule and its data into their first load.
import { RULE_IDS_IN_ORDER as RULE_IDS } from '../core/rules/rule-ids';
import { SEVERITIES } from '../core/severity';
import type { RuleId, Severity } from '../core/types';
import type { PayerId } from '../core/chiro/chiro-types';
import { parsePayer } from '../core/chiro/detect-payer';
import type { CareSetting } from '../core/types';
import { isCareSetting } from '../core/care-setting/counts-as-documented';

/** `interruptive`: the badge opens its findings on its own; `quiet`: a badge only, opened on click. */
export type Mode = 'interruptive' | 'quiet';

/** A rule's choice: off, or on with its own severity or the rule's default ('default'). */
export type RuleSetting = { enabled: boolean; severity: Severity | 'default' };

/**
 * How a pinned element is read. `field`: its value or text, as discovery reads any field (the
 * default); `chips`: each child item (chip, tag, pill, list item) is one entry, one code or title
 * per item; `rows`: each table row is one entry, each of its cells a code or title on its own.
 */
export type ReadingMode = 'field' | 'chips' | 'rows';
export const READING_MODES: readonly ReadingMode[] = ['field', 'chips', 'rows'];

/**
 * CSS selectors that name a site's diagnosis field(s) and note(s) when discovery guesses wrong,
 * and how to read the ones that are not plain fields (`reading`: selector → mode; a selector not
 * listed is read as a `field`; present only when some selector has another mode).
 */
export type PinnedSelectors = { diagnosis: string[]; note: string[]; reading?: Record<string, ReadingMode> };

export type Settings = {
  /** Origins ("https://ehr.example.com") where the content script runs beyond the built-in demo hosts. */
  enabledSites: string[];
  /** Pinned selectors per origin. */
  selectors: Record<string, PinnedSelectors>;
  rules: Record<RuleId, RuleSetting>;
  mode: Mode;
  /** The ICD-10-CM release shown: 'latest' or a carried version such as "FY2026". */
  release: string;
  /**
   * Pairs of origins whose frames may be checked together (an EHR that shows the note from one
   * origin and the diagnosis from another). Without a pair, frames of different origins are
   * analysed apart, so one site's note never explains another site's code.
   */
  pairedOrigins: [string, string][];
  /** The payer assumed per origin when the page itself names none (chiropractic payer rules). */
  payers?: Record<string, PayerId>;
  /**
   * The care setting the analysis applies (core AnalyzeInput.setting): inpatient, an uncertain
   * diagnosis counts as documented (Official Guidelines II.H). Present only when someone set it;
   * absent is outpatient (careSettingOf).
   */
  careSetting?: CareSetting;
};

/** What storage.sync (user) or storage.managed (admin) may hold: any subset, any depth. */
export type PartialSettings = {
  enabledSites?: string[];
  selectors?: Record<string, Partial<PinnedSelectors>>;
  rules?: Partial<Record<RuleId, Partial<RuleSetting>>>;
  mode?: Mode;
  release?: string;
  pairedOrigins?: [string, string][];
  payers?: Record<string, PayerId>;
  careSetting?: CareSetting;
};

/** Which values the administrator set; the UI shows these as locked and refuses to change them. */
export type Locks = {
  mode: boolean;
  release: boolean;
  /** Managed sites: always enabled, cannot be removed by the user. */
  enabledSites: string[];
  selectors: string[];
  rules: RuleId[];
  /** Origins whose payer the administrator set (present only when there are some). */
  payers?: string[];
  /** Site pairs the administrator set (present only when there are some): shown, not removable. */
  pairedOrigins?: [string, string][];
  /** True when the administrator set the care setting (present only then). */
  careSetting?: boolean;
};

export type EffectiveSettings = Settings & { locks: Locks };

export { SEVERITIES };
export const MODES: readonly Mode[] = ['quiet', 'interruptive'];

/** The settings a fresh install has: no extra sites, every rule on at its own severity, quiet. */
export function defaultSettings(): Settings {
  const rules = {} as Record<RuleId, RuleSetting>;
  for (const id of RULE_IDS) rules[id] = { enabled: true, severity: 'default' };
  return { enabledSites: [], selectors: {}, rules, mode: 'quiet', release: 'latest', pairedOrigins: [] };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const MAX_SELECTOR = 500;
const MAX_LIST = 50;

/**
 * Normalises an origin the way permissions and match patterns need it: scheme + host (+ port),
 * http or https only. Returns undefined for anything else (file:, chrome:, garbage).
 *
 * @example toOrigin('https://ehr.example.com/chart/1?x=2') === 'https://ehr.example.com'
 */
export function toOrigin(url: string): string | undefined {
  try {
    const parsed = new URL(url.trim());
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
    return parsed.origin;
  } catch {
    return undefined;
  }
}

/**
 * The match pattern for an origin. Match patterns have no port, so a pattern covers every port of
 * the host; that is what permissions.request and registerContentScripts accept.
 *
 * @example originPattern('http://ehr.test:8080') === 'http://ehr.test/*'
 */
export function originPattern(origin: string): string {
  const url = new URL(origin);
  return `${url.protocol}//${url.hostname}/*`;
}

function cleanStrings(v: unknown, max: number): string[] | undefined {
  if (!Array.isArray(v)) return undefined;
  return v.filter((s): s is string => typeof s === 'string' && s.trim() !== '' && s.length <= max).map((s) => s.trim()).slice(0, MAX_LIST);
}

/** Selector → reading mode, from untrusted storage: known modes only, `field` (the default) left out. */
function cleanReading(v: unknown): Record<string, ReadingMode> | undefined {
  if (!isObject(v)) return undefined;
  const out: Record<string, ReadingMode> = {};
  for (const [selector, mode] of Object.entries(v).slice(0, MAX_LIST)) {
    const key = selector.trim();
    if (!key || key.length > MAX_SELECTOR) continue;
    if (mode === 'chips' || mode === 'rows') out[key] = mode;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/**
 * Keeps only well-formed values from untrusted storage (an old version, a typo in a policy file):
 * unknown keys, wrong types, unknown rule ids and non-http origins are dropped, never thrown on.
 */
export function sanitizeSettings(raw: unknown): PartialSettings {
  if (!isObject(raw)) return {};
  const out: PartialSettings = {};
  const sites = cleanStrings(raw.enabledSites, 2048);
  if (sites) out.enabledSites = [...new Set(sites.map(toOrigin).filter((o): o is string => o !== undefined))];
  if (isObject(raw.selectors)) {
    const selectors: Record<string, Partial<PinnedSelectors>> = {};
    for (const [site, value] of Object.entries(raw.selectors)) {
      const origin = toOrigin(site);
      if (!origin || !isObject(value)) continue;
      const entry: Partial<PinnedSelectors> = {};
      const diagnosis = cleanStrings(value.diagnosis, MAX_SELECTOR);
      const note = cleanStrings(value.note, MAX_SELECTOR);
      if (diagnosis) entry.diagnosis = diagnosis;
      if (note) entry.note = note;
      const reading = cleanReading(value.reading);
      if (reading) entry.reading = reading;
      selectors[origin] = entry;
    }
    out.selectors = selectors;
  }
  if (isObject(raw.rules)) {
    const rules: Partial<Record<RuleId, Partial<RuleSetting>>> = {};
    for (const id of RULE_IDS) {
      const value = raw.rules[id];
      if (!isObject(value)) continue;
      const rule: Partial<RuleSetting> = {};
      if (typeof value.enabled === 'boolean') rule.enabled = value.enabled;
      const severity = value.severity;
      if (severity === 'default' || SEVERITIES.includes(severity as Severity)) rule.severity = severity as RuleSetting['severity'];
      rules[id] = rule;
    }
    out.rules = rules;
  }
  if (Array.isArray(raw.pairedOrigins)) {
    const pairs = raw.pairedOrigins
      .filter((p): p is unknown[] => Array.isArray(p) && p.length === 2)
      .map((p) => p.map((o) => (typeof o === 'string' && o.length <= 2048 ? toOrigin(o) : undefined)))
      .filter((p): p is [string, string] => p[0] !== undefined && p[1] !== undefined && p[0] !== p[1])
      .slice(0, MAX_LIST);
    out.pairedOrigins = pairs;
  }
  if (raw.mode === 'quiet' || raw.mode === 'interruptive') out.mode = raw.mode;
  if (isCareSetting(raw.careSetting)) out.careSetting = raw.careSetting;
  if (typeof raw.release === 'string' && raw.release.length <= 40) out.release = raw.release;
  if (isObject(raw.payers)) {
    const payers: Record<string, PayerId> = {};
    for (const [site, value] of Object.entries(raw.payers)) {
      const origin = toOrigin(site);
      const payer = typeof value === 'string' ? parsePayer(value) : undefined;
      if (origin && payer) payers[origin] = payer;
    }
    out.payers = payers;
  }
  return out;
}

/**
 * Merges defaults, the user's settings and the administrator's: managed wins over user, and every
 * value the administrator set is reported in `locks`. Sites are the union of both lists.
 *
 * @example mergeSettings({mode: 'quiet'}, {mode: 'interruptive'}).locks.mode === true
 */
export function mergeSettings(user: unknown, managed: unknown): EffectiveSettings {
  const u = sanitizeSettings(user);
  const m = sanitizeSettings(managed);
  const base = defaultSettings();

  const managedSites = m.enabledSites ?? [];
  const enabledSites = [...new Set([...managedSites, ...(u.enabledSites ?? [])])];

  const selectors: Record<string, PinnedSelectors> = {};
  for (const [origin, value] of Object.entries(u.selectors ?? {})) {
    selectors[origin] = { diagnosis: value.diagnosis ?? [], note: value.note ?? [] };
    if (value.reading) selectors[origin].reading = value.reading;
  }
  const lockedSelectors: string[] = [];
  for (const [origin, value] of Object.entries(m.selectors ?? {})) {
    const user = selectors[origin];
    selectors[origin] = { diagnosis: value.diagnosis ?? user?.diagnosis ?? [], note: value.note ?? user?.note ?? [] };
    const reading = value.reading ?? user?.reading;
    if (reading) selectors[origin].reading = reading;
    lockedSelectors.push(origin);
  }

  const lockedRules: RuleId[] = [];
  for (const id of RULE_IDS) {
    const fromUser = u.rules?.[id];
    const fromAdmin = m.rules?.[id];
    base.rules[id] = { ...base.rules[id], ...fromUser, ...fromAdmin };
    if (fromAdmin && Object.keys(fromAdmin).length > 0) lockedRules.push(id);
  }

  const merged: EffectiveSettings = {
    enabledSites,
    selectors,
    rules: base.rules,
    mode: m.mode ?? u.mode ?? base.mode,
    release: m.release ?? u.release ?? base.release,
    // An administrator's pairs and the user's both hold: pairing only widens what is compared.
    // A pair both set is listed once, as the administrator's.
    pairedOrigins: [...(m.pairedOrigins ?? []), ...(u.pairedOrigins ?? []).filter((pair) => !(m.pairedOrigins ?? []).some((admin) => samePair(admin, pair)))],
    locks: {
      mode: m.mode !== undefined,
      release: m.release !== undefined,
      enabledSites: managedSites,
      selectors: lockedSelectors,
      rules: lockedRules,
    },
  };
  // Per-site payers: the administrator's win and are locked; only present when someone set one.
  if (u.payers || m.payers) merged.payers = { ...u.payers, ...m.payers };
  const lockedPayers = Object.keys(m.payers ?? {});
  if (lockedPayers.length > 0) merged.locks.payers = lockedPayers;
  if (m.pairedOrigins && m.pairedOrigins.length > 0) merged.locks.pairedOrigins = m.pairedOrigins;
  // The care setting: the administrator's wins and is locked; only present when someone set one.
  const careSetting = m.careSetting ?? u.careSetting;
  if (careSetting) merged.careSetting = careSetting;
  if (m.careSetting) merged.locks.careSetting = true;
  return merged;
}

/** Whether two site pairs name the same two sites, in either order. */
export function samePair([a, b]: readonly [string, string], [x, y]: readonly [string, string]): boolean {
  return (a === x && b === y) || (a === y && b === x);
}

/** The payer setting for the page at `url`, if any (a coverage line on the page still wins over it). */
export function payerFor(settings: Pick<Settings, 'payers'>, url: string): PayerId | undefined {
  const origin = toOrigin(url);
  return origin ? settings.payers?.[origin] : undefined;
}

/** The care setting every analysis applies: the one set, else outpatient (the guidelines' default reading, IV.H). */
export function careSettingOf(settings: Pick<Settings, 'careSetting'>): CareSetting {
  return settings.careSetting ?? 'outpatient';
}

/** What one page's content script needs: its pinned selectors and the display mode. */
export type PageSettings = { selectors: PinnedSelectors; mode: Mode };

/** The settings for the page at `url` (selectors are per origin). */
export function pageSettings(settings: Settings, url: string): PageSettings {
  const origin = toOrigin(url);
  const pinned = origin ? settings.selectors[origin] : undefined;
  return { selectors: pinned ?? { diagnosis: [], note: [] }, mode: settings.mode };
}
