import { describe, expect, it } from 'vitest';
import { readVisit } from './read-visit';
import { partSymbolMarks } from './part-symbols';

// QA52 H4: P/A/R/T written as + and - marks, in a grid without outer pipes or after the letters.
const rowsOf = (note: string) =>
  readVisit({ fields: [{ id: 'n', kind: 'note', text: note }], codes: [] }).visit.regions.map((r) => [
    r.region,
    (['P', 'A', 'R', 'T'] as const).filter((l) => r.part[l]).join(''),
  ]);

describe('P/A/R/T marks', () => {
  it('reads a grid of marks whose rows have no outer pipes', () => {
    const note = [
      'P.A.R.T. exam',
      '   Segment | P (tender) | A (asym/misalign) | R (ROM) | T (tone)',
      '   L4      | +          | +                 | +       | +',
      '   T8      | -          | (-)               | +       | +',
      'CMT lumbar and thoracic.',
    ].join('\n');
    expect(rowsOf(note)).toEqual([
      ['thoracic', 'RT'],
      ['lumbar', 'PART'],
    ]);
    expect(rowsOf('Segment | P | A | R | T\nC5 | + | - | + | -\nAdjusted C5.')).toEqual([['cervical', 'PR']]);
  });

  it('reads marks after the letters, bare or in parentheses', () => {
    expect(rowsOf('PART: L4: P+ A+ R+ T+\nAdjusted L4.')).toEqual([['lumbar', 'PART']]);
    expect(rowsOf('T8: P(+) A(-) R(+) T(+). Adjusted T8.')).toEqual([['thoracic', 'PRT']]);
    expect(rowsOf('C6 P + A − R + T −. CMT C6.')).toEqual([['cervical', 'PR']]);
  });

  it('reads no finding from a lone mark, a minus, a view or a score', () => {
    expect(partSymbolMarks('Reflexes R+ symmetric')).toEqual([]);
    expect(partSymbolMarks('A-P view, T-score -1.5, T12')).toEqual([]);
    expect(partSymbolMarks('P- A- R- T-')).toEqual([]);
    expect(rowsOf('L4: P- A- R- T-. Adjusted L4.')).toEqual([['lumbar', '']]);
    expect(rowsOf('Segment | Technique | Note\nL4 | diversified | + response\nAdjusted L4.')).toEqual([
      ['lumbar', ''],
    ]);
  });
});
