import { describe, expect, it } from 'vitest';
import { findCodes } from '../find-codes';
import type { FieldText } from '../types';
import { readVisit } from './read-visit';

const countsOf = (note: string, procedure?: string) => {
  const dx = { id: 'dx', kind: 'diagnosis' as const, text: 'M99.03' };
  const fields: FieldText[] = [dx, { id: 'n', kind: 'note', text: note }];
  if (procedure !== undefined) fields.push({ id: 'p', kind: 'procedure' as const, text: procedure });
  return readVisit({ fields, codes: findCodes(dx) }).regionCounts.map((c) => [
    c.min,
    c.max,
    c.extraspinal,
    c.span.text,
  ]);
};

describe('region counts stated for the manipulation (blind QA stop 48)', () => {
  it.each([
    ['P: CMT to the neck and low back (2 regions).', [[2, 2, false, '2 regions']]],
    ['CMT, 3-4 regions, tolerated well.', [[3, 4, false, '3-4 regions']]],
    ['Spinal manipulation 1-2 regions today.', [[1, 2, false, '1-2 regions']]],
    ['Adjusted three spinal regions.', [[3, 3, false, 'three spinal regions']]],
    ['Regions treated: 4', [[4, 4, false, 'Regions treated: 4']]],
    ['Extremity adjusting, two extraspinal regions.', [[2, 2, true, 'two extraspinal regions']]],
  ])('reads %j', (note, expected) => {
    expect(countsOf(note)).toEqual(expected);
  });

  it('reads no count outside a manipulation done today', () => {
    expect(countsOf('Pain spreads over 2 regions of the back.')).toEqual([]);
    expect(countsOf('Will adjust 3 regions at the next visit.')).toEqual([]);
    expect(countsOf('Treatment plan: CMT, 2 regions, twice a week.')).toEqual([]);
    expect(countsOf('Lumbar region: 2 segments restricted. Adjusted L4.')).toEqual([]);
  });

  it('leaves out the band written beside a code as its description, but keeps a number beside one', () => {
    expect(countsOf('Procedure: 98941 CMT 3-4 regions.')).toEqual([]);
    expect(countsOf('Procedure: 98942 CMT (2 regions).')).toEqual([[2, 2, false, '2 regions']]);
  });

  it("reads the fee ticket's manipulation lines, first", () => {
    expect(
      countsOf(
        'Adjusted C5.',
        'Chiropractic manipulative treatment, 2 regions\n97140 manual therapy 2 regions',
      ),
    ).toEqual([[2, 2, false, '2 regions']]);
    expect(countsOf('Adjusted C5.', '98943 extremity manipulation (1 region)')).toEqual([
      [1, 1, true, '1 region'],
    ]);
  });
});

describe('"manipulative treatment" names the manipulation (blind QA stop 48)', () => {
  it('counts the regions named after "chiropractic manipulative treatment" as treated today', () => {
    const dx = { id: 'dx', kind: 'diagnosis' as const, text: 'M99.01' };
    const note =
      'Segmental dysfunction at C6 and L3.\nP: Chiropractic manipulative treatment to the neck and the lumbar spine.';
    const { visit } = readVisit({
      fields: [dx, { id: 'n', kind: 'note', text: note }],
      codes: findCodes(dx),
    });
    expect(visit.regions.filter((r) => r.treated).map((r) => r.region)).toEqual(['cervical', 'lumbar']);
  });

  it('reads "manipulative treatment deferred" as no manipulation today', () => {
    const dx = { id: 'dx', kind: 'diagnosis' as const, text: 'M99.03' };
    const note = 'Chiropractic manipulative treatment deferred today because of the flare.';
    expect(
      readVisit({ fields: [dx, { id: 'n', kind: 'note', text: note }], codes: findCodes(dx) }).visit
        .noManipulation?.text,
    ).toMatch(/^Chiropractic manipulative treatment deferred/);
  });
});
