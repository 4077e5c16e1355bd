import { describe, expect, it } from 'vitest';
import { readVisit } from './read-visit';

const treatedToday = (note: string) =>
  readVisit({ fields: [{ id: 'n', kind: 'note', text: note }], codes: [] })
    .visit.segments.filter((s) => s.treated && s.status === 'affirmed')
    .map((s) => s.name);

describe('planned treatment is not treatment today', () => {
  it.each([
    'Plan: CMT C5, T1 next visit.',
    'Will adjust cervical next visit.',
    'Plan: OMT to thoracic region at follow-up.',
    'OMT to thoracic region at follow-up.',
    'Next visit: adjust C5 and T1.',
    'P: CMT cervical next tx.',
    'F/U: CMT C5 next week.',
    'RTC 1 wk for adjustment of thoracic.',
    'Return in 2 days for CMT to C5-T1.',
    'Going to adjust cervical next time.',
    'Tx plan: adjust cervical 3x/wk x 4 wks.',
    'Treatment plan: CMT cervical and thoracic 3x/week for 4 weeks.',
    'Adjust C5, T1 at next visit.',
  ])('%j treats no region today', (note) => {
    expect(treatedToday(note)).toEqual([]);
  });

  it.each([
    ['Adjusted C5-T1, RTC 1 wk.', ['C5-T1']],
    ['CMT C5-T1 performed, return in 1 week.', ['C5-T1']],
    ['Adjusted L4, recheck next visit.', ['L4']],
    ['C5 adjusted, T1 to be adjusted next visit.', ['C5']],
    ['Plan: Chiropractic manipulation C5, T1 (diversified), 98940.', ['C5', 'T1']],
    ['P: CMT to L5.', ['L5']],
  ])('%j keeps the part done today', (note, expected) => {
    expect(treatedToday(note)).toEqual(expected);
  });
});
