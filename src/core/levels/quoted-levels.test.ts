import { describe, expect, it } from 'vitest';
import { analyzeCodesAndNote } from '../../../test/support/code-and-note';
import { quotedLevels } from './quoted-levels';

const reasonOf = (code: string, note: string) =>
  analyzeCodesAndNote(code, note).verdicts?.find((v) => v.code === code)?.reason ?? '';

// Blind QA stop 51, n19: a range's segments each keep the range's words, and the reason quoted
// them once per segment ("C3-C7, C3-C7, C3-C7, C3-C7").
describe('levels quoted in findings and reasons', () => {
  it('quotes each written form once, in order', () => {
    const range = { raw: 'C3-C7', normalized: '' };
    expect(
      quotedLevels([
        { ...range, normalized: 'C3-C4' },
        { ...range, normalized: 'C4-C5' },
        { ...range, normalized: 'C5-C6' },
      ]),
    ).toBe('C3-C7');
    expect(
      quotedLevels([
        { raw: 'L3 to L5', normalized: 'L3-L4' },
        { raw: 'L3 to L5', normalized: 'L4-L5' },
        { raw: 'L5-S1', normalized: 'L5-S1' },
      ]),
    ).toBe('L3 to L5, L5-S1');
    expect(quotedLevels([])).toBe('');
  });

  it.each([
    [
      'M99.31',
      'MRI C-spine: multilevel spondylosis C3-C7 with disc osteophyte complexes causing severe central canal stenosis.',
      'C3-C7',
    ],
    ['M99.53', 'Moderate central canal stenosis from L2 through L5 due to disc bulges.', 'L2 through L5'],
    ['M99.33', 'Severe osseous central canal stenosis L1-L4 from facet hypertrophy.', 'L1-L4'],
  ])('says a range once: %s %s', (code, note, written) => {
    const reason = reasonOf(code, note);
    expect(reason).toContain(written);
    expect(reason).not.toContain(`${written}, ${written}`);
  });

  it('still lists different levels each once (control)', () => {
    const reason = reasonOf(
      'M99.33',
      'Severe central canal stenosis at L3-4 and L4-5 from facet hypertrophy.',
    );
    expect(reason).toMatch(/L3-4, L4-5/);
  });
});
