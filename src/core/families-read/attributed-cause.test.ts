import { describe, expect, it } from 'vitest';
import { analyzeCodesAndNote, verdictOn } from '../../../test/support/code-and-note';

const findingsOf = (codes: string, note: string, code: string) =>
  analyzeCodesAndNote(codes, note).findings.filter((f) => f.code === code);

// Blind QA stop 51, M1: a radiculopathy the note puts down to a disc does not make spondylosis "with radiculopathy".
describe('a radiculopathy the note attributes to another lesion', () => {
  it.each([
    'Right L5 radiculopathy due to L4-5 disc protrusion. Lumbar facet arthropathy.',
    'Assessment: left L5 radiculopathy secondary to the L4-5 disc extrusion; lumbar spondylosis.',
    'L4-5 herniated disc compressing the traversing root, causing left L5 radiculopathy. Facet arthropathy L4-5 and L5-S1.',
  ])('leaves the spondylosis code "without" and the disc code "with": %s', (note) => {
    expect(verdictOn('M47.816, M51.16', note, 'M47.816')).toBe('supported');
    expect(verdictOn('M47.816, M51.16', note, 'M51.16')).toBe('supported');
    expect(findingsOf('M47.816', note, 'M47.816')).toEqual([]);
    // Spondylosis "with radiculopathy" is worth a look, and its "without" sibling is suggested.
    expect(findingsOf('M47.26', note, 'M47.26')).toMatchObject([
      {
        rule: 'qualifier-mismatch',
        severity: 'info',
        suggestions: ['M47.816'],
        messageId: 'finding_family_qualifier',
      },
    ]);
    expect(findingsOf('M47.26', note, 'M47.26')[0]?.params?.['parts_msgs']).toContain(
      'part_says_with_attributed',
    );
  });

  it.each([
    // No cause named: the link is presumed (Official Guidelines I.A.15).
    'Right L5 radiculopathy. Lumbar facet arthropathy.',
    'Lumbar spondylosis with right L5 radiculopathy.',
    // The cause named is spondylosis itself.
    'Right L5 radiculopathy due to lumbar spondylosis and L4-5 disc protrusion.',
    // A disc-osteophyte complex may be spondylosis.
    'Right L5 radiculopathy due to an L4-5 disc osteophyte complex. Facet arthropathy.',
  ])('keeps "without radiculopathy" a mismatch when nothing names another cause: %s', (note) => {
    expect(findingsOf('M47.816', note, 'M47.816')).toMatchObject([
      { rule: 'qualifier-mismatch', severity: 'warning' },
    ]);
  });
});

// Blind QA stop 51, M2: a disc-osteophyte complex inside a spondylotic myelopathy does not support disc-with-myelopathy plainly.
describe('a disc code whose myelopathy the note calls spondylotic', () => {
  it.each([
    'Cervical spondylotic myelopathy at C4-5 due to disc osteophyte complex.',
    'Assessment: CSM, C4-5, from a disc-osteophyte complex with cord compression.',
    'Myelopathy due to cervical spondylosis; MRI: C4-5 disc osteophyte complex compressing the cord.',
  ])('asks, with no code picked: %s', (note) => {
    expect(verdictOn('M50.021, M47.12', note, 'M50.021')).toBe('finding');
    expect(verdictOn('M50.021, M47.12', note, 'M47.12')).toBe('supported');
    const [finding] = findingsOf('M50.021', note, 'M50.021');
    expect(finding).toMatchObject({
      rule: 'qualifier-mismatch',
      severity: 'info',
      suggestions: [],
      messageId: 'finding_family_spondylotic_qualifier',
    });
    expect(finding?.sources.length).toBeGreaterThan(0);
  });

  it.each([
    // A disc herniation is named: the disc code is documented.
    'Cervical spondylotic myelopathy at C4-5 due to a disc herniation.',
    // The myelopathy is not called spondylotic.
    'Cervical myelopathy at C4-5 due to disc osteophyte complex.',
  ])('keeps the disc code supported: %s', (note) => {
    expect(verdictOn('M50.021', note)).toBe('supported');
  });
});

// Stop 53: a radiculopathy the note puts down to a stenosis alone. ICD-10-CM has no combination
// code for it (Index: Radiculopathy, due to: disc only; Stenosis, spinal / intervertebral foramina:
// no "with radiculopathy"; M54.1 Excludes1: disc and spondylosis only), so M54.1- stands beside the
// stenosis and a lesion stated apart is not the radiculopathy's "with" (Guidelines I.A.15).
describe('a radiculopathy the note attributes to a stenosis alone', () => {
  const cases: [string, string, string, string][] = [
    ['L4-5 disc bulge. Left L5 radiculopathy secondary to severe L4-5 foraminal stenosis.', 'M54.16', 'M51.16', 'M51.26'],
    ['C5-6 disc protrusion. Right C6 radiculopathy due to C5-6 neural foraminal narrowing.', 'M54.12', 'M50.122', 'M50.222'],
    ['Lumbar facet arthropathy. Right L4 radiculopathy caused by L4-5 lateral recess stenosis.', 'M54.16', 'M47.26', 'M47.816'],
  ];
  it.each(cases)('keeps the radiculopathy code and questions the lesion "with": %s', (note, radiculopathy, withCode, withoutCode) => {
    expect(verdictOn(radiculopathy, note)).toBe('supported');
    expect(verdictOn(`${radiculopathy}, ${withoutCode}`, note, withoutCode)).toBe('supported');
    const [finding] = findingsOf(withCode, note, withCode);
    expect(finding).toMatchObject({ rule: 'qualifier-mismatch', severity: 'info', suggestions: [withoutCode] });
    expect(finding?.params?.['parts_msgs']).toContain('part_says_with_attributed_stenosis');
    expect(finding?.sources.length).toBeGreaterThan(0);
  });

  it.each([
    // The stenosis's own cause is the disc: the disc carries the radiculopathy.
    'Left L5 radiculopathy secondary to foraminal stenosis from the L4-5 disc protrusion.',
    // No attribution: "with" presumes the link.
    'L4-5 disc protrusion with foraminal stenosis and left L5 radiculopathy.',
    // The stenosis is denied as the cause.
    'L4-5 disc protrusion. Left L5 radiculopathy, not due to foraminal stenosis.',
  ])('leaves the disc its radiculopathy otherwise: %s', (note) => {
    expect(verdictOn('M51.16', note)).toBe('supported');
    expect(findingsOf('M54.16', note, 'M54.16').map((f) => f.messageId)).toContain('finding_family_excludes1');
  });
});
