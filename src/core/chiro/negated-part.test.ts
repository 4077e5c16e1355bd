import { describe, expect, it } from 'vitest';
import { readVisit } from './read-visit';

const statuses = (note: string) =>
  readVisit({ fields: [{ id: 'n', kind: 'note', text: note }], codes: [] }).visit.segments.map((s) => [s.name, s.status, s.treated]);

// A refusal in one part of a clause must not reach a place whose own part says it was manipulated.
describe('a negated part of a clause and a treated one', () => {
  it('keeps a place treated when its own part names the manipulation', () => {
    expect(statuses('No adjustment to the neck, lumbar adjusted.')).toEqual([
      ['neck', 'negated', true],
      ['lumbar', 'affirmed', true],
    ]);
    expect(statuses('Thoracic not manipulated, lumbar manipulated with flexion-distraction.')).toEqual([
      ['Thoracic', 'negated', true],
      ['lumbar', 'affirmed', true],
    ]);
    expect(statuses('Pt declined cervical CMT but T5 and T6 were adjusted.')).toEqual([
      ['cervical', 'negated', true],
      ['T5', 'affirmed', true],
      ['T6', 'affirmed', true],
    ]);
    // A refusal after the treated part does not reach back into it either.
    expect(statuses('Diversified to L4, no adjustment at C3, T2 not adjusted.')).toEqual([
      ['L4', 'affirmed', true],
      ['C3', 'negated', true],
      ['T2', 'negated', true],
    ]);
    expect(statuses('Adjusted C1, L3 held.')).toEqual([
      ['C1', 'affirmed', true],
      ['L3', 'negated', true],
    ]);
  });

  it('leaves list items, refused parts and planned parts negated', () => {
    // A bare list item after the refusal is part of it.
    expect(statuses('No manipulation of the cervical spine, thoracic, or lumbar.').map((s) => s[1])).toEqual(['negated', 'negated', 'negated']);
    expect(statuses('C4, C5 and C6 not adjusted.').map((s) => s[1])).toEqual(['negated', 'negated', 'negated']);
    // Its own part refuses it too.
    expect(statuses('No adjustment to the neck, lumbar adjustment withheld.').map((s) => s[1])).toEqual(['negated', 'negated']);
    // Its own part plans it for later.
    expect(statuses('No adjustment to the neck, will adjust the low back next visit.').map((s) => s[1])).toEqual(['negated', 'negated']);
  });
});
