import { describe, expect, it } from 'vitest';
import { analyzeCodesAndNote } from '../../../test/support/code-and-note';

// Stop 57, classes 2 and 6 of the QA: each by its shape, with sentences of our own.
const findingOn = (code: string, note: string) =>
  analyzeCodesAndNote(code, note).findings.find((f) => f.code === code);
const verdictOn = (code: string, note: string) =>
  (analyzeCodesAndNote(code, note).verdicts ?? []).find((v) => v.code === code);

describe('M47.89- (Index: Spondylosis, specified NEC) beside spondylosis without myelopathy or radiculopathy', () => {
  it.each([
    ['M47.896', 'Lumbar spondylosis without myelopathy or radiculopathy.', 'M47.816'],
    ['M47.892', 'Cervical spondylosis C5-6 w/o myelopathy or radiculopathy.', 'M47.812'],
    ['M47.896', 'Lumbar spondylosis at L3-4. No myelopathy. No radiculopathy.', 'M47.816'],
  ])('%s: "%s" is M47.81- (%s)', (code, note, want) => {
    const f = findingOn(code, note);
    expect(f?.rule).toBe('qualifier-mismatch');
    expect(f?.messageId).toBe('finding_family_specified_nec');
    expect(f?.suggestions).toEqual([want]);
  });

  it('stays supported where the note states neither absence, and M47.81- is supported as before', () => {
    expect(verdictOn('M47.896', 'Lumbar spondylosis L4-5.')?.verdict).toBe('supported');
    expect(verdictOn('M47.896', 'Lumbar spondylosis without myelopathy.')?.verdict).toBe('supported');
    expect(verdictOn('M47.816', 'Lumbar spondylosis without myelopathy or radiculopathy.')?.verdict).toBe(
      'supported',
    );
  });
});

describe('a region finding names each place once', () => {
  it('leaves out a place by region words that a statement with levels already names', () => {
    const f = findingOn(
      'M54.12',
      'Assessment: Lumbar radiculopathy, L5 on the left. Lumbar radiculopathy confirmed on EMG.',
    );
    expect(f?.rule).toBe('region-mismatch');
    expect(f?.message).toMatch(/at L4-L5 \(lumbar region\)\.$/);
    expect(f?.params?.['places_desc']).not.toContain('|');
  });

  it('keeps a place by words that names another region', () => {
    const f = findingOn('M54.12', 'Thoracic radiculopathy. Radiculopathy at L4-5.');
    expect(f?.message).toMatch(
      /L4-L5 \(lumbar region\); thoracic \(thoracic region\)|thoracic \(thoracic region\); L4-L5 \(lumbar region\)/,
    );
  });
});

describe('a region finding names levels once', () => {
  it('leaves out a place whose levels a place before it names, in any order', () => {
    const f = findingOn(
      'M48.061',
      'Moderate stenosis at C4-5, C5-6. The stenosis is worse at C5-6 and C4-5. Stenosis at C5-6 is severe.',
    );
    expect(f?.rule).toBe('region-mismatch');
    expect(f?.params?.['places_desc']?.split('|')).toHaveLength(1);
  });
});

describe('a region finding on M47.89- that the note sends to M47.81- (lead, stop 57)', () => {
  const note =
    'Assessment: Lumbar spondylosis without myelopathy or radiculopathy, L3-4. Facet arthropathy L3-4 and L4-5 on MRI.';

  it("suggests the region's M47.81- code, not the M47.89- code the note's denials contradict", () => {
    const f = findingOn('M47.892', note);
    expect(f?.rule).toBe('region-mismatch');
    expect(f?.suggestions).toEqual(['M47.816']);
    // Silent on both qualifiers, the region's M47.89- code stays the suggestion.
    expect(
      findingOn('M47.892', 'Assessment: Lumbar spondylosis L3-4 with facet arthropathy.')?.suggestions,
    ).toEqual(['M47.896']);
  });

  it('names a place once when a later place lists its levels and more', () => {
    // "L3-L4 (lumbar region); L3-L4, L4-L5 (lumbar region)" said L3-L4 twice.
    expect(findingOn('M47.892', note)?.message).toMatch(/at L3-L4, L4-L5 \(lumbar region\)\.$/);
  });
});
