import { describe, expect, it } from 'vitest';
import { regionMismatch } from './region-mismatch';
import { page, runRule } from './run-rule';

describe('region-mismatch', () => {
  it('flags M99.60 for "Moderate left C5-6 foraminal narrowing due to osteophytes." and offers M99.61', () => {
    const { findings } = runRule(regionMismatch, page('M99.60', 'Moderate left C5-6 foraminal narrowing due to osteophytes.'));
    expect(findings[0]).toMatchObject({ severity: 'error', suggestions: ['M99.61'] });
    expect(findings[0]?.message).toMatch(/head region \(digit 0\)/);
  });

  it('softens to info when the documented regions are mixed', () => {
    const { findings } = runRule(regionMismatch, page('M99.62', 'C5-6 foraminal stenosis due to osteophytes. L4-5 foraminal stenosis due to osteophytes.'));
    expect(findings[0]?.severity).toBe('info');
  });

  it('gives one finding however many mentions disagree', () => {
    const { findings } = runRule(regionMismatch, page('M99.60', 'C5-6 foraminal stenosis due to osteophyte. C6-7 foraminal stenosis due to osteophyte.'));
    expect(findings).toHaveLength(1);
  });

  it('is quiet when the region matches', () => {
    expect(runRule(regionMismatch, page('M99.63', 'L4-5 foraminal stenosis due to facet hypertrophy.')).findings).toEqual([]);
  });
});
