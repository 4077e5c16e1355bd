import { describe, expect, it } from 'vitest';
import { findDateOrder } from './find-findings';
import { readVisit } from './read-visit';
import { dateReadings, numericOrder } from './read-dates';
import { xrayInWindow } from './subluxation-proof';

const windowOf = (note: string) => {
  const { visit } = readVisit({ fields: [{ id: 'n', kind: 'note', text: note }], codes: [] });
  const row = visit.regions.find((r) => r.region === 'cervical');
  if (!row) throw new Error('no cervical row');
  return xrayInWindow(visit, row);
};

// A numeric date whose day and month could be either is never read one way silently.
describe('the order of day and month in a chiropractic note', () => {
  it('gives both readings of a numeric date that could be either, and one otherwise', () => {
    expect(dateReadings('03/10/2026')).toEqual(['2026-03-10', '2026-10-03']);
    expect(dateReadings('3-10-26')).toEqual(['2026-03-10', '2026-10-03']);
    expect(dateReadings('23/11/2025')).toEqual(['2025-11-23']);
    expect(dateReadings('11/11/2026')).toEqual(['2026-11-11']);
    expect(dateReadings('2026-03-10')).toEqual(['2026-03-10']);
    expect(dateReadings('Oct 3, 2026')).toEqual(['2026-10-03']);
    expect(dateReadings('3 Oct 2026')).toEqual(['2026-10-03']);
    // Read as the date-of-service reader reads it: a day the month does not have is no reading.
    expect(dateReadings('02/30/2026')).toEqual([]);
    expect(dateReadings('31/04/2026')).toEqual([]);
    expect(dateReadings('02/29/2024')).toEqual(['2024-02-29']);
  });

  it('judges the X-ray window in every reading, and says so when the readings disagree', () => {
    // In the window whichever number is the month.
    expect(windowOf('Initial treatment date: 2026-03-05. X-rays dated 02/01/2026 show C5 subluxation. Adjusted C5.')).toEqual({ ok: true });
    // 2025-03-01 is in the window, 2025-01-03 is not: not proof, and the reason names both readings.
    expect(windowOf('Initial treatment date: 2026-02-05. X-rays dated 03/01/2025 show C5 subluxation. Adjusted C5.')).toMatchObject({
      ok: false,
      whyId: 'part_xray_date_ambiguous',
      whyParams: { xray_date: '2025-03-01 or 2025-01-03', start_date: '2026-02-05' },
    });
    // The start of treatment may be the ambiguous one.
    expect(windowOf('Initial treatment date: 04/02/2026. X-rays dated 2025-03-20 show C5 subluxation. Adjusted C5.')).toMatchObject({
      ok: false,
      whyId: 'part_xray_date_ambiguous',
      whyParams: { start_date: '2026-04-02 or 2026-02-04' },
    });
  });

  it('names both readings when the X-ray is outside the window in each, and reads a day-first date over 12', () => {
    expect(windowOf('Initial treatment date: 03/02/2026. X-rays dated 01/10/2024 show C5 subluxation. Adjusted C5.')).toMatchObject({
      ok: false,
      whyId: 'part_xray_outside_window',
      whyParams: { xray_date: '2024-01-10 or 2024-10-01', start_date: '2026-03-02 or 2026-02-03' },
    });
    expect(windowOf('Initial treatment date: 2026-01-10. X-rays dated 23/11/2025 show C5 subluxation. Adjusted C5.')).toEqual({ ok: true });
    // A note writes its dates in one order: 2026-06-12 after 2026-01-05, or 2026-12-06 after 2026-05-01, both outside
    // (the mixed pair 2026-06-12 after 2026-05-01 would be inside, and is no reading of the note).
    expect(windowOf('Initial treatment date: 01/05/2026. X-rays dated 06/12/2026 show C5 subluxation. Adjusted C5.')).toMatchObject({
      ok: false,
      whyId: 'part_xray_outside_window',
    });
  });

  // A date whose digits prove its order settles the note's other dates: a US note that writes the
  // visit "12/01/2026" and the film "10/15/2026" means December 1st, not January 12th.
  it('reads every date of the visit in the order one of its dates proves', () => {
    expect(numericOrder('10/15/2026')).toBe(0);
    expect(numericOrder('15/10/2026')).toBe(1);
    expect(numericOrder('10/11/2026')).toBeUndefined();
    expect(numericOrder('2026-10-15')).toBeUndefined();
    const note = (text: string) => ({ id: 'n', kind: 'note' as const, text });
    expect(findDateOrder([note('Seen 2026-10-15 and 10/11/2026.')])).toBeUndefined();
    expect(findDateOrder([note('Seen 10/11/2026.'), note('Film 10/15/2026.')])).toBe(0);
    expect(findDateOrder([note('Seen 13/11/2026.'), note('Film 10/15/2026.')])).toBeUndefined();
    expect(windowOf('Date of service: 12/01/2026. X-rays dated 10/15/2026 show C5 subluxation. Adjusted C5.')).toEqual({ ok: true });
    // Day-first proven by the film (15 October): the start is 1 December, in the window too.
    expect(windowOf('Initial treatment date: 01/12/2026. X-rays dated 15/10/2026 show C5 subluxation. Adjusted C5.')).toEqual({ ok: true });
    // The proven order can rule the film out: month-first, 2026-12-01 is over 3 months after 2026-03-04.
    expect(windowOf('Initial treatment date: 03/04/2026. X-rays dated 12/01/2026 show C5 subluxation. Date of service: 12/15/2026. Adjusted C5.')).toMatchObject({
      ok: false,
      whyId: 'part_xray_outside_window',
    });
    // Dates that prove opposite orders prove nothing: both readings are weighed, as before.
    expect(windowOf('Initial treatment date: 2026-02-05. X-rays dated 03/01/2025 show C5 subluxation. Date of service: 13/02/2026, billed 02/13/2026. Adjusted C5.')).toMatchObject({
      ok: false,
      whyId: 'part_xray_date_ambiguous',
    });
  });

  it('reads a bare "Date:" as the visit only where it labels itself, not "Initial treatment date:" or "Injury date:"', () => {
    const visitOf = (text: string) => readVisit({ fields: [{ id: 'n', kind: 'note', text }], codes: [] }).visit;
    const visit = visitOf('Initial treatment date: 03/04/2026. X-rays dated 12/01/2026 show C5 subluxation. Date of service: 12/15/2026. Adjusted C5.');
    expect(visit.initialTreatment?.date).toBe('2026-03-04');
    expect(visit.visitDate?.date).toBe('2026-12-15');
    expect(visitOf('Injury date: 01/02/2026. Adjusted C5.').visitDate).toBeUndefined();
    expect(visitOf('Date: 2026-03-04\nInjury date: 01/02/2026. Adjusted C5.').visitDate?.date).toBe('2026-03-04');
  });
});
