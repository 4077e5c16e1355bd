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

  it('leaves a part that negates it again', () => {
    expect(statuses('Thoracic not adjusted, lumbar was not either.').map((s) => s[1])).toEqual(['negated', 'negated']);
  });
});

const read = (note: string) => readVisit({ fields: [{ id: 'n', kind: 'note', text: note }], codes: [] }).visit;
const places = (note: string) => read(note).segments.map((s) => `${s.name}:${s.status}${s.treated ? ':treated' : ''}${s.lesion ? ':lesion' : ''}`);
const treatedRegions = (note: string) => read(note).regions.filter((r) => r.treated).map((r) => r.region);

// A part that states its own finding is its own statement: examined there, not treated, and not negated by the other part.
describe('a finding part beside a negated manipulation', () => {
  it('is affirmed and not treated, whatever the negation or finding word', () => {
    expect(places('Cervical not adjusted, lumbar tender.')).toEqual(['Cervical:negated:treated', 'lumbar:affirmed']);
    expect(places('Cervical not adjusted, lumbar was tender.')).toEqual(['Cervical:negated:treated', 'lumbar:affirmed']);
    expect(places('No CMT to cervical, lumbar tenderness.')).toEqual(['cervical:negated:treated', 'lumbar:affirmed']);
    expect(places('Thoracic not adjusted, lumbar spasm noted.')).toEqual(['Thoracic:negated:treated', 'lumbar:affirmed']);
    expect(places('Patient refused cervical CMT, lumbar hypertonic and tender.')).toEqual(['cervical:negated:treated', 'lumbar:affirmed']);
  });

  it('takes its lesion from its own words only', () => {
    expect(places('Cervical subluxation not adjusted today, lumbar tender.')).toEqual(['Cervical:negated:treated:lesion', 'lumbar:affirmed']);
    expect(places('No CMT to cervical, lumbar subluxation noted.')).toEqual(['cervical:negated:treated:lesion', 'lumbar:affirmed:lesion']);
  });

  it('leaves a bare list item in the negation, a list of negated findings, and a finding part beside an affirmed manipulation as before', () => {
    // The negation names no manipulation: "L4 spasm" may be one more item it denies.
    expect(places('No tenderness at C5, L4 spasm.')).toEqual(['C5:negated', 'L4:negated']);
    expect(places('C5 tender, not adjusted.')).toEqual(['C5:negated:treated']);
    expect(places('No adjustment to C5, C6 or C7.').map((p) => p.split(':')[1])).toEqual(['negated', 'negated', 'negated']);
    expect(places('CMT: C2 PRS, T4 restricted, L5 tender')).toEqual(['C2:affirmed:treated:lesion', 'T4:affirmed:treated:lesion', 'L5:affirmed:treated:lesion']);
  });
});

// A negated list ends at a part that names a manipulation of its own: what follows reads as without the negation.
describe('a negated list before a treated part', () => {
  it('reads the places and findings after "adjusted lumbar" as the same clause without the denial would', () => {
    expect(places('Pt denied neck pain, adjusted lumbar, thoracic tender.')).toEqual(['neck:negated:treated', 'lumbar:affirmed:treated', 'thoracic:affirmed:treated']);
    expect(places('Denies neck pain, lumbar adjusted, T6 spasm.')).toEqual(['neck:negated:treated', 'lumbar:affirmed:treated', 'T6:affirmed:treated']);
    const part = (note: string) => read(note).part.map((p) => p.letter);
    expect(part('Pt denied neck pain, adjusted lumbar, thoracic tender.')).toEqual(part('Adjusted lumbar, thoracic tender.'));
    expect(part('Pt denied neck pain, adjusted lumbar, thoracic tender.')).toEqual(['P']);
  });

  it('keeps the negation over a list with no treated part in it', () => {
    expect(places('Denied neck pain, headache, or thoracic pain.')).toEqual(['neck:negated', 'thoracic:negated']);
    expect(read('Denied neck pain, headache, or thoracic pain.').part).toEqual([]);
    expect(places('No tenderness at C5, L4 or T6.').map((p) => p.split(':')[1])).toEqual(['negated', 'negated', 'negated']);
  });
});

// A clause that is only places and "was"/"were" takes the verb of the clause before it.
describe('an elided verb across a clause break', () => {
  it('treats the places of "L4 was." after a negated manipulation, at a semicolon or a full stop', () => {
    expect(places('C5 not adjusted today; L4 was.')).toEqual(['C5:negated:treated', 'L4:affirmed:treated']);
    expect(treatedRegions('C5 not adjusted today; L4 was.')).toEqual(['lumbar']);
    expect(places('Neck not manipulated today. Low back was.')).toEqual(['Neck:negated:treated', 'Low back:affirmed:treated']);
    expect(treatedRegions('L5 not adjusted; C2 and C3 were.')).toEqual(['cervical']);
    expect(treatedRegions('Adjusted C2; T4 was also.')).toEqual(['cervical', 'thoracic']);
  });

  it('negates the places of "was not" after a treated clause', () => {
    expect(places('Adjusted T6 and L3. Cervical was not.')).toEqual(['T6:affirmed:treated', 'L3:affirmed:treated', 'Cervical:negated:treated']);
    expect(treatedRegions('Adjusted T6 and L3. Cervical was not.')).toEqual(['thoracic', 'lumbar']);
  });

  it('takes no verb from a planned manipulation, a clause without a place, or a clause that says more', () => {
    expect(treatedRegions('Will adjust C5 next visit. L4 was.')).toEqual([]);
    expect(treatedRegions('Patient tolerated treatment. L4 was.')).toEqual([]);
    expect(places('Adjusted C2; T4 was restricted.')).toEqual(['C2:affirmed:treated', 'T4:affirmed:lesion']);
  });
});

// Deferral words ("deferred", "held", "skipped") scope to their own clause or part.
describe('a deferred region beside treated ones', () => {
  it('is not treated; the others are', () => {
    expect(treatedRegions('Adjusted T6 and L3; cervical deferred.')).toEqual(['thoracic', 'lumbar']);
    expect(treatedRegions('Adjusted T6 and L3, cervical deferred.')).toEqual(['thoracic', 'lumbar']);
    expect(treatedRegions('Adjusted T6 and L3 but cervical held today.')).toEqual(['thoracic', 'lumbar']);
    expect(treatedRegions('Cervical skipped today; thoracic and lumbar adjusted.')).toEqual(['thoracic', 'lumbar']);
    expect(treatedRegions('CMT: cervical deferred, thoracic and lumbar adjusted.')).toEqual(['thoracic', 'lumbar']);
  });
});
