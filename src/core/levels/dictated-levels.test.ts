import { describe, expect, it } from 'vitest';
import { findMentions } from '../mentions/find-mentions';

const levels = (text: string) => findMentions({ id: 'n', kind: 'note', text }).map((m) => m.levels.map((l) => l.normalized));

// Speech recognition writes levels as it hears them; the letter (or a note about the neck for "see") makes the region clear.
describe('dictated levels', () => {
  it('reads a letter with a pair of digits, number words or "for" for four', () => {
    expect(levels('Severe canal stenosis at L 34.')).toEqual([['L3-L4']]);
    expect(levels('Left foraminal narrowing at C 6 7.')).toEqual([['C6-C7']]);
    expect(levels('Moderate foraminal stenosis at L three four and L four five.')).toEqual([['L3-L4', 'L4-L5']]);
    expect(levels('At T for 5 there is mild canal stenosis.')).toEqual([['T4-T5']]);
  });

  it('reads "see" as C only in a note about the neck', () => {
    expect(levels('Neck pain with arm numbness.\nAt see 6-7 there is left foraminal stenosis.')).toEqual([['C6-C7']]);
    expect(levels('Cervical MRI: canal stenosis at see four five.')).toEqual([['C4-C5']]);
    expect(levels('Lumbar MRI. Foraminal stenosis, see 4-5 above.')).toEqual([[]]);
  });

  it('never makes a level from plain numbers, a measure, a time or a pair that is no segment', () => {
    expect(levels('Foraminal stenosis at 5-6.')).toEqual([[]]);
    expect(levels('Canal stenosis; L 45 degrees of flexion.')).toEqual([[]]);
    expect(levels('Cervical stenosis; see 5-6 weeks of therapy.')).toEqual([[]]);
    expect(levels('Canal stenosis at L 47.')).toEqual([[]]);
    expect(levels('Canal stenosis at T 12.')).toEqual([['T12']]);
  });

  // withDictatedLevels skips a sentence its case-sensitive pre-test (MAY_BE_DICTATED) rejects:
  // every form it reads must still pass that test, whatever its case and spacing.
  it('reads "see" in any case, several spaces and a no-break space as the full pattern does', () => {
    expect(levels('Neck pain.\nAt SEE 6 7 there is canal stenosis.')).toEqual([['C6-C7']]);
    expect(levels('Neck pain.\nForaminal stenosis at See 5 6.')).toEqual([['C5-C6']]);
    expect(levels('Lumbar and thoracic spine pain.\nCanal stenosis at EL 4 5 and Tee 11 12.')).toEqual([['L4-L5', 'T11-T12']]);
    expect(levels('Canal stenosis at L   Four  Five.')).toEqual([['L4-L5']]);
    expect(levels('Canal stenosis at C\u00a0six seven.')).toEqual([['C6-C7']]);
    expect(levels('Canal stenosis at l 34 and t four five.')).toEqual([[]]);
  });
});

// More forms speech recognition writes: the pair after a written vertebra, and the letter's word for L and T.
describe('dictated levels: a vertebra and the next number, "el" and "tee"', () => {
  it('reads "L4 5" and "C5 6" as the segment, and never a measure after them', () => {
    expect(levels('Moderate canal stenosis at L4 5.')).toEqual([['L4-L5']]);
    expect(levels('Left foraminal stenosis at C5 6 and C6 7.')).toEqual([['C5-C6', 'C6-C7']]);
    expect(levels('Canal stenosis at C5, AP diameter 6 mm.')).toEqual([['C5']]);
    expect(levels('Canal stenosis at C5 6 mm.')).toEqual([['C5']]);
    expect(levels('Canal stenosis at L4 7.')).toEqual([['L4']]);
  });

  it('reads "el" as L and "tee" as T only in a note that speaks of that region', () => {
    expect(levels('Lumbar MRI. Moderate canal stenosis at el 4 5.')).toEqual([['L4-L5']]);
    expect(levels('Low back pain. Foraminal stenosis at el four-five.')).toEqual([['L4-L5']]);
    expect(levels('Thoracic MRI. Canal stenosis at tee seven eight.')).toEqual([['T7-T8']]);
    expect(levels('Canal stenosis at el 4 5.')).toEqual([[]]);
    expect(levels('Cervical MRI. Canal stenosis at tee 4 5.')).toEqual([[]]);
  });

  it('takes no bare digit pair and no date after "el"', () => {
    expect(levels('Lumbar MRI: canal stenosis at el 45.')).toEqual([[]]);
    expect(levels('Estenosis lumbar; canal stenosis seen el 4-5 de junio.')).toEqual([[]]);
  });
});

// QA stop 53: a written vertebra then the next number spoken as a word ("L4 five") was read as the
// vertebra alone; "for" after it stays the preposition and a time or measure stays one.
describe('dictated levels: a written vertebra and the next number as a word', () => {
  it('reads the segment with a space, a dash or a slash, in any case of the word', () => {
    expect(levels('Moderate canal stenosis at L4 five.')).toEqual([['L4-L5']]);
    expect(levels('Left foraminal stenosis at C5 six and C6-seven.')).toEqual([['C5-C6', 'C6-C7']]);
    expect(levels('Canal stenosis at T10 eleven and T11 Twelve.')).toEqual([['T10-T11', 'T11-T12']]);
    expect(levels('Foraminal narrowing at L3 / four.')).toEqual([['L3-L4']]);
  });

  it('never makes a segment from "for", a time, a measure or a pair that is no segment', () => {
    expect(levels('Canal stenosis at L4 for five days.')).toEqual([['L4']]);
    expect(levels('Canal stenosis at L3 for comparison.')).toEqual([['L3']]);
    expect(levels('Canal stenosis at C5 six months ago.')).toEqual([['C5']]);
    expect(levels('Canal stenosis at L4 five mm from the midline.')).toEqual([['L4']]);
    expect(levels('Canal stenosis at L4 seven.')).toEqual([['L4']]);
    expect(levels('Canal stenosis at l4 five.')).toEqual([[]]);
  });
});
