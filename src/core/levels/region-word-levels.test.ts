import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findMentions } from '../mentions/find-mentions';
import { withDictatedLevels } from './dictated-levels';
import { findLevels } from './find-levels';

const levels = (text: string) =>
  findMentions({ id: 'n', kind: 'note', text }).map((m) => m.levels.map((l) => l.normalized));
const read = (text: string) =>
  withDictatedLevels(findLevels(text, 0), text, 0, () => false).map((h) => h.level.normalized);

// Dictation often names the region in words and the segment in numbers ("lumbar four five"): the
// region word standing right before a pair of adjacent vertebrae of that region is the letter.
describe('levels spoken as a region word and a pair of numbers', () => {
  it('reads the pair as a segment of the region named just before it', () => {
    expect(levels('Moderate right foraminal narrowing at cervical 5 to 6.')).toEqual([['C5-C6']]);
    expect(levels('Broad-based disc bulge at lumbar 4-5 with mild canal stenosis.')).toEqual([['L4-L5']]);
    expect(levels('Severe canal stenosis at Lumbar four-five.')).toEqual([['L4-L5']]);
    expect(levels('At the lumbar 4/5 level there is moderate canal stenosis.')).toEqual([['L4-L5']]);
    expect(levels('Small central protrusion at thoracic 7-8 without canal stenosis.')).toEqual([['T7-T8']]);
    expect(levels('Cervical 6 7 left foraminal stenosis.')).toEqual([['C6-C7']]);
    expect(levels('Canal stenosis at CERVICAL five six and cervical 6–7.')).toEqual([['C5-C6', 'C6-C7']]);
  });

  it('never reads a score, a ratio, a count or a pair the region word does not stand right before', () => {
    expect(levels('Lumbar pain 4-5/10, canal stenosis at L4-5.')).toEqual([['L4-L5']]);
    expect(levels('Lumbar stenosis; strength 4/5 in the left EHL, 5/5 strength elsewhere.')).toEqual([[]]);
    expect(levels('Lumbar stenosis; she walks 4-5 times a week.')).toEqual([[]]);
    expect(levels('Lumbar 3 views: mild canal stenosis.')).toEqual([[]]);
    expect(levels('Lumbar 2 of 3 views show canal stenosis.')).toEqual([[]]);
    expect(levels('Lumbar stenosis 4-5 years ago.')).toEqual([[]]);
    expect(levels('Lumbar 4-5/10 pain with canal stenosis.')).toEqual([[]]);
    expect(levels('Lumbar 4-5 times a day; canal stenosis.')).toEqual([[]]);
    expect(levels('Cervical 5-6 mm canal, no stenosis.')).toEqual([[]]);
  });

  it('takes only adjacent vertebrae of the region itself', () => {
    expect(read('canal stenosis at cervical 7-8')).toEqual([]);
    expect(read('canal stenosis at lumbar 5-6')).toEqual([]);
    expect(read('canal stenosis at thoracic 12-13')).toEqual([]);
    expect(read('canal stenosis at lumbar 3-5')).toEqual([]);
    expect(read('canal stenosis at lumbar 5-4')).toEqual([]);
    expect(read('canal stenosis at cervical 0-1')).toEqual([]);
    expect(read('canal stenosis at cervical 1-2')).toEqual(['C1-C2']);
    expect(read('canal stenosis at thoracic 11-12')).toEqual(['T11-T12']);
    expect(read('canal stenosis at lumbar 1-2')).toEqual(['L1-L2']);
  });

  it('reads a segment exactly when the pair is adjacent within the region (property)', () => {
    const regions = { cervical: ['C', 7], thoracic: ['T', 12], lumbar: ['L', 5] } as const;
    const word = fc.constantFrom('cervical', 'Cervical', 'THORACIC', 'thoracic', 'lumbar', 'Lumbar');
    const sep = fc.constantFrom('-', '–', '/', ' - ', ' to ', ' ', '  ');
    fc.assert(
      fc.property(
        word,
        fc.integer({ min: 0, max: 14 }),
        fc.integer({ min: 0, max: 14 }),
        sep,
        (w, a, b, s) => {
          const [letter, last] = regions[w.toLowerCase() as keyof typeof regions];
          const valid = a >= 1 && b === a + 1 && b <= last;
          expect(read(`stenosis at ${w} ${a}${s}${b} noted`)).toEqual(
            valid ? [`${letter}${a}-${letter}${b}`] : [],
          );
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('never reads a pair followed by a score, a unit or a count, nor one a word parts from the region (property)', () => {
    const tail = fc.constantFrom(
      '/10',
      '/5',
      ' times',
      ' weeks',
      ' mm',
      ' cm',
      ' days',
      ' of 3',
      ' out of 10',
      '%',
      ' degrees',
      '.5',
      ' years',
    );
    const word = fc.constantFrom('cervical', 'thoracic', 'lumbar');
    fc.assert(
      fc.property(word, fc.integer({ min: 1, max: 11 }), tail, (w, a, t) => {
        expect(read(`${w} ${a}-${a + 1}${t}`)).toEqual([]);
        expect(read(`${w} pain ${a}-${a + 1}`)).toEqual([]);
        expect(read(`${w} spine ${a} to ${a + 1}`)).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });
});
