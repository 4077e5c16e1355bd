import { describe, expect, it } from 'vitest';
import { analyzeCodesAndNote, verdictOn } from '../../../test/support/code-and-note';
import { levelCorrections } from './level-corrections';

// Blind QA stop 51, H4: an addendum that corrects a level replaces the original level for the
// findings it names, and "level X is normal" takes back what was said at X.
describe('an addendum or correction that moves a finding to another level', () => {
  it.each([
    'C6-C7: Left paracentral disc extrusion.\nADDENDUM: The disc extrusion is at C7-T1, not C6-C7.',
    'Impression: C6-7 disc herniation.\nAddendum 11/19: on review of the localizer, the herniation described at C6-7 is at C7-T1.',
    'FINDINGS: C6-C7 broad disc protrusion.\nCORRECTED REPORT: the protrusion reported at C6-C7 is actually at C7-T1. The C6-C7 level is normal.',
    'C6-C7: Left paracentral disc extrusion.\nAddendum: C6-C7 should read C7-T1.\nThe disc extrusion is at C7-T1.',
  ])('reads the finding at the corrected level only: %s', (note) => {
    expect(verdictOn('M50.223', note)).toBe('finding');
    expect(verdictOn('M50.23', note)).toBe('supported');
  });

  it('takes back a stenosis at the level the addendum calls normal, and reads the moved one at its new level', () => {
    const note =
      'C6-C7: moderate left foraminal stenosis due to disc extrusion.\nADDENDUM: Correction. The foraminal stenosis described at C6-C7 is at C7-T1. The C6-C7 level is normal.';
    const mentions = analyzeCodesAndNote('M99.71', note).mentions.filter((m) => m.site === 'foramen');
    expect(
      mentions.filter((m) => m.status === 'affirmed').map((m) => m.levels.map((l) => l.normalized)),
    ).toEqual([['C7-T1']]);
    expect(mentions.find((m) => m.levels[0]?.normalized === 'C6-C7')?.status).toBe('negated');
  });

  it.each([
    // "Normal" calls the level normal for every finding there.
    'C6-7: disc protrusion.\nAddendum: on second review the C6-7 level is normal; the protrusion is at C5-6.',
    'C6-C7: broad-based disc bulge.\nAmended report: C6-C7 is normal. Disc bulge at C5-C6.',
    'C6-C7: disc herniation.\nADDENDUM: C6-C7: unremarkable. The herniation is at C5-C6.',
  ])('a level the addendum calls normal: %s', (note) => {
    expect(verdictOn('M50.223', note)).toBe('finding');
    expect(verdictOn('M50.222', note)).toBe('supported');
  });

  it.each([
    // No addendum or correction: a findings list's own "normal" level and contrast correct nothing said before.
    'C6-C7: Left paracentral disc extrusion.\nC7-T1: Normal.',
    'C6-C7: disc extrusion. The stenosis is at C5-6, not C4-5.',
    // The addendum moves another finding (no extrusion named there).
    'C6-C7: Left paracentral disc extrusion. C5-6: foraminal stenosis.\nADDENDUM: The foraminal stenosis described at C5-6 is at C4-5.',
    // The addendum calls another level normal, or the level "otherwise normal".
    'C6-C7: Left paracentral disc extrusion.\nADDENDUM: The C5-C6 level is normal.',
    'C6-C7: Left paracentral disc extrusion.\nADDENDUM: C6-C7 is otherwise normal apart from the extrusion.',
  ])('keeps the original level: %s', (note) => {
    expect(verdictOn('M50.223', note)).toBe('supported');
  });

  it('reads nothing in a note without an addendum or correction word', () => {
    expect(levelCorrections('C6-C7 is normal. C7-T1: disc extrusion, not at C6-C7.')).toEqual([]);
  });
});

describe('what is no level correction', () => {
  it.each([
    // An operation's "corrected" and a level normal in one aspect only.
    'Preop: grade 1 spondylolisthesis L4-5 with disc bulge.\nThe deformity was corrected with instrumentation. L4-5 is normal in alignment.',
    'L4-5 disc bulge.\nAddendum: L4-5 disc signal is normal in height and hydration elsewhere.',
  ])('%s', (note) => {
    expect(levelCorrections(note)).toEqual([]);
  });
});
