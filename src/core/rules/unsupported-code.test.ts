import { describe, expect, it } from 'vitest';
import { page, runRule } from './run-rule';
import { unsupportedCode } from './unsupported-code';

describe('unsupported-code', () => {
  it('warns for M99.63 with "No canal or foraminal stenosis at L4-5." (negated)', () => {
    const { findings, comparisons } = runRule(unsupportedCode, page('M99.63', 'No canal or foraminal stenosis at L4-5.'));
    expect(findings[0]).toMatchObject({ severity: 'warning' });
    expect(findings[0]?.message).toMatch(/negated/);
    expect(comparisons[0]?.outcome).toBe('finding');
  });

  it('cites the uncertain-diagnosis guideline for "Cannot exclude C5-6 foraminal stenosis."', () => {
    const { findings } = runRule(unsupportedCode, page('M99.61', 'Cannot exclude C5-6 foraminal stenosis.'));
    expect(findings[0]?.message).toMatch(/uncertain/);
    expect(findings[0]?.sources.some((s) => /IV\.H/.test(s.title))).toBe(true);
  });

  it('warns when the note says nothing about stenosis at all', () => {
    expect(runRule(unsupportedCode, page('M99.61', 'Neck pain for two weeks.')).findings[0]?.message).toMatch(/no spinal stenosis/);
  });

  it('is quiet when the note affirms a stenosis', () => {
    expect(runRule(unsupportedCode, page('M99.61', 'C5-6 foraminal stenosis.')).findings).toEqual([]);
  });
});

describe('unsupported-code: contact with the sac the note denies is stenosis (QA stop 44, A3)', () => {
  const a3 = 'At T7-T8 a small disc protrusion mildly indents the ventral thecal sac without cord compression. Impression: small protrusion without stenosis.';

  it('warns for M99.52 when the only affirmed statement is an indented sac and the impression denies stenosis', () => {
    const { findings, comparisons } = runRule(unsupportedCode, page('M99.52', a3));
    expect(findings[0]).toMatchObject({ rule: 'unsupported-code', severity: 'warning', messageId: 'finding_stenosis_contact_denied' });
    expect(findings[0]?.message).toMatch(/only contact with the sac or cord \("indents the ventral thecal sac"\) and denies stenosis \("stenosis"\)/);
    expect(findings[0]?.evidence.map((s) => s.text)).toEqual(['M99.52', 'indents the ventral thecal sac', 'stenosis']);
    expect(comparisons[0]?.outcome).toBe('finding');
  });

  it('reads compression of the thecal sac as contact too', () => {
    const text = 'At L4-5 a disc bulge mildly compresses the thecal sac. Impression: no stenosis.';
    expect(runRule(unsupportedCode, page('M99.53', text)).findings[0]?.messageId).toBe('finding_stenosis_contact_denied');
  });

  it('is quiet when the denial is at another level', () => {
    const text = 'At L4-5 a disc bulge mildly effaces the ventral thecal sac. No stenosis at L2-3.';
    expect(runRule(unsupportedCode, page('M99.53', text)).findings).toEqual([]);
  });

  it('is quiet when the note affirms a narrowing beside the contact', () => {
    const text = 'At L4-5 a disc bulge indents the thecal sac with moderate canal stenosis. No foraminal stenosis.';
    expect(runRule(unsupportedCode, page('M99.53', text)).findings).toEqual([]);
  });

  it('is quiet when the note does not deny stenosis (the contact stays for the axis rules to compare)', () => {
    expect(runRule(unsupportedCode, page('M99.52', 'At T7-T8 a small disc protrusion mildly indents the ventral thecal sac.')).findings).toEqual([]);
  });
});

describe('unsupported-code: a statement the note took back is named by why, not by its status (stop 54)', () => {
  const status = (code: string, note: string) => runRule(unsupportedCode, page(code, note)).findings[0];

  it.each([
    ['an addendum that calls the level normal', 'Impression: moderate left L4-5 foraminal stenosis.\nADDENDUM: on review the L4-5 level is normal.'],
    ['a correction that calls the level unremarkable', 'L4-5: mild bilateral foraminal stenosis.\nCorrection of the level: L4-5 is unremarkable.'],
  ])('says "corrected by a later addendum or correction" for %s', (_label, note) => {
    const f = status('M99.63', note);
    expect(f?.message).toMatch(/only as corrected by a later addendum or correction \("foraminal stenosis"\)/);
    expect(f?.params?.['statuses_or_terms']).toBe('status_corrected');
  });

  it('names both when a corrected impression also denies the finding where it stands', () => {
    const f = status('M99.63', 'Impression: severe central canal stenosis at L4-5.\nCorrected impression: no central canal stenosis at L4-5.');
    expect(f?.params?.['statuses_or_terms']).toBe('status_corrected|status_negated');
  });

  it('keeps "negated" for a denial where it stands, and for a denial beside a correction of something else', () => {
    expect(status('M99.63', 'No foraminal stenosis at L4-5.')?.message).toMatch(/only as negated/);
    expect(status('M99.63', 'No foraminal stenosis at L4-5. Correction: the patient is 54, not 45.')?.message).toMatch(/only as negated \(/);
  });
});
