import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mayReferTo } from './referral-label';

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
