import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { verdictOn } from '../../../test/support/code-and-note';
import { isReferralLabel, mayReferTo } from './referral-label';

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

// mayReferTo looks for its pieces by their rarer part and keeps the last note's answer: it must
// answer as the four plain searches do, for any text and in any order of asking.
describe('mayReferTo', () => {
  const plain = (t: string) =>
    t.includes('efer') || t.includes('EFER') || t.includes('onsult') || t.includes('ONSULT');
  it('answers as a plain search for each piece', () => {
    const piece = fc.constantFrom(
      'e',
      'fer',
      'ef',
      'er',
      'E',
      'FER',
      'ons',
      'ult',
      'on',
      'sult',
      'ONS',
      'ULT',
      'refer',
      'consult',
      'Consult',
      'REFERRAL',
      'x',
      ' ',
      'f',
      'u',
    );
    const text = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 4 }), (texts) =>
        texts.every((t) => mayReferTo(t) === plain(t)),
      ),
    );
  });

  it('answers each note, not the one before it', () => {
    expect(mayReferTo('Referred by Dr. Patel.')).toBe(true);
    expect(mayReferTo('No referral words here.'.replace('referral', 'other'))).toBe(false);
    expect(mayReferTo('Reason for consultation: neck pain.')).toBe(true);
    expect(mayReferTo('fer at the start, ult too')).toBe(false);
    // A piece at the very start or end of the text.
    expect(mayReferTo('efer')).toBe(true);
    expect(mayReferTo('onsult')).toBe(true);
    expect(mayReferTo('x onsul')).toBe(false);
  });
});
