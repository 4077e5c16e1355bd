import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';

const verdictOf = (code: string, text: string) =>
  analyze({
    fields: [
      { id: 'dx', kind: 'diagnosis', text: code },
      { id: 'note', kind: 'note', text },
    ],
  }).verdicts?.find((v) => v.code === code)?.verdict;

// Blind note QA stop 53, H3: an addendum that calls an earlier statement wrong took nothing back.
describe('a statement an addendum or correction calls wrong', () => {
  it('is taken back, with the predicate in the addendum after it', () => {
    for (const addendum of [
      'ADDENDUM: The earlier impression of left L4-5 foraminal stenosis is incorrect; the narrowing is at L3-4 on the right.',
      'Addendum 11/21: the L4-5 foraminal stenosis described above was an error.',
      'Correction: left foraminal stenosis at L4-5 was dictated in error.',
      'ADDENDUM: L4-5 foraminal stenosis as stated is wrong; the foramina at L4-5 are patent.',
    ]) {
      const text = `Assessment: Left L4-5 foraminal stenosis from facet osteophytes.\n${addendum}`;
      expect(verdictOf('M99.63', text), addendum).toBe('finding');
    }
  });

  it('takes back the statement below it when the addendum says so', () => {
    const text =
      'Addendum 11/21/2026: the left L4-5 foraminal stenosis described below was an error; there is no stenosis at L4-5.\nOriginal note:\nA: Left L4-5 foraminal stenosis from facet osteophytes.';
    expect(verdictOf('M99.63', text)).toBe('finding');
  });

  it('leaves a statement no addendum calls wrong, and one the wrong word is not about', () => {
    expect(verdictOf('M99.63', 'Assessment: Left L4-5 foraminal stenosis from facet osteophytes.')).toBe(
      'supported',
    );
    expect(
      verdictOf(
        'M99.63',
        'Assessment: Left L4-5 foraminal stenosis from facet osteophytes.\nADDENDUM: the C5-6 level described in the prior report was an error.',
      ),
    ).toBe('supported');
  });
});
