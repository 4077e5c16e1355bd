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
});
