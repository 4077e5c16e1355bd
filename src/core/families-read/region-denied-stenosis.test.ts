import { describe, expect, it } from 'vitest';
import { analyzeCodesAndNote as run } from '../../../test/support/code-and-note';

/**
 * A stenosis code whose own region the note names only to deny the stenosis, beside foraminal
 * narrowing in another part of the spine: the denial is the reason given (blind QA stop 54, L8).
 */
describe('stenosis denied in the code region, foraminal narrowing elsewhere', () => {
  it('says the thoracic stenosis is negated, by a region word or by a level, not that the narrowing is lumbar', () => {
    for (const note of [
      'CT T-spine and L-spine. Thoracic: no thoracic canal stenosis; T8-9 facet arthrosis. Lumbar: left L3-4 foraminal narrowing from facet overgrowth.',
      'T6-7: no central canal stenosis. L3-4: mild left foraminal narrowing from facet overgrowth.',
    ]) {
      const r = run('M48.04', note);
      const f = r.findings.find((x) => x.code === 'M48.04');
      expect(f).toMatchObject({ rule: 'unsupported-code', messageId: 'finding_family_lesion_only_as' });
      expect(f?.message).toMatch(/only as negated/);
      expect(r.findings.some((x) => x.rule === 'region-mismatch')).toBe(false);
    }
  });

  it('keeps the region finding when the code region is not named at all', () => {
    const r = run(
      'M48.04',
      'L3-4: mild left foraminal narrowing from facet overgrowth. No canal stenosis at L3-4.',
    );
    expect(r.findings.find((x) => x.code === 'M48.04')?.rule).not.toBe('unsupported-code');
  });
});
