import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { visitPage } from './visit-page';

// QA stop 53, H6: an uncertain chiropractic diagnosis ("possible", "r/o", "?") supported its M99.0x
// code, for Medicare too, because the region's exam findings and its adjustment stood in for the
// diagnosis. Outpatient, an uncertain diagnosis is not coded (Official Guidelines IV.H).
const verdicts = (codes: string, note: string, payer?: 'medicare') => {
  const r = analyze(visitPage(codes, note, ['98940-AT'], payer));
  return Object.fromEntries((r.verdicts ?? []).map((v) => [v.code, v.verdict]));
};
const findings = (codes: string, note: string) =>
  analyze(visitPage(codes, note, ['98940-AT'])).findings.map((f) => [f.rule, f.code]);

describe('an uncertain diagnosis at a region does not support its M99.0x/M99.1x code', () => {
  it.each([
    'A: Sacral segmental dysfunction, possible.\nP: CMT sacrum.',
    'A: Possible sacral subluxation S1, r/o.\nP: CMT S1.',
    'A: Segmental dysfunction S1, r/o.\nP: Adjusted S1.',
    'A: S2 subluxation?\nP: Diversified S2.',
    'A: Sacral subluxation S1, cannot rule out.\nP: CMT S1.',
  ])('leaves M99.04 unsupported beside "%s"', (note) => {
    expect(verdicts('M99.04', note)['M99.04']).not.toBe('supported');
  });

  it('is not made a diagnosis by the region\u2019s P/A/R/T findings or its adjustment, Medicare or not', () => {
    const note =
      'T8: tender, restricted rotation, hypertonic paraspinals.\nC5: tender, restricted flexion, spasm.\nA: Thoracic subluxation T8. Possible cervical subluxation C5, r/o.\nP: CMT T8, C5.';
    expect(verdicts('M99.12, M99.11', note, 'medicare')['M99.11']).toBe('finding');
    expect(verdicts('M99.12, M99.11', note)).toMatchObject({ 'M99.12': 'supported', 'M99.11': 'finding' });
  });

  it('suggests no code for the uncertain region', () => {
    const note =
      'A: Thoracic segmental dysfunction T8. Lumbar segmental dysfunction L2, questionable.\nP: CMT T8, L2.';
    expect(findings('M99.02', note)).not.toContainEqual(['treated-region-uncoded', 'M99.03']);
    expect(findings('M99.02', note.replace(', questionable', ''))).toContainEqual([
      'treated-region-uncoded',
      'M99.03',
    ]);
  });

  it('keeps a region supported where an affirmed diagnosis stands beside the doubt', () => {
    const note = 'A: Lumbar subluxation L3. Possible L5 subluxation as well.\nP: CMT L3, L5.';
    expect(verdicts('M99.13', note)['M99.13']).toBe('supported');
    expect(verdicts('M99.13', 'A: Lumbar subluxation L3.\nP: CMT L3.')['M99.13']).toBe('supported');
  });
});
