import { parseDate } from '../dates/parse-date';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** A month's name or its abbreviation ("Sept", "Feb.", "March"), as the date pattern below reads it. */
const MONTH_NAME = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?`;

/** A date as notes write it: 03/12/2026, 3-12-26, 2026-03-12, March 12, 2026, 12 Mar 2026, Sept 2023, February of 2004, 09/2023. */
const DATE_FORMS = [
  String.raw`\d{1,2}[/-]\d{1,2}[/-]\d{2,4}`,
  String.raw`\d{4}-\d{2}-\d{2}`,
  String.raw`${MONTH_NAME}\s+\d{1,2},?\s+\d{4}`,
  String.raw`\d{1,2}\s+${MONTH_NAME}\s+\d{4}`,
  String.raw`${MONTH_NAME}\s+(?:of\s+)?\d{4}`,
  String.raw`\d{1,2}\/\d{4}`,
];
export const DATE_PATTERN = `(?:${DATE_FORMS.join('|')})`;

const pad = (n: number) => String(n).padStart(2, '0');
/** A slashed or dashed numeric date (3/12/26, 03-12-2026): month-first or day-first. */
const NUMERIC = /^\d{1,2}[/-]\d{1,2}[/-]\d{2,4}$/;
const year4 = (y: number) => (y < 100 ? 2000 + y : y);

/**
 * A written date as yyyy-mm-dd (US month-first order for slashed dates; a month and year alone
 * gives the first of the month). Undefined for impossible dates.
 *
 * @example isoDate('3/12/26') === '2026-03-12'
 */
export function isoDate(raw: string): string | undefined {
  const s = raw.trim().toLowerCase();
  let y: number;
  let mo: number;
  let d: number;
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (m) [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else if ((m = /^(\d{1,2})[/-](\d{1,2})[/-](\d{2,4})$/.exec(s)))
    [mo, d, y] = [Number(m[1]), Number(m[2]), year4(Number(m[3]))];
  else if ((m = /^(\d{1,2})\/(\d{4})$/.exec(s))) [mo, d, y] = [Number(m[1]), 1, Number(m[2])];
  else if ((m = /^([a-z]{3})[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})$/.exec(s)))
    [mo, d, y] = [MONTHS.indexOf(m[1] ?? '') + 1, Number(m[2]), Number(m[3])];
  else if ((m = /^(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{4})$/.exec(s)))
    [d, mo, y] = [Number(m[1]), MONTHS.indexOf(m[2] ?? '') + 1, Number(m[3])];
  else if ((m = /^([a-z]{3})[a-z]*\.?\s+(?:of\s+)?(\d{4})$/.exec(s)))
    [mo, d, y] = [MONTHS.indexOf(m[1] ?? '') + 1, 1, Number(m[2])];
  else return undefined;
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
  return `${y}-${pad(mo)}-${pad(d)}`;
}

/**
 * Every reading of a written date as yyyy-mm-dd: a numeric date whose two numbers could each be the
 * month ("03/10/2026") has two, month-first first, and neither is chosen here; one whose first
 * number is over 12 is day-first ("23/11/2026"); other forms have the one isoDate reads. Numeric
 * dates are read by parseDate, the date-of-service reader, so both weigh day and month alike.
 *
 * @example dateReadings('03/10/2026') // ['2026-03-10', '2026-10-03']
 */
export function dateReadings(raw: string): string[] {
  if (!NUMERIC.test(raw.trim())) {
    const one = isoDate(raw);
    return one ? [one] : [];
  }
  const parsed = parseDate(raw);
  if (parsed.ok) return [parsed.iso];
  return parsed.reason === 'ambiguous' ? [...parsed.readings] : [];
}

/**
 * The order of day and month a numeric date's own digits prove: 0 month-first ("10/15/2026": no
 * 15th month), 1 day-first ("15/10/2026"), undefined when either could be the month, or the date
 * is not numeric. A note writes all its dates one way, so one such date settles the others.
 *
 * @example numericOrder('10/15/2026') === 0
 */
export function numericOrder(raw: string): 0 | 1 | undefined {
  const m = /^(\d{1,2})[/-](\d{1,2})[/-]\d{2,4}$/.exec(raw.trim());
  if (!m) return undefined;
  const a = Number(m[1]);
  const b = Number(m[2]);
  if (a >= 1 && a <= 12 && b > 12 && b <= 31) return 0;
  if (b >= 1 && b <= 12 && a > 12 && a <= 31) return 1;
  return undefined;
}

/**
 * The last day of the period a date written without its day names: a month and year ("10/2025",
 * "Sept 2023") or a year alone ("2023"). Undefined for a date with its day: isoDate and
 * dateReadings give such a period's first day, and the X-ray window weighs both ends.
 *
 * @example periodEnd('Sept 2023') === '2023-09-30'
 */
export function periodEnd(raw: string): string | undefined {
  const s = raw.trim().toLowerCase();
  let m = /^(?:19|20)\d{2}$/.exec(s);
  if (m) return `${s}-12-31`;
  let y: number;
  let mo: number;
  if ((m = /^(\d{1,2})\/(\d{4})$/.exec(s))) [mo, y] = [Number(m[1]), Number(m[2])];
  else if ((m = /^([a-z]{3})[a-z]*\.?\s+(?:of\s+)?(\d{4})$/.exec(s)))
    [mo, y] = [MONTHS.indexOf(m[1] ?? '') + 1, Number(m[2])];
  else return undefined;
  if (mo < 1 || mo > 12) return undefined;
  // Day 0 of the next month is this month's last day.
  const last = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return `${y}-${pad(mo)}-${pad(last)}`;
}

/** Whole months from `a` to `b` (negative when b is earlier), counting a partial month as a fraction by days. */
export function monthsBetween(a: string, b: string): number {
  const [ay, am, ad] = a.split('-').map(Number) as [number, number, number];
  const [by, bm, bd] = b.split('-').map(Number) as [number, number, number];
  return (by - ay) * 12 + (bm - am) + (bd - ad) / 31;
}
