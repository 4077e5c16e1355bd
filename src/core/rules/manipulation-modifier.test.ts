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

  describe('98943 on a Medicare claim (statutorily excluded: 42 CFR 410.21(b))', () => {
    const EXTRA =
      'Active care. C5 subluxation, tender, restricted. Right shoulder misalignment, tender. Adjusted C5 and the right shoulder.';

    it('warns once when the line lacks GY, suggesting GY and saying GA/GZ do not apply', () => {
      const { findings } = runRule(
        manipulationModifier,
        visitPage('M99.01, M99.07', EXTRA, ['98940-AT', '98943'], 'medicare'),
      );
      expect(findings.map((f) => [f.code, f.severity, f.suggestions, f.messageId])).toEqual([
        ['98943', 'warning', ['98943-GY'], 'finding_modifier_extraspinal_no_gy'],
      ]);
      expect(findings[0]?.message).toMatch(/denied as a statutorily excluded \(non-covered\) service/);
      expect(findings[0]?.message).toMatch(/GX as well if a voluntary ABN/);
      expect(findings[0]?.message).toMatch(/GA and GZ are for services denied as not medically necessary/);
      expect(findings[0]?.sources.map((s) => s.title).join(' ')).toMatch(/42 CFR 410\.21\(b\)/);
    });

    it('gives one finding for the line whatever else it carries (98943-AT-GA is not also the AT+GA finding)', () => {
      const { findings } = runRule(
        manipulationModifier,
        visitPage('M99.01, M99.07', EXTRA, ['98940-AT', '98943-AT-GA'], 'medicare'),
      );
      expect(findings.map((f) => [f.code, f.messageId])).toEqual([
        ['98943', 'finding_modifier_extraspinal_no_gy'],
      ]);
    });

    it('says only info when the line carries GY (with or without GX)', () => {
      for (const line of ['98943-GY', '98943-GY-GX']) {
        const { findings } = runRule(
          manipulationModifier,
          visitPage('M99.01, M99.07', EXTRA, ['98940-AT', line], 'medicare'),
        );
        expect(findings.map((f) => [f.code, f.severity, f.suggestions, f.messageId])).toEqual([
          ['98943', 'info', [], 'finding_modifier_extraspinal_gy'],
        ]);
      }
    });

    it('is quiet for other payers', () => {
      expect(
        runRule(
          manipulationModifier,
          visitPage('M99.01, M99.07', `Payer: Cigna\n${EXTRA}`, ['98940', '98943']),
        ).findings,
      ).toEqual([]);
    });
  });
});
