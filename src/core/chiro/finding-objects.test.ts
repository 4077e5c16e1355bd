import { describe, expect, it } from 'vitest';
import { findCodes } from '../find-codes';
import { readVisit } from './read-visit';

const regionsOf = (note: string) => {
  const dx = { id: 'dx', kind: 'diagnosis' as const, text: 'M99.13' };
  return readVisit({ fields: [dx, { id: 'n', kind: 'note', text: note }], codes: findCodes(dx) }).visit
    .regions;
};
const lesionRegions = (note: string) =>
  regionsOf(note)
    .filter((r) => r.lesion)
    .map((r) => r.region);

describe('an examination finding at a place names no lesion there (blind QA stop 48)', () => {
  it.each([
    'Subluxation L3: tender at L3, asymmetric pelvis, hypertonic paraspinals.',
    'Subluxation at L3 with pain, pelvic asymmetry noted, tenderness over the sacrum.',
    'L3 fixation, reduced cervical range of motion, tight neck muscles.',
  ])('keeps the lesion at its own level only: %j', (note) => {
    expect(lesionRegions(note)).toEqual(['lumbar']);
  });

  it('keeps each item of a lesion list, findings after the place', () => {
    expect(lesionRegions('Subluxations: C5 tender, T4 with asymmetry, sacrum hypomobile.')).toEqual([
      'cervical',
      'thoracic',
      'sacral',
    ]);
    expect(lesionRegions('Subluxation: C2 tender, T9 restricted.')).toEqual(['cervical', 'thoracic']);
  });

  it("still reads a lesion named in the finding's own part", () => {
    expect(lesionRegions('Subluxation L3, asymmetric pelvis with pelvic subluxation.')).toEqual([
      'lumbar',
      'pelvic',
    ]);
  });
});
