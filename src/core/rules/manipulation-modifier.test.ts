import { describe, expect, it } from 'vitest';
import { visitPage } from '../chiro/visit-page';
import { manipulationModifier } from './manipulation-modifier';
import { runRule } from './run-rule';

const ACTIVE = 'Active care. C5 segmental dysfunction with tenderness and restricted rotation. Adjusted C5.';

describe('manipulation-modifier', () => {
  it('flags AT together with GA on one line', () => {
    const { findings } = runRule(
      manipulationModifier,
      visitPage('M99.01', ACTIVE, ['98940-AT-GA'], 'medicare'),
    );
    expect(findings[0]?.message).toMatch(/both AT and GA/);
  });

  it('flags AT on a visit the note calls maintenance, for any payer', () => {
    const note = 'Wellness visit. L5 subluxation with tenderness. Adjusted L5.';
    expect(
      runRule(manipulationModifier, visitPage('M99.13', note, ['98940 AT'])).findings[0]?.message,
    ).toMatch(/"Wellness"/);
  });

  it('asks Medicare lines for AT, GA or GZ, and suggests AT for active care', () => {
    const { findings } = runRule(
      manipulationModifier,
      visitPage('M99.01', `Insurance: Medicare\n${ACTIVE}`, ['98940 GP']),
    );
    expect(findings[0]).toMatchObject({ code: '98940', suggestions: ['98940-AT'] });
  });

  it('is quiet for a correct Medicare line and for other payers without modifiers', () => {
    expect(
      runRule(manipulationModifier, visitPage('M99.01', ACTIVE, ['98940-AT'], 'medicare')).findings,
    ).toEqual([]);
    expect(
      runRule(manipulationModifier, visitPage('M99.01', `Payer: Cigna\n${ACTIVE}`, ['98940'])).findings,
    ).toEqual([]);
  });

  it('does not read "not maintenance" as maintenance', () => {
    const note = 'This is active corrective care, not maintenance. C5 subluxation, tender. Adjusted C5.';
    expect(runRule(manipulationModifier, visitPage('M99.11', note, ['98940-AT'])).findings).toEqual([]);
  });
});
