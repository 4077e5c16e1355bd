import { describe, expect, it } from 'vitest';
import { verdictOn } from '../../../test/support/code-and-note';
import { findMentions } from '../mentions/find-mentions';

const levels = (text: string) =>
  findMentions({ id: 'n', kind: 'note', text }).map((m) => m.levels.map((l) => l.normalized));

// QA stop 51, n07 (dictated, not proofread): "see 56", "see 67" and "right see 6 radiculopathy" for
// C5-6, C6-7 and C6, and a dictated level as the heading of the findings under it ("C 6 7:").
describe('a dictated letter word with run-together digits or a root', () => {
  it('reads "see" or "tee" and a digit pair of adjacent vertebrae, in a note about the region', () => {
    expect(levels('Neck pain. Foraminal stenosis at see 56.')).toEqual([['C5-C6']]);
    expect(levels('Cervical MRI: at see 67 there is mild canal stenosis.')).toEqual([['C6-C7']]);
    expect(levels('Thoracic pain. Canal stenosis at tee 78.')).toEqual([['T7-T8']]);
  });

  it('reads a letter word and one number before a root word as that root', () => {
    expect(verdictOn('M54.12', 'Neck and arm pain.\nAssessment: right see 6 radiculopathy.')).toBe(
      'supported',
    );
    expect(verdictOn('M54.16', 'Low back pain.\nAssessment: left el 5 radiculopathy.')).toBe('supported');
  });

  it('keeps "see" a verb elsewhere (controls)', () => {
    expect(levels('Lumbar MRI. Foraminal stenosis at see 56.')).toEqual([[]]);
    expect(levels('Neck pain. Foraminal stenosis (see 56).')).toEqual([[]]);
    expect(levels('Neck pain. Canal stenosis at see 57.')).toEqual([[]]);
    expect(levels('Neck pain. Foraminal stenosis; see 5 mm cut.')).toEqual([[]]);
    expect(levels('Neck pain. Foraminal stenosis, will see 6 weeks after the injection.')).toEqual([[]]);
    expect(levels('Neck pain. Foraminal stenosis; see 6 above.')).toEqual([[]]);
    expect(levels('Lumbar MRI: canal stenosis at el 45.')).toEqual([[]]);
  });
});

describe('a dictated level as a heading', () => {
  it.each([
    ['Neck pain.\nC 6 7: moderate left foraminal stenosis.', 'C6-C7'],
    ['Cervical MRI.\nC 5 6: severe canal stenosis.', 'C5-C6'],
    ['Lumbar MRI.\nL 45: moderate canal stenosis.', 'L4-L5'],
    ['Neck pain.\nsee 56: severe right foraminal stenosis.', 'C5-C6'],
  ])('gives its level to the findings under it: %s', (text, level) => {
    expect(levels(text)).toEqual([[level]]);
  });

  it('gives none where the heading is no level (control)', () => {
    expect(levels('Lumbar MRI.\nL 47: moderate canal stenosis.')).toEqual([[]]);
    expect(levels('Lumbar MRI.\nSee below: moderate canal stenosis.')).toEqual([[]]);
  });
});
