import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { findConditions, levelsOf } from './find-conditions';

// Stop 55, note readers left after the blind QA of stop 54: each class by its shape, with
// sentences of our own.
const run = (codes: string, note: string) =>
  analyze({
    fields: [
      { id: 'dx', kind: 'diagnosis', text: codes },
      { id: 'note', kind: 'note', text: note },
    ],
  });
const verdictOf = (code: string, note: string) => run(code, note).verdicts?.find((v) => v.code === code)?.verdict;
const conditions = (text: string) =>
  findConditions({ id: 'n', kind: 'note', text }).map((c) => [c.kind, c.span.text, c.status, levelsOf(c)]);

describe('a bulge named by its segment alone is a disc displacement', () => {
  it.each([
    ['L3-4 bulge.', 'L3-L4'],
    ['L4-5: mild broad-based bulge, no stenosis.', 'L4-L5'],
    ['Bulging at L5-S1.', 'L5-S1'],
    ['MRI C5/6 small posterior bulge.', 'C5-C6'],
  ])('"%s"', (text, level) => {
    expect(conditions(text).filter((c) => c[0] === 'disc-displacement')).toEqual([
      ['disc-displacement', expect.stringMatching(/^bulg/i) as string, 'affirmed', [level]],
    ]);
  });

  it('supports the disc displacement code of its region, and a denied one does not', () => {
    expect(verdictOf('M51.26', 'Lumbar MRI: L3-4 bulge.')).toBe('supported');
    expect(verdictOf('M50.222', 'C5-6 bulge, no cord contact.')).toBe('supported');
    expect(verdictOf('M51.26', 'No L3-4 bulge.')).toBe('finding');
  });

  it('leaves a bulge no segment names', () => {
    expect(conditions('Abdominal wall bulge with coughing. Lumbar strain.').filter((c) => c[0] === 'disc-displacement')).toEqual([]);
    expect(conditions('Bulge of the anterior neck, thyroid.').filter((c) => c[0] === 'disc-displacement')).toEqual([]);
  });
});

describe('a C8 root names its segment, C7-T1', () => {
  it('however it is written, and beside another level in the sentence', () => {
    expect(conditions('left c8 radiculopathy.')).toEqual([['radiculopathy', 'radiculopathy', 'affirmed', ['C7-T1']]]);
    expect(conditions('Left C8 radiculopathy and C5-6 spondylosis.')).toEqual([
      ['radiculopathy', 'radiculopathy', 'affirmed', ['C7-T1']],
      ['spondylosis', 'spondylosis', 'affirmed', ['C5-C6']],
    ]);
    expect(verdictOf('M54.13', 'Right C8 radicular pain; C4-5 uncovertebral spurring.')).toBe('supported');
  });

  it('leaves a radiculopathy whose own root is another', () => {
    expect(conditions('C6 radiculopathy and C7-T1 spondylosis.')[0]).toEqual(['radiculopathy', 'radiculopathy', 'affirmed', ['C5-C6']]);
  });
});
