import { describe, expect, it } from 'vitest';
import { verdictOn } from '../../../test/support/code-and-note';
import { isReferralLabel } from './referral-label';

// QA stop 51, H3: a referral's label ("Referral diagnosis: lumbar radiculopathy") is someone
// else's reason for the visit; the treating provider's own negation in the note governs it.
describe('a referral label the provider contradicts', () => {
  it.each([
    'Referral diagnosis: lumbar radiculopathy (per referral)\nAssessment: Neuro screen negative; no signs of radiculopathy at this time.',
    'Lumbar radiculopathy per referral. On my exam today radiculopathy is not present.',
    'Reason for referral: L5 radiculopathy.\nExam: SLR negative, strength and reflexes normal. No radiculopathy.',
    'Referring dx: lumbar radiculopathy\nImpression: mechanical low back pain without radiculopathy.',
    'Referred by Dr. Patel for lumbar radiculopathy. I do not find evidence of a radiculopathy.',
    'Reason for consultation: lumbar radiculopathy.\nAssessment: radiculopathy ruled out on EMG.',
  ])('is not supported: %s', (note) => {
    expect(verdictOn('M54.16', note)).toBe('finding');
  });

  it.each([
    // A label nothing contradicts still counts (see referral-label.ts).
    'Referral diagnosis: lumbar radiculopathy.\nPT evaluation: lumbar ROM limited.',
    // The provider confirms it.
    'Referral diagnosis: lumbar radiculopathy.\nAssessment: right L5 radiculopathy, SLR positive.',
    // The negation is of another region or side.
    'Referral diagnosis: lumbar radiculopathy.\nNo cervical radiculopathy.',
    'Referral dx: left L5 radiculopathy.\nNo right-sided radiculopathy.',
    // The provider's own affirmed finding with a negation elsewhere is not a referral label.
    'Assessment: lumbar radiculopathy. The referral asked about myelopathy: no myelopathy.',
  ])('keeps its support: %s', (note) => {
    expect(verdictOn('M54.16', note)).toBe('supported');
  });

  it('tells a label from a sentence after it', () => {
    const text = 'Lumbar radiculopathy per referral. On my exam today radiculopathy is not present.';
    expect(isReferralLabel(text, 0, text.indexOf('.'))).toBe(true);
    const second = text.lastIndexOf('radiculopathy');
    expect(isReferralLabel(text, second, text.length - 1)).toBe(false);
  });
});
