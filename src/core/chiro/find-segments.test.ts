import { describe, expect, it } from 'vitest';
import { findSegments } from './find-segments';
import { splitClauses } from './split-clauses';

const places = (text: string) => {
  const field = { id: 'n', kind: 'note' as const, text };
  return splitClauses(text).flatMap((clause) => findSegments(field, clause).map((s) => [s.kind, s.name, s.levelStated]));
};

describe('findSegments', () => {
  // The place pattern's alternatives are told apart by which capture group took part, in the order
  // they are listed: each kind is read here once, so a group added or moved without its kind fails.
  it.each([
    ['Adjusted occiput', [['occiput', 'occiput', true]]],
    ['Adjusted C5-6', [['cervical-vertebra', 'C5-C6', true]]],
    ['Adjusted atlas', [['cervical-vertebra', 'C1', true]]],
    ['Adjusted lumbosacral junction', [['lumbar-vertebra', 'L5-S1', true]]],
    ['Adjusted sacrum', [['sacrum', 'sacrum', true]]],
    ['Adjusted left SI joint', [['sacroiliac', 'left SI joint', true]]],
    ['Adjusted left PI ilium', [['pelvis', 'left PI ilium', true]]],
    ['Adjusted R4', [['costovertebral', 'R4', true]]],
    ['Adjusted left ribs', [['rib', 'left ribs', true]]],
    ['Adjusted TMJ', [['head', 'TMJ', true]]],
    ['Treated head region', [['head', 'head region', true]]],
    ['Adjusted right shoulder', [['upper-extremity', 'right shoulder', true]]],
    ['Adjusted left knee', [['lower-extremity', 'left knee', true]]],
    ['Adjusted right hip', [['hip', 'right hip', true]]],
    ['Treated abdomen', [['abdomen', 'abdomen', true]]],
    ['SMT C/S', [['cervical-vertebra', 'C/S', false]]],
    [
      'SMT C/T/L/S',
      [
        ['cervical-vertebra', 'C', false],
        ['thoracic-vertebra', 'T', false],
        ['lumbar-vertebra', 'L', false],
        ['sacrum', 'S', false],
      ],
    ],
    ['Adjusted cervical spine', [['cervical-vertebra', 'cervical spine', false]]],
    ['Adjusted thoracic spine', [['thoracic-vertebra', 'thoracic spine', false]]],
    ['Adjusted low back', [['lumbar-vertebra', 'low back', false]]],
    ['Adjusted sacral region', [['sacrum', 'sacral region', false]]],
    ['Adjusted pelvis', [['pelvis', 'pelvis', false]]],
  ])('reads %j as its kind', (text, expected) => {
    expect(places(text)).toEqual(expected);
  });

  it('reads an osteopathic position in Fryette\'s notation as a listing, and a rib held in a breath as a dysfunction', () => {
    const field = (text: string) => ({ id: 'n', kind: 'note' as const, text });
    const read = (text: string) => splitClauses(text).flatMap((clause) => findSegments(field(text), clause).map((s) => [s.name, s.listing ?? null, s.lesion]));
    expect(read('C3 FRrSr with paraspinal hypertonicity.')).toEqual([['C3', 'FRrSr', true]]);
    expect(read('L2 FRS(L), restricted.')).toEqual([['L2', 'FRS(L)', true]]);
    expect(read('L1-L3 NSLRR group curve.')).toEqual([['L1-L3', 'NSLRR', true]]);
    expect(read('Right rib 4 exhalation dysfunction.').map(([, , lesion]) => lesion)).toContain(true);
    // Not a position: a word that only starts like one, and a level with no listing.
    expect(read('C3 FRESH findings.')).toEqual([['C3', null, false]]);
    expect(read('C3 tender.')).toEqual([['C3', null, false]]);
  });

  it('reads no place, and no cue, in a clause that names none', () => {
    expect(places('Patient tolerated treatment well.')).toEqual([]);
  });
});
