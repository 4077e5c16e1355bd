import { describe, expect, it } from 'vitest';
import { findCodes } from '../find-codes';
import { readVisit } from './read-visit';

const visitOf = (note: string) => {
  const dx = { id: 'dx', kind: 'diagnosis' as const, text: '' };
  return readVisit({ fields: [dx, { id: 'n', kind: 'note', text: note }], codes: findCodes(dx) }).visit;
};
const letters = (note: string) => [...new Set(visitOf(note).part.map((p) => p.letter))].sort().join('');
const listings = (note: string) =>
  visitOf(note)
    .segments.filter((s) => s.listing)
    .map((s) => [s.name, s.listing]);

describe('P/A/R/T written in other forms (QA43 class 7)', () => {
  it.each([
    'R - ROM lumbar flexion reduced 50%.',
    'ROM: lumbar extension 10/25 with pain.',
    'Cervical rotation decreased bilaterally.',
    'Lumbar flexion was moderately decreased.',
    'Thoracic extension limited.',
    'Lumbar flexion 40% of normal.',
    // Stop 56: the motion abbreviated as charted.
    'Cervical ROM WNL except R rot 70/80.',
    'Lumbar flex 40/60, ext 15/25.',
    'C/S L lat flex 30/45.',
    'Thoracic SB 20/45 bilaterally.',
  ])('reads range-of-motion loss in %j as R', (note) => {
    expect(letters(note)).toContain('R');
  });

  it.each([
    'Hip flexion 4/5 bilaterally.',
    'Knee ext 4/5, hip flex 4/5.',
    'Cervical rot 80/80.',
    'Lumbar extension 25/25.',
    'Full ROM, pain decreased.',
    'Flexion exercises, pain reduced.',
  ])('reads no R in %j', (note) => {
    expect(letters(note)).not.toContain('R');
  });

  it('reads a listing in brackets, after a colon, and a position written out with its side as A', () => {
    expect(listings('Findings: subluxation C1 (ASLA), C5-C6 restricted extension.')).toEqual([
      ['C1', 'ASLA'],
    ]);
    expect(listings('Sacrum: base posterior right.')).toEqual([['Sacrum', 'base posterior right']]);
    expect(listings('RIB 5 POSTERIOR ON LEFT.')).toEqual([['RIB', 'POSTERIOR ON LEFT']]);
    expect(letters('Sacrum: base posterior right.')).toBe('A');
    // Not a listing: an anatomical word with no side.
    expect(listings('C5 anterior osteophyte.')).toEqual([]);
  });

  it('takes a "Sacrum:" heading with a listing as the exact level (QA43 class 7b)', () => {
    const sacral = visitOf('Sacrum: base posterior right. CMT to the sacral region.').regions.find(
      (r) => r.region === 'sacral',
    );
    expect(sacral?.levels).toEqual(['Sacrum']);
    expect(sacral?.part.A).toBe(true);
  });
});
