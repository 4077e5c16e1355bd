import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DICTATED, MAY_BE_DICTATED, dictatedHit, withDictatedLevels } from './dictated-levels';
import { findLevels, type LevelHit } from './find-levels';

/**
 * The reading withDictatedLevels had: DICTATED swept over the whole sentence, every match looked at
 * (each read by the same dictatedHit: what is checked here is where the matches are searched).
 */
function swept(hits: LevelHit[], text: string, offset: number, regionNote: (letter: 'C' | 'T' | 'L') => boolean): LevelHit[] {
  if (!MAY_BE_DICTATED.test(text)) return hits;
  const re = new RegExp(DICTATED.source, 'gi');
  let found: LevelHit[] | undefined;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const hit = dictatedHit(m, offset, regionNote);
    if (hit) (found ??= []).push(hit);
  }
  if (!found) return hits;
  const added = found;
  return [...hits.filter((h) => !added.some((d) => h.start < d.end && h.end > d.start)), ...added].sort((x, y) => x.start - y.start);
}

describe('withDictatedLevels (DICTATED read only where MAY_BE_DICTATED starts)', () => {
  it('reads what a sweep of DICTATED over the whole sentence reads, on generated text', () => {
    // Lower-case letters make matches that do not count ("c 5 6", "l four five"), overlapping the
    // starts of ones that do ("c el 4 5", "t 4 T5 6").
    const piece = fc.constantFrom(
      'C', 'c', 'T', 't', 'L', 'l', 'see', 'SEE', 'See', 'el', 'El', 'EL', 'tee', 'Tee', 'de', ' de', '1', '2', '4', '5', '6', '7', '9', '11', '12', '45', '56',
      'one', 'two', 'four', 'FOUR', 'for', 'five', 'six', 'seven', 'eleven', 'twelve', 'Twelve', ' ', ' ', '  ', '\u00a0', '-', '–', '/', '.', ',', 'mm', ' mm', 'weeks', 'x',
      'C5-6', 'L4-5', 'T11-12', 'and', 'stenosis', 'C ', 'c ', 'L ', 'el ', 'see ', 'tee ', '4 ', '5 ', 'four ', 'five ',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 24 }).map((ps) => ps.join('')), fc.nat(50), fc.boolean(), (text, offset, note) => {
        const regionNote = () => note;
        expect(withDictatedLevels(findLevels(text, offset), text, offset, regionNote)).toEqual(swept(findLevels(text, offset), text, offset, regionNote));
      }),
      { numRuns: 5000 },
    );
  });

  it('reads a start inside another start, and past a match that does not count', () => {
    for (const text of ['C el 4 5', 'At C see 5 6.', 'c el 4 5', 'l 4 L5 6', 't four T 5 6', 'c 4 5 C 6 7', 'L  el four five', 'T tee 4 5']) {
      for (const note of [true, false]) {
        const regionNote = () => note;
        expect(withDictatedLevels(findLevels(text, 3), text, 3, regionNote)).toEqual(swept(findLevels(text, 3), text, 3, regionNote));
      }
    }
    expect(withDictatedLevels([], 'C el 4 5', 0, () => true).map((h) => h.level.normalized)).toEqual(['L4-L5']);
  });
});
