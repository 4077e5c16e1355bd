import { describe, expect, it } from 'vitest';
import { findLevels } from './find-levels';

const normalized = (text: string) => findLevels(text, 0).map((h) => h.level.normalized);

// QA stop 49, class C5: a hyphen between a level's letter and its number.
describe('levels written with a hyphen after the letter', () => {
  it.each([
    ['spurring at C-4/5 on the left', ['C4-C5']],
    ['disc bulge at L-3/4', ['L3-L4']],
    ['foraminal narrowing C-3/C-4', ['C3-C4']],
    ['slip of L-5/S-1', ['L5-S1']],
    ['fusion T-11-12', ['T11-T12']],
    ['tenderness over C-7', ['C7']],
  ])('%s', (text, levels) => {
    expect(normalized(text)).toEqual(levels);
  });

  it.each(['vitamin D-3 daily', 'T-2 weighted images', 'C-section in 2019'])(
    'reads no level in %s',
    (text) => {
      expect(normalized(text)).toEqual([]);
    },
  );
});
