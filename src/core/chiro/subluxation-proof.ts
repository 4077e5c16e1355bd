import type { ChiroVisit, RegionRow } from './chiro-types';
import { monthsBetween } from './read-dates';

/** Whether an X-ray falls 12 months before to 3 months after the start of treatment (BPM §240.1.2). */
export function xrayInWindow(visit: ChiroVisit, row: RegionRow): { ok: boolean; why?: string; whyId?: string; whyParams?: Record<string, string> } {
  const films = visit.xrays.filter((x) => x.regions.length === 0 || x.regions.includes(row.region));
  if (films.length === 0) return { ok: false };
  const start = visit.initialTreatment?.date ?? visit.visitDate?.date;
  const dated = films.filter((x) => x.date);
  if (dated.length === 0) return { ok: false, why: 'an X-ray is mentioned without its date', whyId: 'part_xray_undated' };
  if (!start) return { ok: false, why: 'an X-ray is dated but the start of treatment is not', whyId: 'part_xray_no_start' };
  const inWindow = dated.some((x) => {
    const months = monthsBetween(x.date ?? '', start);
    return months <= 12 && months >= -3;
  });
  return inWindow
    ? { ok: true }
    : {
        ok: false,
        why: `the X-ray (${dated[0]?.date}) is outside 12 months before to 3 months after the start of treatment (${start})`,
        whyId: 'part_xray_outside_window',
        whyParams: { xray_date: dated[0]?.date ?? '', start_date: start },
      };
}

/** Two of P, A, R, T with one of them A or R (BPM §240.1.2). */
export function partMet(row: RegionRow): boolean {
  const count = (['P', 'A', 'R', 'T'] as const).filter((l) => row.part[l]).length;
  return count >= 2 && (row.part.A || row.part.R);
}
