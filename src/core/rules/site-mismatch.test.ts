import { describe, expect, it } from 'vitest';
import { page, runRule } from './run-rule';
import { siteMismatch } from './site-mismatch';

describe('site-mismatch', () => {
  it('flags canal code M99.31 for "Severe C5-6 neuroforaminal stenosis secondary to osteophytes." and offers M99.61', () => {
    const { findings, comparisons } = runRule(siteMismatch, page('M99.31', 'Severe C5-6 neuroforaminal stenosis secondary to osteophytes.'));
    expect(findings[0]).toMatchObject({ severity: 'error', suggestions: ['M99.61'] });
    expect(comparisons[0]?.outcome).toBe('finding');
  });

  it('flags foramen code M99.73 for "Central canal stenosis at L4-5 due to disc bulge." and offers M48.061, not M99.53', () => {
    // M99.53 fits the site, but the M99 category note sends a spinal stenosis to M48.0- (QA stop 45, I).
    expect(runRule(siteMismatch, page('M99.73', 'Central canal stenosis at L4-5 due to disc bulge.')).findings[0]?.suggestions).toEqual(['M48.061']);
  });

  it('reports a supported comparison, with the evidence, when the note matches the code', () => {
    const { findings, comparisons } = runRule(siteMismatch, page('M99.61', 'Moderate left C5-6 foraminal narrowing due to uncovertebral osteophytes.'));
    expect(findings).toEqual([]);
    expect(comparisons).toHaveLength(1);
    expect(comparisons[0]).toMatchObject({ code: 'M99.61', outcome: 'supported' });
    expect(comparisons[0]?.evidence.length).toBeGreaterThan(0);
  });

  it('accepts a canal code that a cord statement documents beside a foraminal narrowing (class 1)', () => {
    const note = 'Moderate bilateral C6-7 foraminal narrowing from uncovertebral spurring. At C4-5 a central disc protrusion flattens the ventral cord.';
    expect(runRule(siteMismatch, page('M99.51', note)).findings).toEqual([]);
  });

  it('compares nothing (no comparison at all) for a code outside the stenosis subcategories', () => {
    expect(runRule(siteMismatch, page('M99.01', 'C5-6 foraminal stenosis due to osteophytes.')).comparisons).toEqual([]);
  });
});
