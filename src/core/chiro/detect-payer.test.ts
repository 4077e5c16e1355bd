import { describe, expect, it } from 'vitest';
import { detectPayer, parsePayer } from './detect-payer';

const on = (text: string, fallback?: Parameters<typeof detectPayer>[1]) =>
  detectPayer([{ id: 'n', kind: 'note', text }], fallback);

describe('detectPayer', () => {
  it('reads a coverage line naming Medicare, with the reason and evidence', () => {
    const guess = on('Primary insurance: Medicare Part B\nS: neck pain');
    expect(guess).toMatchObject({ payer: 'medicare', source: 'page' });
    expect(guess.evidence?.text).toBe('Primary insurance: Medicare Part B');
  });

  it('reads free wording, but not a negation, a secondary payer or Medicare Advantage', () => {
    expect(on('Medicare beneficiary here for care.').payer).toBe('medicare');
    expect(on('Patient is on Medicare.').payer).toBe('medicare');
    expect(on('Not a Medicare patient.').payer).toBe('unknown');
    expect(on('Secondary insurance: Medicare').payer).toBe('unknown');
    expect(on('Insurance: Medicare Advantage (Humana)').payer).toBe('commercial');
  });

  it('does not read "Plan:" (the treatment plan) as a health plan', () => {
    expect(on('Plan: 2x/week for 4 weeks').payer).toBe('unknown');
  });

  it('falls back to the site setting, and the page wins over it', () => {
    expect(on('No coverage shown', 'medicare')).toMatchObject({ payer: 'medicare', source: 'setting' });
    expect(on('Payer: Aetna', 'medicare')).toMatchObject({ payer: 'commercial', source: 'page' });
  });

  it('takes only known payer ids from settings and the CLI', () => {
    expect(parsePayer('Medicare')).toBe('medicare');
    expect(parsePayer('medicair')).toBeUndefined();
  });
});

// The labels banners abbreviate, read by the core as written (the content script used to send
// them as "Payer"; the CLI never saw them).
describe('detectPayer: coverage labels as banners write them', () => {
  it.each([
    ['Ins: Medicare', 'medicare'],
    ['Ins.: Medicare Part B', 'medicare'],
    ['Cvg: MEDICARE PART A & B', 'medicare'],
    ['Prim Ins: Medicare', 'medicare'],
    ['Pri. Payer: Medicare', 'medicare'],
    ['Fin Class: MCR', 'medicare'],
    ['Financial Class: Medicaid', 'medicaid'],
    ['Fin. Class: MCD', 'medicaid'],
    ['Fin Class: Self Pay', 'self-pay'],
    ['Insurance Company: Medicare', 'medicare'],
    ['Payer Name: Aetna', 'commercial'],
    ['Cvg: MCR Advantage (Humana)', 'commercial'],
  ])('reads "%s" from a coverage field and from a note', (text, payer) => {
    expect(detectPayer([{ id: 'coverage-0', kind: 'coverage', text }])).toMatchObject({
      payer,
      source: 'page',
      evidence: { text },
    });
    expect(on(`${text}\nS: neck pain`).payer).toBe(payer);
  });

  it.each([
    'Sec Ins: Medicare',
    'Sec. Cvg: Medicare',
    'Secondary Payer: Medicare',
    'Tertiary insurance: Medicare',
  ])('never takes a payer billed after the first: "%s"', (text) => {
    expect(on(text).payer).toBe('unknown');
    expect(on(`${text}\nPrim Ins: Aetna`).payer).toBe('commercial');
  });
});

describe("detectPayer: a coverage line's quote ends with its statement (QA stop 54)", () => {
  it('quotes the payer, not the sentence after it', () => {
    // Before: "Coverage: Medicare Part B. Active/corrective care for 4 weeks." and "Ins: Medicare. Active care. L2 segmental dysfunction with TTP and".
    expect(on('Coverage: Medicare Part B. Active/corrective care for 4 weeks.').evidence?.text).toBe(
      'Coverage: Medicare Part B',
    );
    expect(
      on('Ins: Medicare. Active care. L2 segmental dysfunction with TTP and spasm.').evidence?.text,
    ).toBe('Ins: Medicare');
    expect(on('Ins: Medicare. L2 segmental dysfunction.').evidence?.text).toBe('Ins: Medicare');
  });

  it('reads through an initialism or a short abbreviation inside the value', () => {
    expect(on('Insurance: Aetna Ins. Co. of America').evidence?.text).toBe(
      'Insurance: Aetna Ins. Co. of America',
    );
    expect(on('Payer: U.S. Dept. of Labor (OWCP)').evidence?.text).toBe('Payer: U.S. Dept. of Labor (OWCP)');
  });

  it('does not read the next sentence as the payer', () => {
    expect(on('Insurance: Aetna. Medicare was primary last year.').payer).not.toBe('medicare');
  });
});
