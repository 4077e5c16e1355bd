import { describe, expect, it } from 'vitest';
import { findMentions } from '../mentions/find-mentions';
import { findSections, sectionStatusAt } from './find-sections';

const statuses = (text: string) =>
  findMentions({ id: 'n', kind: 'note', text }).map((m) => [m.span.text, m.status]);

describe('a comparison section', () => {
  it('makes what the earlier study showed history', () => {
    expect(
      statuses(
        'COMPARISON: MRI 03/2024 which showed severe L4-5 central canal stenosis.\nFINDINGS: L4-5: no stenosis.',
      ),
    ).toEqual([
      ['central canal stenosis', 'historical'],
      ['stenosis', 'negated'],
    ]);
    expect(
      statuses(
        'Impression: mild L5-S1 foraminal narrowing.\nComparison: MRI 03/2024 which showed a large L4-5 extrusion with severe left lateral recess stenosis.',
      ),
    ).toEqual([
      ['foraminal narrowing', 'affirmed'],
      ['lateral recess stenosis', 'historical'],
    ]);
  });

  it('reaches the end of its first sentence only: findings run on after it are today', () => {
    const text =
      'COMPARISON: Previous MRI examination 10/13/2004. There is severe central canal stenosis at L4-5.';
    expect(sectionStatusAt(findSections(text), text.indexOf('Previous'))).toBe('historical');
    expect(sectionStatusAt(findSections(text), text.indexOf('There'))).toBeNull();
    expect(statuses(text)).toEqual([['central canal stenosis', 'affirmed']]);
  });
});
