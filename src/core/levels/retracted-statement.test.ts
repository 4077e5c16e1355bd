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

// Stop 54: a retraction that names no level took back only its own sentence.
describe('a retraction without a level, in an addendum or correction', () => {
  const foramen =
    'Findings: left foraminal stenosis at L4-L5 from facet hypertrophy.\nAssessment: left L4-5 foraminal stenosis.';

  it.each([
    'Addendum: the foraminal stenosis mentioned above was dictated in error.',
    'ADDENDUM 11/21: The foraminal narrowing described earlier is incorrect.',
    'Correction: the stenosis of the foramen noted above was entered in error.',
  ])('takes back the earlier statements of the site it names: %s', (addendum) => {
    expect(verdictOf('M99.63', `${foramen}\n${addendum}`)).toBe('finding');
  });

  it('takes back a disc statement of the kind it names, for the spine families', () => {
    const text =
      'MRI: left L4-5 disc herniation.\nAssessment: L4-5 disc herniation.\nAddendum: the disc herniation mentioned above was dictated in error.';
    expect(verdictOf('M51.26', text)).toBe('finding');
  });

  it('leaves another site, another region, a later statement, and a retraction outside an addendum', () => {
    expect(
      verdictOf('M99.63', `${foramen}\nAddendum: the canal stenosis mentioned above was dictated in error.`),
    ).toBe('supported');
    expect(
      verdictOf(
        'M99.63',
        `${foramen}\nAddendum: the cervical foraminal stenosis mentioned above was dictated in error.`,
      ),
    ).toBe('supported');
    expect(
      verdictOf(
        'M99.63',
        'Findings: left foraminal stenosis at C5-C6.\nAddendum: the foraminal stenosis mentioned above was dictated in error.\nMRI two weeks later: left L4-5 foraminal stenosis from facet hypertrophy.',
      ),
    ).toBe('supported');
    expect(
      verdictOf('M99.63', `${foramen}\nThe foraminal stenosis mentioned above was dictated in error.`),
    ).toBe('supported');
    const disc =
      'MRI: C5-6 disc herniation. L4-5 disc herniation.\nAddendum: the cervical disc herniation mentioned above was dictated in error.';
    expect(verdictOf('M51.26', disc)).toBe('supported');
    expect(verdictOf('M50.222', disc)).toBe('finding');
  });
});
