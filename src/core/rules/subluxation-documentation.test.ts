import { describe, expect, it } from 'vitest';
import { visitPage } from '../chiro/visit-page';
import { runRule } from './run-rule';
import { subluxationDocumentation } from './subluxation-documentation';

describe('subluxation-documentation', () => {
  it('warns for Medicare when a billed region has neither PART (with A or R) nor a dated X-ray', () => {
    const { findings } = runRule(
      subluxationDocumentation,
      visitPage('M99.03', 'Low back pain. L4 subluxation. Adjusted L4.', ['98940-AT'], 'medicare'),
    );
    expect(findings[0]).toMatchObject({ severity: 'warning', code: 'M99.03' });
    expect(findings[0]?.message).toMatch(/found: P/);
  });

  it('is info when the payer is not known to be Medicare', () => {
    expect(
      runRule(
        subluxationDocumentation,
        visitPage('M99.13', 'L4 subluxation with pain. Adjusted L4.', ['98940']),
      ).findings[0]?.severity,
    ).toBe('info');
  });

  it('accepts two of P/A/R/T with one of them A or R', () => {
    const note = 'L4 subluxation with tenderness and restricted flexion. Adjusted L4.';
    expect(
      runRule(subluxationDocumentation, visitPage('M99.03', note, ['98940-AT'], 'medicare')).findings,
    ).toEqual([]);
  });

  it('does not accept P and T alone', () => {
    const note = 'C5 subluxation with tenderness and muscle spasm. Adjusted C5.';
    expect(
      runRule(subluxationDocumentation, visitPage('M99.01', note, ['98940-AT'], 'medicare')).findings,
    ).toHaveLength(1);
  });

  it('accepts an X-ray from 12 months before to 3 months after the start of treatment, not older', () => {
    const inWindow =
      'Initial treatment date: 02/15/2026. L3 subluxation. X-rays dated 12/20/2025 show L3 retrolisthesis. Adjusted L3.';
    const tooOld =
      'Initial treatment date: 03/02/2026. T6 subluxation. X-rays dated 01/10/2024 show T6 rotation. Adjusted T6.';
    expect(
      runRule(subluxationDocumentation, visitPage('M99.03', inWindow, ['98940-AT'], 'medicare')).findings,
    ).toEqual([]);
    expect(
      runRule(subluxationDocumentation, visitPage('M99.02', tooOld, ['98940-AT'], 'medicare')).findings[0]
        ?.message,
    ).toMatch(/outside 12 months/);
  });

  it('asks for the exact level where only a region is named', () => {
    const note =
      'Subluxation of the lumbar spine with tenderness and restricted flexion. Adjusted the lumbar spine.';
    expect(
      runRule(subluxationDocumentation, visitPage('M99.03', note, ['98940-AT'], 'medicare')).findings[0]
        ?.message,
    ).toMatch(/not the exact level \(e\.g\. L4\)/);
  });

  it('leaves osteopathic-only visits alone (BPM §240 is the chiropractic benefit)', () => {
    expect(
      runRule(
        subluxationDocumentation,
        visitPage('M99.08', 'Rib 6 somatic dysfunction, tender. OMT to rib 6.', ['98925']),
      ).findings,
    ).toEqual([]);
    // An E/M line beside OMT (modifier 25) leaves the visit osteopathic (QA stop 50, M4).
    expect(
      runRule(
        subluxationDocumentation,
        visitPage('M99.05', 'Right anterior innominate, somatic dysfunction. OMT to the pelvis.', ['98925', '99213-25'], 'medicare'),
      ).findings,
    ).toEqual([]);
  });
});
