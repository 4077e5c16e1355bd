import { describe, expect, it } from 'vitest';
import { readVisit } from './read-visit';
import { refusalBefore } from './refusal-before';

const statuses = (note: string) =>
  readVisit({ fields: [{ id: 'n', kind: 'note', text: note }], codes: [] }).visit.segments.map((s) => [s.name, s.status]);

// A refusal of the manipulation negates the places it names; another part's own treatment stands.
describe('a refused region', () => {
  it('is not treated, the refusal said before or after it', () => {
    expect(statuses('Patient refused cervical CMT today.')).toEqual([['cervical', 'negated']]);
    expect(statuses('CMT to lumbar. Pt refuses manipulation of the neck.')).toEqual([
      ['lumbar', 'affirmed'],
      ['neck', 'negated'],
    ]);
    expect(statuses('She would not allow adjustment of C5 and C6.')).toEqual([
      ['C5', 'negated'],
      ['C6', 'negated'],
    ]);
    expect(statuses('Cervical CMT refused.')).toEqual([['Cervical', 'negated']]);
  });

  it('does not reach a part that names its own manipulation, or a clause without one', () => {
    expect(statuses('Patient refused cervical CMT, lumbar adjusted.')).toEqual([
      ['cervical', 'negated'],
      ['lumbar', 'affirmed'],
    ]);
    expect(statuses('Patient refused cervical CMT but T4 and T5 were adjusted.')).toEqual([
      ['cervical', 'negated'],
      ['T4', 'affirmed'],
      ['T5', 'affirmed'],
    ]);
    // No manipulation named in its clause: the refusal is of something else.
    expect(statuses('Refused x-rays of the lumbar spine. Diversified to L4.')).toEqual([
      ['lumbar spine', 'affirmed'],
      ['L4', 'affirmed'],
    ]);
  });

  it('finds the last refusal before a place', () => {
    expect(refusalBefore('Patient refused cervical CMT', 16)).toEqual({ start: 8, end: 15 });
    expect(refusalBefore('Cervical CMT given', 0)).toBeUndefined();
  });
});

// A contrast that leaves the verb out: each place takes its own part's polarity.
describe('a negation scoped to its own region in a contrast', () => {
  it('treats the place whose part says "was" or "were" after a negated part', () => {
    expect(statuses('Cervical not adjusted, lumbar was.')).toEqual([
      ['Cervical', 'negated'],
      ['lumbar', 'affirmed'],
    ]);
    expect(statuses('The neck was not manipulated, but the low back and pelvis were.')).toEqual([
      ['neck', 'negated'],
      ['low back', 'affirmed'],
      ['pelvis', 'affirmed'],
    ]);
    expect(statuses('No CMT to C5, T4 was.')).toEqual([
      ['C5', 'negated'],
      ['T4', 'affirmed'],
    ]);
  });

  it('negates the place whose part says "was not" after a treated part', () => {
    expect(statuses('Lumbar adjusted, cervical was not.')).toEqual([
      ['Lumbar', 'affirmed'],
      ['cervical', 'negated'],
    ]);
    expect(statuses('T4 and T5 were adjusted but L5 was not.')).toEqual([
      ['T4', 'affirmed'],
      ['T5', 'affirmed'],
      ['L5', 'negated'],
    ]);
  });

  it('leaves a part that states something else, or negates it again', () => {
    expect(statuses('Thoracic not adjusted, lumbar was not either.').map((s) => s[1])).toEqual(['negated', 'negated']);
    expect(statuses('Cervical not adjusted, lumbar was tender.').map((s) => s[1])).toEqual(['negated', 'negated']);
  });
});
