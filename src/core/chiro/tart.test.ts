import { describe, expect, it } from 'vitest';
import { findCodes } from '../find-codes';
import { readVisit } from './read-visit';

const partOf = (note: string, region: string) => {
  const dx = { id: 'dx', kind: 'diagnosis' as const, text: '' };
  const { visit } = readVisit({ fields: [dx, { id: 'n', kind: 'note', text: note }], codes: findCodes(dx) });
  const row = visit.regions.find((r) => r.region === region);
  return row ? (['P', 'A', 'R', 'T'] as const).filter((l) => row.part[l]).join('') : undefined;
};

// TART (tissue texture, asymmetry, restriction of motion, tenderness) is the osteopathic form of
// P.A.R.T.: tenderness is P, the other three are A, R and T.
describe('TART', () => {
  it('counts "with TART changes" as all four letters at the places of its clause', () => {
    expect(partOf('Somatic dysfunction T4-6 with TART changes.', 'thoracic')).toBe('PART');
    expect(partOf('Somatic dysfunction L2, positive TART.', 'lumbar')).toBe('PART');
  });

  it('reads the letters written out after it', () => {
    expect(
      partOf('TART at L4: tissue texture change, asymmetry, restricted motion, tenderness.', 'lumbar'),
    ).toBe('PART');
  });

  it('does not read a TART label as all four: its own words say which were found', () => {
    expect(partOf('T6 somatic dysfunction. TART: tenderness only.', 'thoracic')).toBe('P');
  });

  it('reads nothing from a negated TART or a lower-case word', () => {
    expect(partOf('T6 somatic dysfunction, no TART changes.', 'thoracic')).toBe('');
    expect(partOf('T6 somatic dysfunction, tart taste.', 'thoracic')).toBe('');
  });
});
