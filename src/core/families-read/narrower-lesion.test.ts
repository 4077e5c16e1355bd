import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { page } from '../rules/run-rule';

// QA stop 60: "Low back pain, vertebrogenic" (the kind after the pain, as a problem list and the
// Index write it) was not read as vertebrogenic, and M54.50 beside vertebrogenic low back pain was
// "supported" with nothing saying that M54.51 names what the note documents.
const verdict = (code: string, note: string) =>
  analyze(page(code, note)).verdicts?.find((v) => v.code === code)?.verdict;
const saysMore = (code: string, note: string) =>
  analyze(page(code, note)).findings.find((f) => f.messageId === 'finding_family_narrower_lesion');

const VERTEBROGENIC = [
  'Assessment: Low back pain, vertebrogenic. MRI shows Modic type 1 changes at the L4-5 endplates.',
  'Dx: chronic LBP - vertebrogenic (basivertebral nerve), candidate for BVN ablation.',
  'Assessment: vertebrogenic low back pain with Modic changes L5-S1.',
  'Problem list: vertebrogenic LBP.',
];

describe('vertebrogenic low back pain (M54.51) and the broader M54.5- codes', () => {
  it.each(VERTEBROGENIC)(
    'reads "%s" as vertebrogenic: M54.51 supported, M54.50 and M54.59 told that M54.51 says more',
    (note) => {
      expect(verdict('M54.51', note)).toBe('supported');
      for (const code of ['M54.50', 'M54.59']) {
        expect(saysMore(code, note), `${code}: ${note}`).toMatchObject({
          rule: 'qualifier-mismatch',
          severity: 'info',
          suggestions: ['M54.51'],
          params: { sibling: 'M54.51' },
        });
        expect(verdict(code, note)).toBe('finding');
      }
    },
  );

  it.each([
    'Chronic low back pain, mechanical. No radicular symptoms.',
    'Low back pain, not vertebrogenic per MRI.',
    'No vertebrogenic low back pain. Chronic mechanical low back pain.',
    'Low back pain for a year. ? vertebrogenic component, awaiting MRI.',
  ])('leaves M54.50 alone when the note does not affirm vertebrogenic pain: "%s"', (note) => {
    expect(saysMore('M54.50', note)).toBeUndefined();
    expect(verdict('M54.50', note)).toBe('supported');
    expect(verdict('M54.51', note)).toBe('finding');
  });

  it("asks nothing of a code whose sibling still needs a character (M51.9 beside a herniation is the lesion checks' to answer)", () => {
    expect(saysMore('M51.9', 'L4-5 disc herniation.')).toBeUndefined();
  });
});
