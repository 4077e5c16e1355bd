import { describe, expect, it } from 'vitest';
import { findMentions } from '../mentions/find-mentions';
import { assessContext } from './assess-context';

const statuses = (text: string) =>
  findMentions({ id: 'n', kind: 'note', text }).map((m) => [m.span.text, m.status]);

describe('the reason of a dated earlier operation', () => {
  it('is history: that stenosis was treated then', () => {
    expect(
      statuses(
        'She had a foraminotomy at C5-6 in 2018 for foraminal stenosis; new mild canal stenosis at C3-4.',
      ),
    ).toEqual([
      ['foraminal stenosis', 'historical'],
      ['canal stenosis', 'affirmed'],
    ]);
  });

  it('is history after a dated operation in a history list, "in" or not', () => {
    expect(
      statuses(
        'History: L4-5 laminectomy 2019 for stenosis. Now recurrent left lateral recess stenosis at L4-5.',
      ),
    ).toEqual([
      ['stenosis', 'historical'],
      ['lateral recess stenosis', 'affirmed'],
    ]);
  });

  it('does not reach a finding further on', () => {
    expect(statuses('MRI in 2026 for evaluation showed canal stenosis at L4-5.')).toEqual([
      ['canal stenosis', 'affirmed'],
    ]);
  });

  it('reaches the reason over its side and level, which a word cap does not count', () => {
    const statusOf = (text: string, target: string) => {
      const start = text.indexOf(target);
      return assessContext(text, { start, end: start + target.length }).status;
    };
    expect(
      statusOf(
        'Patient was seen in 2024 for left L5 radiculopathy from L4-5 disc herniation.',
        'radiculopathy',
      ),
    ).toBe('historical');
    expect(
      statusOf('She was treated in 2023 for bilateral L4-5 foraminal stenosis.', 'foraminal stenosis'),
    ).toBe('historical');
    expect(
      statuses(
        'She had a foraminotomy in 2018 for right C5-6 foraminal stenosis; new mild canal stenosis at C3-4.',
      ),
    ).toEqual([
      ['foraminal stenosis', 'historical'],
      ['canal stenosis', 'affirmed'],
    ]);
    // Other words still count: the cap keeps "MRI in 2026 for evaluation showed" from reaching on.
    expect(statusOf('MRI in 2026 for evaluation showed left L4-5 canal stenosis.', 'canal stenosis')).toBe(
      'affirmed',
    );
  });

  it('counts the target itself when it is a level', () => {
    const text =
      'The myelogram did reveal that there was some space occupying lesion, most likely disc at the level of L5-S1 on the left.';
    const start = text.indexOf('L5-S1');
    expect(assessContext(text, { start, end: start + 5 }).status).toBe('affirmed');
  });
});
