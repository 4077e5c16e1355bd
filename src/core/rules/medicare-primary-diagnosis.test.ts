import { describe, expect, it } from 'vitest';
import { visitPage } from '../chiro/visit-page';
import { medicarePrimaryDiagnosis } from './medicare-primary-diagnosis';
import { runRule } from './run-rule';

const NOTE = 'Active care. L5 subluxation with tenderness and reduced flexion. Adjusted L5.';

describe('medicare-primary-diagnosis', () => {
  it('is an error when Medicare is billed 98940 and the first diagnosis is not M99.00-M99.05', () => {
    const { findings } = runRule(
      medicarePrimaryDiagnosis,
      visitPage('M54.50, M99.03', `Insurance: Medicare\n${NOTE}`, ['98940-AT']),
    );
    expect(findings[0]).toMatchObject({ severity: 'error', code: 'M54.50', suggestions: ['M99.03'] });
    expect(findings[0]?.message).toMatch(/List M99.03 first/);
  });

  it('suggests the M99.0- code of the documented region when none is listed', () => {
    const { findings } = runRule(
      medicarePrimaryDiagnosis,
      visitPage('M99.13', NOTE, ['98940-AT'], 'medicare'),
    );
    expect(findings[0]?.suggestions).toEqual(['M99.03']);
    expect(findings[0]?.message).toMatch(/payer setting/);
  });

  it('runs only when the payer is known to be Medicare', () => {
    expect(runRule(medicarePrimaryDiagnosis, visitPage('M54.50', NOTE, ['98940'])).findings).toEqual([]);
    expect(
      runRule(
        medicarePrimaryDiagnosis,
        visitPage('M54.50', `Insurance: Medicare Advantage\n${NOTE}`, ['98940']),
      ).findings,
    ).toEqual([]);
  });

  it('lets a coverage line on the page win over the setting', () => {
    expect(
      runRule(medicarePrimaryDiagnosis, visitPage('M54.50', `Payer: Aetna\n${NOTE}`, ['98940'], 'medicare'))
        .findings,
    ).toEqual([]);
  });

  it('is quiet for M99.00-M99.05 first, and for extraspinal-only lines', () => {
    expect(
      runRule(medicarePrimaryDiagnosis, visitPage('M99.03, M54.50', NOTE, ['98940-AT'], 'medicare')).findings,
    ).toEqual([]);
    expect(
      runRule(
        medicarePrimaryDiagnosis,
        visitPage('M99.06', 'Adjusted the right ankle.', ['98943'], 'medicare'),
      ).findings,
    ).toEqual([]);
  });

  // Blind QA stop 54, M5: the listed M99.0- code the same run calls unsupported is never named.
  it('never names a listed M99.00-M99.05 code whose region the note does not support', () => {
    const cases: [string, string, string[]][] = [
      // Sacral code listed, the note documents cervical and lumbar only: the cervical code.
      [
        'M99.11, M99.13, M99.04',
        'A: C5 rotated right; L5 posterior-inferior; sacrum not assessed today. Adjusted C5 and L5.',
        ['M99.01'],
      ],
      // Thoracic code listed, the note documents only the lumbar region.
      ['M54.50, M99.02', 'Lumbar: L4 fixation with tenderness. Adjusted L4 today.', ['M99.03']],
      // Two listed: the supported one wins, whatever the order.
      ['M54.50, M99.04, M99.01', 'Segmental dysfunction C2 with reduced rotation. Adjusted C2.', ['M99.01']],
    ];
    for (const [codes, note, expected] of cases) {
      const { findings } = runRule(
        medicarePrimaryDiagnosis,
        visitPage(codes, note, ['98940-AT'], 'medicare'),
      );
      expect(findings[0]?.suggestions, codes).toEqual(expected);
    }
  });

  it('says none of the listed codes fits when the note documents no spinal region', () => {
    const { findings } = runRule(
      medicarePrimaryDiagnosis,
      visitPage(
        'M54.50, M99.03',
        'Right ankle: talar fixation, tender. Adjusted the right ankle.',
        ['98940-AT'],
        'medicare',
      ),
    );
    expect(findings[0]?.suggestions).toEqual([]);
    expect(findings[0]?.message).toMatch(/None of the listed M99.00-M99.05 codes \(M99.03\) fits/);
  });

  it('still names a listed code the note supports (control)', () => {
    const { findings } = runRule(
      medicarePrimaryDiagnosis,
      visitPage('M99.13, M99.03', 'L5 subluxation with tenderness. Adjusted L5.', ['98940-AT'], 'medicare'),
    );
    expect(findings[0]?.suggestions).toEqual(['M99.03']);
    expect(findings[0]?.message).toMatch(/List M99.03 first/);
  });
});
