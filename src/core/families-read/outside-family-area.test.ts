import { describe, expect, it } from 'vitest';
import { analyzeCodesAndNote, verdictOn } from '../../../test/support/code-and-note';

// M50 (cervical discs) against a note whose disc is below the neck: a wrong region with the M51
// code, never "supported" and never "no level named". Sentences of our own.
const run = analyzeCodesAndNote;
const familyFindings = (code: string, note: string) =>
  run(code, note)
    .findings.filter((f) => f.code === code && f.rule !== 'suggested-code')
    .map((f) => [f.rule, f.severity, f.suggestions]);
const verdictOf = (code: string, note: string) => verdictOn(code, note);

describe('an M50 code for a thoracic or lumbar disc', () => {
  it('is a wrong region with the same subcategory of M51 at the documented region, qualifiers not read', () => {
    const note = 'Impression: herniated nucleus pulposus L4-L5, left sided, with L5 radiculopathy.';
    expect(familyFindings('M50.122', note)).toEqual([['region-mismatch', 'error', ['M51.16']]]);
    expect(verdictOf('M50.122', note)).toBe('finding');
  });

  it('checks the area of a code whose region is the unspecified cervical one (M50.20, M50.10)', () => {
    expect(familyFindings('M50.20', 'CT thorax incidental: T8-9 disc protrusion.')).toEqual([
      ['region-mismatch', 'error', ['M51.24']],
    ]);
    // A region word outside the neck is decisive, not a soft "check it".
    expect(
      familyFindings('M50.10', 'Dx: lumbar disc herniation with radiculopathy down the right leg.'),
    ).toEqual([['region-mismatch', 'error', ['M51.16']]]);
  });

  it("reads M51.36-/M51.37-'s pain character from the note", () => {
    const note = 'Axial low back pain and left leg pain. MRI: degenerative disc disease L4-5 and L5-S1.';
    expect(familyFindings('M50.30', note)).toEqual([['region-mismatch', 'error', ['M51.362', 'M51.372']]]);
  });

  it('suggests nothing where M51 has no code (no lumbosacral myelopathy code)', () => {
    expect(familyFindings('M50.00', 'L5-S1 disc extrusion with myelopathy?')[0]?.[2] ?? []).not.toContain(
      'M51.07',
    );
  });

  it('leaves a note with discs at both ends to the cervical check', () => {
    const both = 'MRI cervical: C5-C6 disc herniation. MRI lumbar: L4-L5 disc herniation.';
    expect(familyFindings('M50.222', both)).toEqual([]);
    expect(verdictOf('M50.222', both)).toBe('supported');
  });
});

describe('an unspecified-region code where the note names the region', () => {
  it('is an info with the code of the documented region, its characters read from the note', () => {
    expect(familyFindings('M50.20', 'MRI: C5-6 disc herniation.')).toEqual([
      ['region-mismatch', 'info', ['M50.222']],
    ]);
    expect(familyFindings('M48.00', 'Lumbar spinal stenosis at L4-5 with neurogenic claudication.')).toEqual([
      ['region-mismatch', 'info', ['M48.062']],
    ]);
  });

  it('says nothing when the note gives no more than the code (a region word that M50 has no code for)', () => {
    expect(familyFindings('M50.20', 'Cervical disc herniation.')).toEqual([]);
    expect(verdictOf('M50.20', 'Cervical disc herniation.')).toBe('supported');
  });
});
