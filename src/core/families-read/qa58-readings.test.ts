import { describe, expect, it } from 'vitest';
import { analyzeCodesAndNote } from '../../../test/support/code-and-note';

// Stop 58, the classes stop 57 left open: each by its shape, with sentences of our own.
const findingOn = (code: string, note: string) =>
  analyzeCodesAndNote(code, note).findings.find((f) => f.code === code);
const verdictOn = (code: string, note: string) =>
  (analyzeCodesAndNote(code, note).verdicts ?? []).find((v) => v.code === code);

describe('M47.89- (Index: Spondylosis, specified NEC) beside spondylosis with myelopathy or radiculopathy', () => {
  // Index: Spondylosis, with, myelopathy NEC M47.1-; with, radiculopathy M47.2- (by region).
  it.each([
    [
      'M47.892',
      'Assessment: Cervical spondylosis at C5-6 with myelopathy. Gait imbalance.',
      'M47.12',
      'M47.1',
    ],
    ['M47.892', 'Cervical spondylosis C5-C6 and C6-C7 with left C7 radiculopathy.', 'M47.22', 'M47.2'],
    ['M47.896', 'Lumbar spondylosis at L4-5. Right L5 radiculopathy on exam.', 'M47.26', 'M47.2'],
    ['M47.894', 'Thoracic spondylosis T6-7 with thoracic myelopathy.', 'M47.14', 'M47.1'],
    // Both affirmed: with myelopathy (M47.2- is "without myelopathy" in the families' axes).
    ['M47.892', 'Cervical spondylosis with myelopathy and left C6 radiculopathy.', 'M47.12', 'M47.1'],
    // One denied and the other affirmed is not "without both": the affirmed one decides.
    ['M47.892', 'Cervical spondylosis C5-6 with myelopathy. No radiculopathy.', 'M47.12', 'M47.1'],
    ['M47.896', 'Lumbar spondylosis without myelopathy. Left L5 radiculopathy.', 'M47.26', 'M47.2'],
  ])('%s: "%s" is %s', (code, note, want, target) => {
    const f = findingOn(code, note);
    expect(f?.rule).toBe('qualifier-mismatch');
    expect(f?.severity).toBe('warning');
    expect(f?.messageId).toBe('finding_family_specified_nec_with');
    expect(f?.params?.['target']).toBe(target);
    expect(f?.suggestions).toEqual([want]);
    expect(verdictOn(code, note)?.verdict).toBe('finding');
  });

  it.each([
    ['silent', 'Assessment: Cervical spondylosis C5-6. Neck pain with stiffness.'],
    ['negated', 'Cervical spondylosis C5-6. Denies radicular symptoms.'],
    ['ruled out', 'Assessment: Cervical spondylosis. Radiculopathy was ruled out on EMG.'],
    ['uncertain', 'Assessment: Cervical spondylosis C5-6. Possible early cervical myelopathy, MRI ordered.'],
    ['historical', 'Assessment: Cervical spondylosis C5-6. History of cervical radiculopathy, resolved.'],
    ['another region', 'Assessment: Cervical spondylosis C5-6. Lumbar radiculopathy, L5 on the right.'],
    [
      'another lesion its cause',
      'Cervical spondylosis C5-6. No myelopathy. Right C6 radiculopathy due to C5-6 disc herniation.',
    ],
    ['unlinked', 'Cervical spondylosis C5-6. Left C7 radiculopathy, unrelated to the spondylosis per EMG.'],
  ])('stays supported when the note is %s', (_, note) => {
    expect(findingOn('M47.892', note)).toBeUndefined();
    expect(verdictOn('M47.892', note)?.verdict).toBe('supported');
  });

  it('names no code where the "with" subcategory has none in the region, and says so', () => {
    // M47.1- has no lumbosacral code (M47.10-M47.16).
    const f = findingOn('M47.897', 'Lumbosacral spondylosis at L5-S1 with myelopathy.');
    expect(f?.messageId).toBe('finding_family_specified_nec_with_no_code');
    expect(f?.suggestions).toEqual([]);
    expect(f?.message).toMatch(/M47\.1-, which has no code for the lumbosacral region/);
  });

  it('reads M47.81- as before (the qualifier check it shares)', () => {
    expect(findingOn('M47.812', 'Cervical spondylosis at C5-6 with myelopathy.')?.suggestions).toEqual([
      'M47.12',
    ]);
    expect(
      verdictOn('M47.812', 'Cervical spondylosis C5-6 without myelopathy or radiculopathy.')?.verdict,
    ).toBe('supported');
  });
});

describe('a region finding on M47.89- whose note affirms a qualifier in the documented region', () => {
  it("suggests the region's M47.1-/M47.2- code, not the M47.89- code the note contradicts", () => {
    const f = findingOn('M47.892', 'Assessment: Lumbar spondylosis L4-5 with right L5 radiculopathy.');
    expect(f?.rule).toBe('region-mismatch');
    expect(f?.suggestions).toEqual(['M47.26']);
    // Where that subcategory has no code in the documented region, none is suggested.
    expect(findingOn('M47.896', 'Lumbosacral spondylosis at L5-S1 with myelopathy.')?.suggestions).toEqual(
      [],
    );
    // Silent on both, the region's M47.89- code stays the suggestion.
    expect(
      findingOn('M47.892', 'Assessment: Lumbar spondylosis L4-5 with facet arthropathy.')?.suggestions,
    ).toEqual(['M47.896']);
  });
});
