import { describe, expect, it } from 'vitest';
import { findCodes } from '../find-codes';
import { readVisit } from './read-visit';

const visitOf = (note: string, codes = '') => {
  const dx = { id: 'dx', kind: 'diagnosis' as const, text: codes };
  return readVisit({ fields: [dx, { id: 'n', kind: 'note', text: note }], codes: findCodes(dx) }).visit;
};
const lesions = (note: string) =>
  visitOf(note)
    .segments.filter((s) => s.lesion)
    .map((s) => [s.kind, s.name, s.listing ?? null]);

describe('pelvic bones written with a side and a position', () => {
  it.each([
    ['R anterior innominate.', [['pelvis', 'R anterior innominate', 'anterior']]],
    ['L posterior ilium.', [['pelvis', 'L posterior ilium', 'posterior']]],
    ['Rt AS ilium.', [['pelvis', 'Rt AS ilium', 'AS']]],
    ['innominate anterior right.', [['pelvis', 'innominate', 'anterior right']]],
    ['left PI ilium.', [['pelvis', 'left PI ilium', 'PI']]],
    ['Lt ilium PI, tender.', [['pelvis', 'Lt ilium', 'PI']]],
  ])('reads %j as a pelvic listing with its side', (note, expected) => {
    expect(lesions(note)).toEqual(expected);
    const pelvic = visitOf(note).regions.find((r) => r.region === 'pelvic');
    expect(pelvic?.lesion).toBe(true);
    expect(pelvic?.part.A).toBe(true);
  });

  it('counts an adjusted listed innominate as the pelvic region for CMT', () => {
    const pelvic = visitOf('R anterior innominate, tender. Adjusted the R anterior innominate.').regions;
    expect(pelvic.map((r) => [r.region, r.countedAs, r.treated, r.lesion])).toEqual([
      ['pelvic', ['pelvic'], true, true],
    ]);
  });

  it('needs a side for a position written before the bone: a landmark is not a listing', () => {
    expect(lesions('Palpation over the posterior ilium.')).toEqual([]);
  });

  it('reads a place followed by a muscle word as a soft-tissue finding, not a lesion or a manipulated joint', () => {
    expect(lesions('L hip flexors hypertonic.')).toEqual([]);
    expect(lesions('Subluxations: L4, L hip flexors hypertonic.')).toEqual([['lumbar-vertebra', 'L4', null]]);
    const visit = visitOf('CMT L4, L hip flexors stretched.');
    expect(visit.segments.filter((s) => s.treated).map((s) => s.name)).toEqual(['L4']);
    // Its tone finding still belongs to the hip's region (pelvic for the diagnosis).
    const withCode = visitOf('Rt AS ilium. L hip flexors hypertonic.', 'M99.05');
    expect(withCode.regions.find((r) => r.region === 'pelvic')?.part).toMatchObject({ A: true, T: true });
  });

  it('strips a one-letter side like a word before judging a level written in lower case', () => {
    expect(lesions('L R4 fixation.')).toEqual([['costovertebral', 'L R4', null]]);
    expect(lesions('l r4 fixation.')).toEqual([]);
    expect(lesions('rt r4 fixation.')).toEqual([]);
  });
});
