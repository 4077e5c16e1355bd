import { describe, expect, it } from 'vitest';
import { findCodes } from '../find-codes';
import { readVisit } from './read-visit';

const visitOf = (note: string) => {
  const dx = { id: 'dx', kind: 'diagnosis' as const, text: '' };
  return readVisit({ fields: [dx, { id: 'n', kind: 'note', text: note }], codes: findCodes(dx) }).visit;
};
const listings = (note: string) =>
  visitOf(note)
    .segments.filter((s) => s.listing)
    .map((s) => [s.name, s.listing]);

describe('osteopathic group listings and extraspinal lines (QA43 class 18)', () => {
  it('reads Fryette positions in either order, with the side written out, and neutral group curves', () => {
    expect(listings('Thoracic: T6-8 ESlRr group dysfunction.')).toEqual([['T6-T8', 'ESlRr']]);
    expect(listings('C4 ERS right.')).toEqual([['C4', 'ERS right']]);
    expect(listings('Findings: T3-T5 neutral group curve SlRr.')).toEqual([
      ['T3-T5', 'neutral group curve SlRr'],
    ]);
    expect(listings('Sacrum: left on left sacral torsion.')).toEqual([
      ['Sacrum', 'left on left sacral torsion'],
    ]);
  });

  it('gives the levels of the region from such a listing', () => {
    const regions = visitOf(
      'Findings: T3-T5 neutral group curve SlRr. C4 ERS right.\nTreatment: muscle energy thoracic, articulatory cervical.',
    ).regions;
    expect(regions.map((r) => [r.region, r.levels, r.lesion])).toEqual([
      ['cervical', ['C4'], true],
      ['thoracic', ['T3-T5'], true],
    ]);
  });

  it('reads an "Extraspinal:" label on a procedure line as the extraspinal manipulation', () => {
    const ribs = visitOf(
      'RIB 5 POSTERIOR ON LEFT.\nPROCEDURE: CMT THORACIC. EXTRASPINAL: RIBS.',
    ).regions.find((r) => r.region === 'rib cage');
    expect(ribs).toMatchObject({ treated: true, countedAs: ['rib cage'] });
    // Not a treatment: the word without its label.
    expect(visitOf('No extraspinal complaints; ribs nontender.').regions).toEqual([]);
  });
});
