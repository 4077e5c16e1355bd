import { describe, expect, it } from 'vitest';
import { readVisit } from './read-visit';
import { partLetterLines, partSymbolMarks } from './part-symbols';

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

  // QA stop 53 H3: a region-by-finding grid with tick marks, its cells a tab apart (a page's grid
  // read as text, or one pasted from it).
  it('reads a grid of ticks under P/A/R/T word headings, its cells a tab apart', () => {
    const note = [
      'Spinal exam (see grid).',
      'Segment\tTenderness\tMisalignment\tRange of motion\tTone',
      'C6-C7\t✔\t✔\t\t✔',
      'T8-T9\tYes\tNo\tYes\tYes',
      'L5\tX\t✗\tX\t',
      'Adjusted C6, T8, L5.',
    ].join('\n');
    expect(rowsOf(note)).toEqual([
      ['cervical', 'PAT'],
      ['thoracic', 'PRT'],
      ['lumbar', 'PR'],
    ]);
    // The letters as headings, and a ✓ in each cell of a row.
    expect(rowsOf('Level\tP\tA\tR\tT\nL3\t✓\t✓\t✓\t✓\nCMT L3.')).toEqual([['lumbar', 'PART']]);
  });

  it('reads no finding from a tabbed table that names no P/A/R/T columns', () => {
    expect(rowsOf('Date\tVisit\tNote\nL4\t✓\tseen\nAdjusted L4.')).toEqual([['lumbar', '']]);
  });

  // QA stop 53 M2: letters as labels, some marked and some worded, in one line.
  it('reads a line of labelled letters, marked or worded, each as its own finding', () => {
    expect(
      rowsOf(
        'C6: P+; A: right lateral flexion malposition; R: extension 30/60; T: spasm upper trapezius. CMT C6.',
      ),
    ).toEqual([['cervical', 'PART']]);
    expect(rowsOf('L5 - P: pain over spinous process; A: +; R: -; T: none. Adjusted L5.')).toEqual([
      ['lumbar', 'PA'],
    ]);
    expect(rowsOf('T6 P(+), A: posterior body rotation left on film. Adjusted T6.')).toEqual([
      ['thoracic', 'PA'],
    ]);
  });

  it('reads no letters from a SOAP line or a lone labelled letter', () => {
    expect(partLetterLines('S: neck ache. O: C5 area. A: cervicalgia. P: CMT C5.').size).toBe(0);
    expect(partLetterLines('A: lumbar strain; P: home exercise.').size).toBe(0);
    expect(partLetterLines('T: 98.6 F, BP 120/80').size).toBe(0);
    expect(partLetterLines('Plan: A-P view of the lumbar spine, T-score -1.2').size).toBe(0);
  });
});
