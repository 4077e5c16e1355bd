import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AFTER_STATEMENT, DONE_PREDICATE, NEW_SUBJECT, REST_OF_STUDY } from './clause-starts';
import { BE_WORD, NEXT_FINDING_WORD, PREDICATE_WORD, REST_WORD, SUBJECT_VERB_WORD, clauseWordsIn } from './clause-words';

/** Each sweep of clause-starts.ts with the bit that must be set wherever it matches. */
const SWEEPS: [string, RegExp, number][] = [
  ['new subject', new RegExp(NEW_SUBJECT.source, 'i'), SUBJECT_VERB_WORD],
  ['rest of study', new RegExp(REST_OF_STUDY.source, 'i'), REST_WORD],
  ['finished predicate', new RegExp(DONE_PREDICATE.source, 'i'), BE_WORD | PREDICATE_WORD],
  ['finding after a level', new RegExp(AFTER_STATEMENT.source, 'i'), NEXT_FINDING_WORD],
];

/**
 * Words the sweeps read (in several cases), words near them, characters that join or part them,
 * and whole phrases, so that each sweep matches often (with any piece either side of it).
 */
const PIECES = [
  ...['was seen ', 'WERE not identified ', 'is normal x', 'are patent a', 'rest of', 'the Remainder of', 'remaining levels', 'all other discs', 'the canal is', 'there are', 'patient has', 'today shows'],
  ...['is', 'IS', 'Is', 'are', 'has', 'have', 'Shows', 'demonstrates', 'reveals', 'remains', 'remainder', 'rest', 'Balance', 'remaining', 'OTHER', 'was', 'were'],
  ...['isa', 'ares', 'rests', 'the', 'there', 'patient', 'it', 'of', 'levels', 'exam', 'not', 'identified', 'normal', 'mild', 'a', 'all'],
  ...['at L4 L5 ', 'to C5-6 ', 'at the T11-12 ', 'L3', 'S1', 'No', 'MODERATE', 'severely', 'nos', 'mildew', 'marked'],
  ...[' ', ' ', ' ', '  ', '\n', '\u00a0', ',', '.', '-', '/', '_', '1', 'é', 'ſ', '\u212a', 'x'],
];

describe('clauseWordsIn', () => {
  it('sets the bit of each whole word, in any case, and none for a longer word', () => {
    // PREDICATE_WORD comes with BE_WORD: this sweep does not look for the predicate's words.
    expect(clauseWordsIn('the canal IS narrowed')).toBe(SUBJECT_VERB_WORD | BE_WORD | PREDICATE_WORD);
    expect(clauseWordsIn('the remainder was normal')).toBe(REST_WORD | BE_WORD | PREDICATE_WORD);
    expect(clauseWordsIn('mild stenosis, this rests')).toBe(NEXT_FINDING_WORD);
    expect(clauseWordsIn('stenosis, this rests')).toBe(0);
    expect(clauseWordsIn('it ha')).toBe(0);
    expect(clauseWordsIn('has')).toBe(SUBJECT_VERB_WORD);
    expect(clauseWordsIn('1were_ were. Other')).toBe(BE_WORD | PREDICATE_WORD | REST_WORD);
    expect(clauseWordsIn('at L4-5 no stenosis')).toBe(NEXT_FINDING_WORD);
    expect(clauseWordsIn('the canal is Moderately narrowed, the rest of')).toBe(SUBJECT_VERB_WORD | BE_WORD | PREDICATE_WORD | NEXT_FINDING_WORD | REST_WORD);
    expect(clauseWordsIn('nos mildew noted')).toBe(0);
  });

  it('is set wherever a sweep matches, on any text and any stretch of it', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 24 }).map((ps) => ps.join('')), fc.nat(120), fc.nat(120), (text, a, b) => {
        const start = Math.min(a, b, text.length);
        const end = Math.min(Math.max(a, b), text.length);
        const slice = text.slice(start, end);
        const bits = clauseWordsIn(slice);
        for (const [, sweep, bit] of SWEEPS) if (sweep.test(slice)) expect(bits & bit).toBe(bit);
      }),
      { numRuns: 3000 },
    );
  });

  it('gives what one sweep of every key word gives, on any text', () => {
    // The reading before the rest-of words were swept alone once "is" or "are" had been read.
    const KEY =
      /\b(?:(is|are)|(has|have|shows|demonstrates|reveals|remains)|(remainder|rest|balance|remaining|other)|(was|were)|(no|mild|mildly|moderate|moderately|severe|severely|marked|markedly|minimal))\b/gi;
    const BITS = [SUBJECT_VERB_WORD | BE_WORD | PREDICATE_WORD, SUBJECT_VERB_WORD, REST_WORD, BE_WORD | PREDICATE_WORD, NEXT_FINDING_WORD];
    const oneSweep = (slice: string) => {
      let bits = 0;
      KEY.lastIndex = 0;
      for (let m = KEY.exec(slice); m !== null; m = KEY.exec(slice)) for (let k = 0; k < BITS.length; k++) if (m[k + 1] !== undefined) bits |= BITS[k] as number;
      return bits;
    };
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 24 }).map((ps) => ps.join('')), (text) => {
        expect(clauseWordsIn(text)).toBe(oneSweep(text));
      }),
      { numRuns: 3000 },
    );
  });
});
