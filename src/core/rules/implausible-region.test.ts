import { describe, expect, it } from 'vitest';
import { implausibleRegion } from './implausible-region';
import { page, runRule } from './run-rule';

describe('implausible-region', () => {
  it('warns for M99.66 (lower extremity) with "Right L4-5 foraminal narrowing secondary to facet hypertrophy." and offers M99.63', () => {
    const { findings } = runRule(implausibleRegion, page('M99.66', 'Right L4-5 foraminal narrowing secondary to facet hypertrophy.'));
    expect(findings[0]).toMatchObject({ severity: 'warning', suggestions: ['M99.63'] });
    expect(findings[0]?.message).toMatch(/lower extremity region/);
  });

  it('is quiet for spinal regions and for lesions that are not stenosis (M99.06)', () => {
    expect(runRule(implausibleRegion, page('M99.63', 'L4-5 foraminal stenosis.')).findings).toEqual([]);
    expect(runRule(implausibleRegion, page('M99.06', 'Hip restriction.')).findings).toEqual([]);
  });
});
