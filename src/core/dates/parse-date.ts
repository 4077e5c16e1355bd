/**
 * Reads one calendar date as EHRs print it, in the common formats and a few locales, and refuses
 * what cannot be read for certain. Pure. A date of service decides which ICD-10-CM release a code
 * is checked against, so a wrong guess is worse than no date: "03/04/2026" is refused unless the
 * page's locale says which number is the month.
 *
 * Accepted: 2026-11-03, 2026/11/03, 20261103 (ISO-like, always year-month-day); 11/03/2026,
 * 03.11.2026, 3-11-2026 (numeric: read when only one reading is a real date, or when the locale
 * fixes the order; dots are day-first as everywhere they are used); "Nov 3, 2026", "November 3rd
 * 2026", "3 November 2026", "03-Nov-2026", "3. November 2026", "3 de noviembre de 2026",
 * "3 novembre 2026" (month names in English, German, French, Spanish); two-digit years as 20yy.
 * A weekday may stand before the date or after it in brackets, as date pickers and banners print
 * it ("Tue, Sep 29, 2026", "Tuesday, September 29, 2026", "martes, 29 de septiembre de 2026",
 * "Tue 9/29/2026", "09/29/2026 (Tue)", QA stop 53 M1): it must be the date's own weekday (a date
 * whose weekday is not is refused), and it settles a numeric date that reads two ways when only
 * one reading falls on it.
 */

export type DateOrder = 'mdy' | 'dmy';
export type ParsedDate =
  | { ok: true; iso: string }
  | { ok: false; reason: 'ambiguous'; message: string; /** Both real readings, month-first first. */ readings: [string, string] }
  | { ok: false; reason: 'invalid' | 'not-a-date'; message: string };

const MONTHS: Record<string, number> = {};
const NAMES: [number, string[]][] = [
  [1, ['january', 'jan', 'januar', 'jänner', 'janvier', 'janv', 'enero', 'ene']],
  [2, ['february', 'feb', 'februar', 'février', 'fevrier', 'févr', 'fevr', 'febrero']],
  [3, ['march', 'mar', 'märz', 'maerz', 'mars', 'marzo']],
  [4, ['april', 'apr', 'avril', 'avr', 'abril', 'abr']],
  [5, ['may', 'mai', 'mayo']],
  [6, ['june', 'jun', 'juni', 'juin', 'junio']],
  [7, ['july', 'jul', 'juli', 'juillet', 'juil', 'julio']],
  [8, ['august', 'aug', 'août', 'aout', 'agosto', 'ago']],
  [9, ['september', 'sep', 'sept', 'septembre', 'septiembre', 'setiembre']],
  [10, ['october', 'oct', 'oktober', 'okt', 'octobre', 'octubre']],
  [11, ['november', 'nov', 'novembre', 'noviembre']],
  [12, ['december', 'dec', 'dezember', 'dez', 'décembre', 'decembre', 'déc', 'diciembre', 'dic']],
];
for (const [n, names] of NAMES) for (const name of names) MONTHS[name] = n;

/** Weekday names (English, Spanish, French, German; 0 = Sunday), full and as pickers shorten them. */
const WEEKDAYS: [number, string[]][] = [
  [0, ['sunday', 'sun', 'domingo', 'dom', 'dimanche', 'dim', 'sonntag']],
  [1, ['monday', 'mon', 'lunes', 'lun', 'lundi', 'montag']],
  [2, ['tuesday', 'tue', 'tues', 'martes', 'mardi', 'dienstag']],
  [3, ['wednesday', 'wed', 'miércoles', 'miercoles', 'mié', 'mie', 'mercredi', 'mer', 'mittwoch']],
  [4, ['thursday', 'thu', 'thur', 'thurs', 'jueves', 'jue', 'jeudi', 'jeu', 'donnerstag']],
  [5, ['friday', 'fri', 'viernes', 'vie', 'vendredi', 'ven', 'freitag']],
  [6, ['saturday', 'sat', 'sábado', 'sabado', 'sáb', 'sab', 'samedi', 'sam', 'samstag', 'sonnabend']],
];
const WEEKDAY: Record<string, number> = {};
for (const [n, names] of WEEKDAYS) for (const name of names) WEEKDAY[name] = n;
const WEEKDAY_NAME = `(?:${Object.keys(WEEKDAY)
  .sort((a, b) => b.length - a.length)
  .join('|')})`;
/**
 * A weekday before a date ("Tue, ", "Tuesday ", "martes, "), as a regular expression's source (no
 * capturing group, case-insensitive use): for readers that find dates in text (find-date-of-service.ts).
 */
export const WEEKDAY_PREFIX = `${WEEKDAY_NAME}\\.?,?\\s+`;
const LEADING_WEEKDAY = new RegExp(`^(${WEEKDAY_NAME})\\.?,?\\s+`, 'i');
const TRAILING_WEEKDAY = new RegExp(`\\s*\\((${WEEKDAY_NAME})\\.?\\)$`, 'i');

