import { describe, expect, it } from 'vitest';
import { findMentions } from '../mentions/find-mentions';

const levels = (text: string) => findMentions({ id: 'n', kind: 'note', text }).map((m) => [m.status, m.levels.map((l) => l.normalized)]);

// A correction or contrast names the level where the finding is not: it is not the finding's level.
describe('a level a correction sets aside', () => {
  it('is not counted as the finding level', () => {
    expect(levels('Addendum: correction, the canal narrowing is at L3-4, not L2-3 as first dictated.')).toEqual([['affirmed', ['L3-L4']]]);
    expect(levels('Corrected: foraminal stenosis at C6-7 rather than C5-6.')).toEqual([['affirmed', ['C6-C7']]]);
    expect(levels('Revised impression: moderate canal stenosis at T11-12 (not T10-11).')).toEqual([['affirmed', ['T11-T12']]]);
    expect(levels('Left foraminal narrowing at L5-S1 instead of L4-5.')).toEqual([['affirmed', ['L5-S1']]]);
    expect(levels('The stenosis is not at C3-4 but at C4-5.')).toEqual([['affirmed', ['C4-C5']]]);
  });

  it('leaves plain lists, a "not" about something else and a negation that goes on as they were', () => {
    expect(levels('Moderate canal stenosis at C4-5, C5-6 and C6-7.')).toEqual([['affirmed', ['C4-C5', 'C5-C6', 'C6-C7']]]);
    expect(levels('Foraminal stenosis at L3-4 and L4-5, not severe.')).toEqual([['affirmed', ['L3-L4', 'L4-L5']]]);
    expect(levels('No canal stenosis at C3-4, not at C4-5 either.')).toEqual([['negated', ['C3-C4', 'C4-C5']]]);
  });
});
