import { describe, expect, it } from 'vitest';
import { analyzeCodesAndNote } from '../../../test/support/code-and-note';

// A condition the note gives only as a relative's is "family history", not "family": the finding
// reads "documents it only as family history" (en), as the Spanish one says "antecedente familiar".
describe('a code whose condition the note gives only as a relative\u2019s', () => {
  it('says the note documents it only as family history', () => {
    const r = analyzeCodesAndNote(
      'M48.061',
      'FHx: Father - lumbar spinal stenosis, operated 2010.\nAssessment: mechanical low back pain.',
    );
    const own = r.findings.filter((f) => f.code === 'M48.061' && f.rule === 'unsupported-code');
    expect(own).toHaveLength(1);
    expect(own[0]?.message).toMatch(/only as family history \(/);
  });
});
