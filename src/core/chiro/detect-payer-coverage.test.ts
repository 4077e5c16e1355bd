import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import type { FieldText } from '../types';
import { detectPayer } from './detect-payer';

const NOTE = 'S: neck and low back pain.\nA: subluxation C5, L4.\nP: CMT 98941-AT to cervical, thoracic and lumbar.';

describe('the payer from a coverage field (a banner\'s "Payer: …")', () => {
  it('reads Medicare from a coverage field alone, with the field as evidence', () => {
    const guess = detectPayer([
      { id: 'note', kind: 'note', text: NOTE },
      { id: 'coverage-0', kind: 'coverage', text: 'Payer: Medicare Part B' },
    ]);
    expect(guess).toMatchObject({ payer: 'medicare', source: 'page', evidence: { fieldId: 'coverage-0', text: 'Payer: Medicare Part B' } });
  });

  it('prefers the page banner to a coverage line written in the note, and to the site setting', () => {
    const fields: FieldText[] = [
      { id: 'note', kind: 'note', text: `Insurance: Aetna\n${NOTE}` },
      { id: 'coverage-0', kind: 'coverage', text: 'Coverage: Medicare' },
    ];
    expect(detectPayer(fields, 'commercial')).toMatchObject({ payer: 'medicare', source: 'page' });
    expect(detectPayer([{ id: 'coverage-0', kind: 'coverage', text: 'Secondary insurance: Medicare' }], 'commercial')).toMatchObject({ payer: 'commercial', source: 'setting' });
  });

  it('is never read as a note or a diagnosis: no codes, no mentions, and it does not make a visit chiropractic', () => {
    const coverage: FieldText = { id: 'coverage-0', kind: 'coverage', text: 'Insurance plan: M99.01 stenosis plan' };
    const alone = analyze({ fields: [coverage] });
    expect(alone.codes).toEqual([]);
    expect(alone.mentions).toEqual([]);
    expect(alone.findings).toEqual([]);
  });

  it('lets the Medicare rules run on a visit whose payer is only in the banner', () => {
    const fields: FieldText[] = [
      { id: 'dx', kind: 'diagnosis', text: 'M54.2' },
      { id: 'fee', kind: 'procedure', text: '98941-AT' },
      { id: 'note', kind: 'note', text: NOTE },
    ];
    const without = analyze({ fields }).findings.map((f) => f.rule);
    const withBanner = analyze({ fields: [...fields, { id: 'coverage-0', kind: 'coverage', text: 'Payer: Medicare Part B' }] }).findings.map((f) => f.rule);
    expect(without).not.toContain('medicare-primary-diagnosis');
    expect(withBanner).toContain('medicare-primary-diagnosis');
  });
});