/** The numeric order a locale writes dates in: en-US (and a few others) month first, most others day first. */
export function orderForLocale(locale: string | undefined): DateOrder | undefined {
  if (!locale) return undefined;
  const tag = locale.trim().toLowerCase();
  if (!/^[a-z]{2,3}(-[a-z0-9]+)*$/.test(tag)) return undefined;
  if (/^en-(us|ph|ca-us)$/.test(tag) || tag === 'en-us') return 'mdy';
  if (tag === 'en') return undefined; // plain "en" says nothing about the region
  return 'dmy';
}

const pad = (n: number) => String(n).padStart(2, '0');
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const year4 = (y: string) => (y.length === 2 ? 2000 + Number(y) : Number(y));

function build(y: number, m: number, d: number, raw: string): ParsedDate {
  if (y < 1900 || y > 2199 || m < 1 || m > 12 || d < 1 || d > daysIn(y, m)) return { ok: false, reason: 'invalid', message: `"${raw}" is not a real date.` };
  return { ok: true, iso: `${y}-${pad(m)}-${pad(d)}` };
}

const ISO = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const NUMERIC = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})$/;
const WORD = "([a-zà-ÿ]{3,10})\\.?";
const MONTH_FIRST = new RegExp(`^${WORD}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})$`, 'i');
const DAY_FIRST = new RegExp(`^(\\d{1,2})(?:st|nd|rd|th|\\.|er)?(?:\\s+de)?[\\s-]+${WORD}(?:\\s+de)?[\\s,-]+(\\d{4}|\\d{2})$`, 'i');

/** Reads one date; `order` (or `locale`) settles numeric dates such as 03/04/2026. */
export function parseDate(text: string, options: { order?: DateOrder; locale?: string } = {}): ParsedDate {
  const raw = text.trim().replace(/\s+/g, ' ');
  if (!raw || raw.length > 48) return { ok: false, reason: 'not-a-date', message: 'No date was given.' };
  const named = LEADING_WEEKDAY.exec(raw) ?? TRAILING_WEEKDAY.exec(raw);
  if (named) {
    const date = (named.index === 0 ? raw.slice(named[0].length) : raw.slice(0, named.index)).trim();
    const parsed = parseBare(date, options);
    // "Mar 3, 2026" is March, not a Tuesday ("mar", martes): read the whole first.
    const whole = named.index === 0 ? parseBare(raw, options) : undefined;
    if (whole?.ok) return whole;
    return onWeekday(parsed, WEEKDAY[(named[1] ?? '').toLowerCase()] ?? -1, raw);
  }
  return parseBare(raw, options);
}

const weekdayOf = (iso: string) => new Date(`${iso}T00:00:00Z`).getUTCDay();

/** A date read beside a weekday: refused when it is not that weekday's, settled by it when it reads two ways. */
function onWeekday(parsed: ParsedDate, weekday: number, raw: string): ParsedDate {
  if (parsed.ok)
    return weekdayOf(parsed.iso) === weekday
      ? parsed
      : // The same words as any date that is not real (the panel and the release line show them).
        { ok: false, reason: 'invalid', message: `"${raw}" is not a real date.` };
  if (parsed.reason !== 'ambiguous') return parsed;
  const on = parsed.readings.filter((iso) => weekdayOf(iso) === weekday);
  return on.length === 1 ? { ok: true, iso: on[0] as string } : parsed;
}

function parseBare(raw: string, options: { order?: DateOrder; locale?: string }): ParsedDate {
  if (raw.length > 40) return { ok: false, reason: 'not-a-date', message: 'No date was given.' };
  let m = ISO.exec(raw) ?? COMPACT.exec(raw);
  if (m) return build(Number(m[1]), Number(m[2]), Number(m[3]), raw);
  m = NUMERIC.exec(raw);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    const y = year4(m[4] ?? '');
    // Dotted dates are day-first wherever they are written (de, fr-CH, ru, ...).
    const order = m[2] === '.' ? 'dmy' : (options.order ?? orderForLocale(options.locale));
    if (order === 'mdy') return build(y, a, b, raw);
    if (order === 'dmy') return build(y, b, a, raw);
    const mdy = build(y, a, b, raw);
    const dmy = build(y, b, a, raw);
    if (mdy.ok && dmy.ok && mdy.iso !== dmy.iso) {
      return { ok: false, reason: 'ambiguous', message: `"${raw}" could be ${mdy.iso} or ${dmy.iso}; write the date as yyyy-mm-dd or with the month's name.`, readings: [mdy.iso, dmy.iso] };
    }
    return mdy.ok ? mdy : dmy;
  }
  m = MONTH_FIRST.exec(raw);
  if (m) {
    const month = MONTHS[(m[1] ?? '').toLowerCase()];
    if (month) return build(Number(m[3]), month, Number(m[2]), raw);
  }
  m = DAY_FIRST.exec(raw);
  if (m) {
    const month = MONTHS[(m[2] ?? '').toLowerCase()];
    if (month) return build(year4(m[3] ?? ''), month, Number(m[1]), raw);
  }
  return { ok: false, reason: 'not-a-date', message: `"${raw}" is not a date ChartLint can read.` };
}
