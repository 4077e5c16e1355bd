import type { ChiroVisit, RegionRow, XrayFinding } from './chiro-types';
import { EXTRASPINAL_M99_REGIONS, isOsteopathicOnly } from './chiro-helpers';
import { monthsBetween } from './read-dates';

type Dated = { date?: string; readings?: string[] };
type Order = 0 | 1;
/** A date as read in one order of day and month (0 month-first, 1 day-first); a date with one reading is that reading. */
const readingIn = (d: Dated, order: Order): string => d.readings?.[order] ?? d.date ?? '';
/** Every reading of a date, month-first first, joined for a message. */
const allReadings = (d: Dated): string => (d.readings ?? [d.date ?? '']).join(' or ');
/** A film's date for a message: a period written without its day as the note wrote it ("2023", "2023-09"). */
const filmDate = (x: XrayFinding): string =>
  x.until === undefined
    ? allReadings(x)
    : x.until.endsWith('-12-31') && (x.date ?? '').endsWith('-01-01')
      ? (x.date ?? '').slice(0, 4)
      : (x.date ?? '').slice(0, 7);
const inWindow = (xray: string, start: string): boolean => {
  const months = monthsBetween(xray, start);
  return months <= 12 && months >= -3;
};

/**
 * Where a film falls against the window in one order of day and month: inside, outside, or (a film
 * dated by its month or year only, see XrayFinding.until) partly inside. A year is shorter than the
 * 15-month window, so a period with both ends outside it is outside.
 */
function filmIn(x: XrayFinding, start: Dated, order: Order): 'in' | 'out' | 'part' {
  const s = readingIn(start, order);
  const first = inWindow(readingIn(x, order), s);
  if (x.until === undefined) return first ? 'in' : 'out';
  const last = inWindow(x.until, s);
  return first && last ? 'in' : first || last ? 'part' : 'out';
}

/** Which date the window is judged from, and the catalogue sentence that says why. */
type Start = Dated & { span: { text: string }; whyId: string };

/**
 * The start of treatment the X-ray window is judged from (BPM §240.1.2): the date of initial
 * treatment the note gives; without it, the onset it gives (care starts after it); without
 * either, the date of this visit (QA stop 46, F). The finding names which, quoting the note.
 */
export function treatmentStart(visit: ChiroVisit): Start | undefined {
  if (visit.initialTreatment) return { ...visit.initialTreatment, whyId: 'part_xray_start_initial' };
  if (visit.onset) return { ...visit.onset, whyId: 'part_xray_start_onset' };
  if (visit.visitDate) return { ...visit.visitDate, whyId: 'part_xray_start_visit' };
  return undefined;
}

type Window = { ok: boolean; why?: string; whyId?: string; whyParams?: Record<string, string> };

/**
 * Whether an X-ray falls 12 months before to 3 months after the start of treatment (BPM §240.1.2).
 * A note writes its numeric dates in one order, month-first or day-first; when a date could be
 * either ("03/10/2025") the window is judged in both orders. The answer stands when both give it;
 * otherwise the X-ray is not taken as proof and the reason says that the order decides it (the
 * order is never guessed). A film dated by its month or year only is proof when the whole period
 * is inside the window.
 */
export function xrayInWindow(visit: ChiroVisit, row: RegionRow): Window {
  return filmsInWindow(
    visit,
    visit.xrays.filter((x) => x.regions.length === 0 || x.regions.includes(row.region)),
  );
}

/**
 * Whether the note shows this film outside the window in every reading of its dates: what it shows
 * (a listhesis, a rotation) is then no P/A/R/T finding either (QA stop 46, F). An undated film, or
 * one the start of treatment cannot place, is not shown outside.
 */
export function filmOutsideWindow(visit: ChiroVisit, film: XrayFinding): boolean {
  const whyId = filmsInWindow(visit, [film]).whyId;
  return whyId === 'part_xray_outside_window' || whyId === 'part_xray_period_outside_window';
}

