import { describe, expect, it } from 'vitest';
import { findLevels } from './find-levels';

const levels = (text: string) => findLevels(text).map((h) => h.level.normalized);

// QA stop 48, class C: two adjacent vertebrae typed in lower case with a space between.
describe('lower-case vertebra pairs with a space', () => {
  it.each([
    ['mri showed c6 c7 disc bulge', ['C6-C7']],
    ['t11 t12 herniation', ['T11-T12']],
    ['hnp at c4 5 on the left', ['C4-C5']],
    ['l3 l4 stenosis', ['L3-L4']],
    ['l5 s1 protrusion', ['L5-S1']],
    ['c7 t1 foramen', ['C7-T1']],
  ])('%s', (text, expected) => {
    expect(levels(text)).toEqual(expected);
  });

  it.each([
    'c5 6 mm disc bulge',
    'strength l4 5/5 bilaterally',
    'c5 7 weeks ago',
    'c5 c7 noted',
    'l5 s1 radiculopathy',
  ])('reads no segment from %s', (text) => {
    expect(levels(text)).toEqual([]);
  });
});
