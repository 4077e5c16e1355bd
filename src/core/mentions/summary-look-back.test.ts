import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { page } from '../rules/run-rule';
import { findMentions } from './find-mentions';

// Stop 59, classes 1 and 5: a statement with no level of its own took the levels of the sentence
// before it even across an assessment heading, where that sentence denied the finding ("no
// stenosis at L5-S1"), and a statement over the levels not named ("remaining levels") took the
// one named before it.
const read = (text: string) =>
  findMentions({ id: 'n', kind: 'note', text }).map((m) => [m.status, m.levels.map((l) => l.normalized)]);
const verdict = (code: string, note: string) =>
  analyze(page(code, note)).verdicts?.find((v) => v.code === code)?.verdict;

describe('a level-less summary statement and the look-back', () => {
  it('credits no level that the note names only to deny the finding or as history', () => {
    expect(
      read(
        'Lumbar MRI: L2-3 and L3-4 moderate central canal narrowing. L4-5 and L5-S1 patent, no stenosis.\nImpression: Spinal stenosis.',
      ).at(-1),
    ).toEqual(['affirmed', []]);
    expect(
      read(
        'Severe canal stenosis at L2-L3. Remote L4-5 decompression in 2017 for stenosis.\nA/P: spinal stenosis with claudication.',
      ).at(-1),
    ).toEqual(['affirmed', []]);
    expect(
      verdict(
        'M48.07',
        'MRI: moderate canal stenosis at L3-4 from ligamentum flavum hypertrophy. There is no stenosis at L5-S1.\nAssessment: Spinal stenosis with neurogenic claudication.',
      ),
    ).toBe('finding');
  });

  it('keeps a level an affirmed statement holds, and the look-back of a sentence under no summary heading', () => {
    expect(read('Moderate canal stenosis at L4-5.\nImpression: Spinal stenosis.').at(-1)).toEqual([
      'affirmed',
      ['L4-L5'],
    ]);
    expect(read('At L4-5 there is no disc herniation. Moderate canal stenosis is present.')).toEqual([
      ['affirmed', ['L4-L5']],
    ]);
  });
});

describe('a statement over the levels the note has not named', () => {
  it('takes no level from the sentence before', () => {
    expect(
      read(
        'C5-6 disc osteophyte complex with severe left foraminal stenosis. Remaining levels are unremarkable without stenosis.',
      ),
    ).toEqual([
      ['affirmed', ['C5-C6']],
      ['negated', []],
    ]);
    expect(read('L4-5: severe canal stenosis. Mild foraminal narrowing elsewhere.')).toEqual([
      ['affirmed', ['L4-L5']],
      ['affirmed', []],
    ]);
  });
});
