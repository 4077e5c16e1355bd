import type { ChiroVisit, RegionRow } from './chiro-types';
import { monthsBetween } from './read-dates';

type Dated = { date?: string; readings?: string[] };
type Order = 0 | 1;
/** A date as read in one order of day and month (0 month-first, 1 day-first); a date with one reading is that reading. */
const readingIn = (d: Dated, order: Order): string => d.readings?.[order] ?? d.date ?? '';
/** Every reading of a date, month-first first, joined for a message. */
const allReadings = (d: Dated): string => (d.readings ?? [d.date ?? '']).join(' or ');
const inWindow = (xray: string, start: string): boolean => {
  const months = monthsBetween(xray, start);
  return months <= 12 && months >= -3;
};

/**
 * Whether an X-ray falls 12 months before to 3 months after the start of treatment (BPM §240.1.2).
 * A note writes its numeric dates in one order, month-first or day-first; when a date could be
 * either ("03/10/2025") the window is judged in both orders. The answer stands when both give it;
 * otherwise the X-ray is not taken as proof and the reason says that the order decides it (the
 * order is never guessed).
 */
export function xrayInWindow(visit: ChiroVisit, row: RegionRow): { ok: boolean; why?: string; whyId?: string; whyParams?: Record<string, string> } {
  const films = visit.xrays.filter((x) => x.regions.length === 0 || x.regions.includes(row.region));
  if (films.length === 0) return { ok: false };
  const startDate = visit.initialTreatment ?? visit.visitDate;
  const dated = films.filter((x) => x.date);
  if (dated.length === 0) return { ok: false, why: 'an X-ray is mentioned without its date', whyId: 'part_xray_undated' };
  if (!startDate) return { ok: false, why: 'an X-ray is dated but the start of treatment is not', whyId: 'part_xray_no_start' };
  const inOrder = (order: Order) => dated.find((x) => inWindow(readingIn(x, order), readingIn(startDate, order)));
  // A date whose digits prove its order ("10/15/2026") settles how the note writes the others.
  const known = visit.dateOrder;
  if (known !== undefined && inOrder(known)) return { ok: true };
  const [monthFirst, dayFirst] = known === undefined ? [inOrder(0), inOrder(1)] : [undefined, undefined];
  if (monthFirst && dayFirst) return { ok: true };
  const start = allReadings(startDate);
  const undecided = monthFirst ?? dayFirst;
  if (undecided) {
    const xrayDate = allReadings(undecided);
    return {
      ok: false,
      why: `the X-ray (${xrayDate}) is within 12 months before to 3 months after the start of treatment (${start}) in one reading of day and month but not in the other; write the dates as yyyy-mm-dd`,
      whyId: 'part_xray_date_ambiguous',
      whyParams: { xray_date: xrayDate, start_date: start },
    };
  }
  // Outside in both orders (or in the visit's own): an ambiguous date shows both readings, as it could be either.
  const xrayDate = allReadings(dated[0] ?? {});
  return {
    ok: false,
    why: `the X-ray (${xrayDate}) is outside 12 months before to 3 months after the start of treatment (${start})`,
    whyId: 'part_xray_outside_window',
    whyParams: { xray_date: xrayDate, start_date: start },
  };
}

/** Two of P, A, R, T with one of them A or R (BPM §240.1.2). */
export function partMet(row: RegionRow): boolean {
  const count = (['P', 'A', 'R', 'T'] as const).filter((l) => row.part[l]).length;
  return count >= 2 && (row.part.A || row.part.R);
}
