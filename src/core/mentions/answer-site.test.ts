import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GRADE, isGradeAnswer } from './answer-site';

const words = [
  'mild',
  'MILD',
  'Mild',
  'severe',
  'minimal',
  'moderate',
  'ModeRate',
  'mildly',
  'severely',
  'stenosis',
  'small',
  'narrowing',
  'mi',
  '',
  'milD ',
  'm\u0130ld',
  'se\u017Fere',
  'moderatE',
];

describe('isGradeAnswer', () => {
  it('answers as GRADE does, on grades in any case and on words like them', () => {
    for (const word of words) expect(isGradeAnswer(word)).toBe(GRADE.test(word));
    fc.assert(
      fc.property(fc.constantFrom(...words), fc.string({ maxLength: 3 }), fc.nat(9), (word, noise, at) => {
        const i = at % (word.length + 1);
        const text = word.slice(0, i) + noise + word.slice(i);
        expect(isGradeAnswer(text)).toBe(GRADE.test(text));
      }),
      { numRuns: 3000 },
    );
  });
});