function filmsInWindow(visit: ChiroVisit, films: readonly XrayFinding[]): Window {
  if (films.length === 0) return { ok: false };
  const start = treatmentStart(visit);
  const dated = films.filter((x) => x.date);
  if (dated.length === 0)
    return { ok: false, why: 'an X-ray is mentioned without its date', whyId: 'part_xray_undated' };
  if (!start)
    return {
      ok: false,
      why: 'an X-ray is dated but the start of treatment is not',
      whyId: 'part_xray_no_start',
    };
  const inOrder = (order: Order) => dated.find((x) => filmIn(x, start, order) === 'in');
  // A date whose digits prove its order ("10/15/2026") settles how the note writes the others.
  const known = visit.dateOrder;
  if (known !== undefined && inOrder(known)) return { ok: true };
  const [monthFirst, dayFirst] = known === undefined ? [inOrder(0), inOrder(1)] : [undefined, undefined];
  if (monthFirst && dayFirst) return { ok: true };
  const startDate = allReadings(start);
  // A period is no day: the surfaces say a `_date` as a day ("Sep 1, 2023"), so it is an `xray_period`.
  const params = (xrayDate: string, period = false): Record<string, string> =>
    period
      ? {
          xray_period: xrayDate,
          start_date: startDate,
          start_msg: start.whyId,
          start_quotes: start.span.text,
        }
      : { xray_date: xrayDate, start_date: startDate, start_msg: start.whyId, start_quotes: start.span.text };
  const from = startFrom(start);
  const undecided = monthFirst ?? dayFirst;
  if (undecided) {
    const xrayDate = filmDate(undecided);
    return {
      ok: false,
      why: `the X-ray (${xrayDate}) is within 12 months before to 3 months after the start of treatment (${startDate}${from}) in one reading of day and month but not in the other; write the dates as yyyy-mm-dd`,
      whyId: 'part_xray_date_ambiguous',
      whyParams: params(xrayDate),
    };
  }
  const orders: Order[] = known !== undefined ? [known] : [0, 1];
  const partly = dated.find((x) => orders.some((o) => filmIn(x, start, o) === 'part'));
  if (partly) {
    const xrayDate = filmDate(partly);
    return {
      ok: false,
      why: `the X-ray is dated by its month or year only (${xrayDate}), and part of that period is outside 12 months before to 3 months after the start of treatment (${startDate}${from})`,
      whyId: 'part_xray_period_partly_outside',
      whyParams: params(xrayDate, true),
    };
  }
  // Outside in both orders (or in the visit's own): an ambiguous date shows both readings, as it could be either.
  const first = dated[0] as XrayFinding;
  const xrayDate = filmDate(first);
  const period = first.until !== undefined;
  return {
    ok: false,
    why: `the X-ray (${xrayDate}) is outside 12 months before to 3 months after the start of treatment (${startDate}${from})`,
    whyId: period ? 'part_xray_period_outside_window' : 'part_xray_outside_window',
    whyParams: params(xrayDate, period),
  };
}

/** The English of a start_msg sentence: which date the window is judged from, and why. */
function startFrom(start: Start): string {
  const quote = `"${start.span.text}"`;
  if (start.whyId === 'part_xray_start_onset')
    return `, from the onset the note gives, ${quote}, as it gives no start of treatment`;
  if (start.whyId === 'part_xray_start_visit')
    return `, from the date of this visit, ${quote}, as the note gives no start of treatment or onset`;
  return `, as the note gives it: ${quote}`;
}

/** Two of P, A, R, T with one of them A or R (BPM §240.1.2). */
export function partMet(row: RegionRow): boolean {
  const count = (['P', 'A', 'R', 'T'] as const).filter((l) => row.part[l]).length;
  return count >= 2 && (row.part.A || row.part.R);
}

/**
 * Whether a region's lesion is shown as subluxation-documentation asks once its code is entered
 * on a Medicare visit (a warning there; elsewhere an info that Medicare would ask): an X-ray in
 * the window or P.A.R.T. (two findings, one A or R), for a spinal region of a chiropractic visit;
 * an osteopathic visit and an extraspinal region are not held to it. A code is suggested only for
 * a region so shown, so that no run suggests a code it then warns is unshown (blind QA stop 54, M6).
 */
export function shownForCoding(visit: ChiroVisit, row: RegionRow): boolean {
  if (visit.payer.payer !== 'medicare') return true;
  if (isOsteopathicOnly(visit) || EXTRASPINAL_M99_REGIONS.includes(row.region)) return true;
  return xrayInWindow(visit, row).ok || partMet(row);
}
