import { describe, expect, it } from 'vitest';
import { analyzeCodesAndNote, verdictOn } from '../../../test/support/code-and-note';

// Blind QA stop 54: the qualifier (with/without) and the main finding read by the same context
// cues, each class by its shape, with sentences of our own.
const rulesFor = (codes: string, note: string, code: string) =>
  analyzeCodesAndNote(codes, note)
    .findings.filter(
      (f) => f.code === code && f.rule !== 'suggested-code' && f.rule !== 'missing-documentation',
    )
    .map((f) => f.rule);

describe('H1: a qualifier denied right after it reads as the main finding does', () => {
  it.each([
    ['M48.062', 'Central canal stenosis L3-4, moderate. Neurogenic claudication absent.'],
    ['M47.12', 'Multilevel cervical spondylosis, worst at C4-5. Myelopathy absent.'],
    ['M51.16', 'Left paracentral L4-5 disc protrusion. Radiculopathy clinically absent.'],
    ['M47.12', 'C6-7 spondylosis; myelopathy: not clinically evident.'],
  ])('%s is not supported by "%s"', (code, note) => {
    expect(rulesFor(code, note, code)).toContain('qualifier-mismatch');
  });

  it('still reads the main finding denied the same way, and an affirmed qualifier', () => {
    expect(verdictOn('M51.26', 'L5-S1 disc extrusion absent.')).not.toBe('supported');
    expect(verdictOn('M48.062', 'Central canal stenosis L3-4 with neurogenic claudication.')).toBe(
      'supported',
    );
    expect(
      verdictOn(
        'M51.16',
        'Left paracentral L4-5 disc protrusion with left L5 radiculopathy; reflexes absent.',
      ),
    ).toBe('supported');
  });
});

describe('H2: a hedged or disproved qualifier is no "with"', () => {
  it.each([
    ['M47.12', 'Cervical myelopathy - doubt. MRI shows C4-5 spondylosis.'],
    ['M47.12', 'Myelopathy remains in the differential; C5-6 spondylosis on CT.'],
    ['M51.16', 'L3-4 disc herniation. L4 radiculopathy was suspected, but the EMG was normal.'],
  ])('%s is not supported by "%s"', (code, note) => {
    expect(verdictOn(code, note)).not.toBe('supported');
  });
});

describe('H3: a finding of a labelled earlier study is history', () => {
  it('reads the block after "Prior MRI (date):" up to the next label as the earlier study\'s', () => {
    const note =
      'Previous MRI lumbar spine 05/2020: right L5-S1 foraminal stenosis from facet arthropathy. Current MRI: neural foramina patent.';
    expect(verdictOn('M99.63', note)).not.toBe('supported');
    // The current study's own finding stays current.
    const now =
      'Outside CT (2019): mild L3-4 canal narrowing. Current MRI: severe L3-4 canal stenosis from ligamentum flavum thickening.';
    expect(verdictOn('M48.061', now)).toBe('supported');
  });
});

describe('H6: a checkbox answer answers its own label only', () => {
  it('leaves the finding on the next line affirmed and the label negated', () => {
    const note = 'Radicular symptoms: [ ] Yes [x] No\nLeft L5-S1 disc extrusion on MRI.';
    expect(rulesFor('M51.17', note, 'M51.17')).toContain('qualifier-mismatch');
    expect(verdictOn('M51.27', note)).toBe('supported');
  });
});
