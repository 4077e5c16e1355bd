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
