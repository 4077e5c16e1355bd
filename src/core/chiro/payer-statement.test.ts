import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import type { FieldText } from '../types';
import { detectPayer } from './detect-payer';
import { primaryPayerStatement, rankOfLabel } from './payer-statement';

const coverage = (text: string): FieldText => ({ id: 'coverage-0', kind: 'coverage', text });

describe('a payer stated with no label', () => {
  it('reads the primary program of a banner, its rank before or after it, and leaves the supplement out', () => {
    expect(
      primaryPayerStatement('MEDICARE PART B — PRIMARY · Secondary: AARP Medicare Supplement Plan G'),
    ).toMatchObject({ payerText: 'MEDICARE PART B', rank: 'primary', text: 'MEDICARE PART B — PRIMARY' });
    expect(
      primaryPayerStatement('Primary: MEDICARE PART B | Secondary: AARP Medicare Supplement Plan G'),
    ).toMatchObject({ payerText: 'MEDICARE PART B', rank: 'primary' });
    expect(primaryPayerStatement('Medicare Part B (Primary)')).toMatchObject({ rank: 'primary' });
    expect(primaryPayerStatement('Medicare')).toMatchObject({ payerText: 'Medicare', rank: 'unranked' });
    // The supplement stated first, the program second: the program is still the primary payer.
    expect(primaryPayerStatement('Blue Cross Medicare Supplement Plan F; Original Medicare')).toMatchObject({
      payerText: 'Original Medicare',
    });
  });

  it('never takes a secondary or a Medigap plan for the primary payer', () => {
    expect(primaryPayerStatement('Secondary: Medicare')).toBeUndefined();
    expect(primaryPayerStatement('Medicaid — secondary')).toBeUndefined();
    expect(primaryPayerStatement('AARP Medicare Supplement Plan G')).toBeUndefined();
    expect(primaryPayerStatement('Mutual of Omaha Medigap Plan N')).toBeUndefined();
  });

  it('is no sentence that mentions a program, and no heading that precedes one', () => {
    for (const text of [
      'Patient asked whether Medicare covers maintenance visits.',
      'Billing per Medicare guidelines',
      'Medicare guidelines',
      'Plan: Medicare',
      'Non-Medicare',
      'discussed Medicare',
      'Asked About Medicare',
    ])
      expect(primaryPayerStatement(text), text).toBeUndefined();
  });

  it('reads the payer of a banner whose items part at a spaced dash as well as at a dot or a bar', () => {
    const shapes: [string, string, 'primary' | 'unranked', string][] = [
      ['Jane Doe · DOB 01/02/1950 — Medicare Part B', 'Medicare Part B', 'unranked', 'medicare'],
      ['Jane Doe · DOB 01/02/1950 - Medicare Part B', 'Medicare Part B', 'unranked', 'medicare'],
      ['Jane Doe | DOB 01/02/1950 – Medicare Part B', 'Medicare Part B', 'unranked', 'medicare'],
      ['DOE, JANE — 76 y F — MRN 448812 — MEDICARE', 'MEDICARE', 'unranked', 'medicare'],
      ['Jane Doe — Medicare Part B — Primary', 'Medicare Part B', 'primary', 'medicare'],
      ['Jane Doe · 01/02/1950 · Medicaid — HMO', 'Medicaid', 'unranked', 'medicaid'],
      ['Jane Doe (F) — DOB 1950-01-02 — Primary — Medicare', 'Medicare', 'primary', 'medicare'],
      [
        'Jane Doe — DOB 01/02/1950 — Medicare Part B | Secondary: AARP Medicare Supplement Plan G',
        'Medicare Part B',
        'unranked',
        'medicare',
      ],
      ['Jane Doe — Secondary: Medicaid — Primary: Medicare Part B', 'Medicare Part B', 'primary', 'medicare'],
      ['Jane Doe\u2002—\u2002Tricare Select', 'Tricare Select', 'unranked', 'commercial'],
    ];
    for (const [banner, payerText, rank, payer] of shapes) {
      const statement = primaryPayerStatement(banner);
      expect(statement, banner).toMatchObject({ payerText, rank });
      // The evidence is where the banner says it.
      expect(banner.slice(statement?.start, statement?.end), banner).toBe(statement?.text);
      expect(detectPayer([coverage(banner)]).payer, banner).toBe(payer);
    }
  });

  it('takes no payer from dash-parted text that is a secondary plan, a sentence or a name with a hyphen', () => {
    for (const text of [
      'Jane Doe — DOB 01/02/1950 — Secondary — Medicare',
      'Jane Doe — Medicaid — secondary',
      'Jane Doe — AARP Medicare Supplement Plan G',
      'Reviewed coverage — patient asked whether Medicare covers maintenance visits',
      'Follow-up in 2 weeks - billing per Medicare guidelines',
      'Jane Doe — Non-Medicare',
      'Jane Doe — not Medicare',
      'Jane Doe—Medicare guidelines apply',
    ])
      expect(primaryPayerStatement(text), text).toBeUndefined();
    // A dash inside a name parts nothing.
    expect(primaryPayerStatement('Jane Doe — Medi-Cal')).toMatchObject({ payerText: 'Medi-Cal' });
  });

  it('reads the rank of a bare label before a pill', () => {
    expect(rankOfLabel('Secondary')).toBe('later');
    expect(rankOfLabel('Primary payer:')).toBe('primary');
    expect(rankOfLabel('Secondary: AARP')).toBeUndefined();
  });
});

describe('detectPayer with a banner statement', () => {
  it('says Medicare for the primary program, with the statement as evidence', () => {
    const guess = detectPayer([
      coverage('MEDICARE PART B — PRIMARY · Secondary: AARP Medicare Supplement Plan G'),
    ]);
    expect(guess).toMatchObject({
      payer: 'medicare',
      source: 'page',
      evidence: { text: 'MEDICARE PART B — PRIMARY', start: 0 },
    });
  });

  it('reads a Medicare Advantage plan as the private plan it is, as a labelled line does', () => {
    expect(detectPayer([coverage('Humana Medicare Advantage — Primary')]).payer).toBe('commercial');
    expect(detectPayer([coverage('Medicare Advantage (Part C)')]).payer).toBe('commercial');
    expect(detectPayer([coverage('Insurance: Humana Medicare Advantage')]).payer).toBe('commercial');
  });

  it('does not read a statement from a note, and a labelled line in a banner still outranks it', () => {
    expect(detectPayer([{ id: 'n', kind: 'note', text: 'Medicare' }]).payer).toBe('unknown');
    expect(
      detectPayer([{ id: 'n', kind: 'note', text: 'Patient asked whether Medicare covers the visits.' }])
        .payer,
    ).toBe('unknown');
    expect(detectPayer([coverage('Payer: Aetna'), coverage('Medicare')]).payer).toBe('commercial');
  });

  it('turns the Medicare rules on for a visit whose payer is only in such a banner', () => {
    const fields: FieldText[] = [
      { id: 'dx', kind: 'diagnosis', text: 'M99.03' },
      { id: 'fee', kind: 'procedure', text: '98940' },
      {
        id: 'note',
        kind: 'note',
        text: 'Exam: L5 subluxation, restricted lumbar flexion. Treatment: manipulation of the lumbar region. Active corrective care.',
      },
    ];
    expect(analyze({ fields }).findings.map((f) => f.rule)).not.toContain('manipulation-modifier');
    const banner = analyze({
      fields: [...fields, coverage('Primary: MEDICARE PART B · Secondary: AARP Medicare Supplement Plan G')],
    });
    expect(banner.findings.map((f) => f.rule)).toContain('manipulation-modifier');
  });
});
