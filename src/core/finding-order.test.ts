import { describe, expect, it } from 'vitest';
import { sortFindings } from './finding-order';
import type { Finding } from './types';

const finding = (code: string, rule: Finding['rule'], severity: Finding['severity']): Finding => ({
  rule,
  severity,
  code,
  suggestions: [],
  message: `${rule} ${code}`,
  evidence: [],
  sources: [],
});

describe('sortFindings (one order for the side panel and the badge card)', () => {
  it('puts a code’s error before its warnings and notes, whatever order the rules gave them (QA stop 54, M4)', () => {
    const found = [
      finding('M99.63', 'missing-documentation', 'warning'),
      finding('M99.63', 'suggested-code', 'info'),
      finding('M99.63', 'medicare-primary-diagnosis', 'error'),
    ];
    expect(sortFindings(found, ['M99.63']).map((f) => f.severity)).toEqual(['error', 'warning', 'info']);
  });

  it('keeps the codes in entry order, the visit’s own findings last, and the registry’s order within a severity', () => {
    const found = [
      finding('98940', 'manipulation-modifier', 'error'),
      finding('M99.02', 'unsupported-code', 'warning'),
      finding('M99.01', 'region-mismatch', 'warning'),
      finding('M99.01', 'invalid-code', 'warning'),
    ];
    expect(sortFindings(found, ['M99.01', 'M99.02']).map((f) => `${f.code} ${f.rule}`)).toEqual([
      'M99.01 invalid-code',
      'M99.01 region-mismatch',
      'M99.02 unsupported-code',
      '98940 manipulation-modifier',
    ]);
  });
});
