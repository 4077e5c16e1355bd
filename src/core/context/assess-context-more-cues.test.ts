import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clauseStarts } from '../text/clause-starts';
import { assessContext, setsStatus } from './assess-context';
import { findCues, withClauseCues } from './find-cues';

// Cue words (some that set a status, some that only end a scope or block), clause openers, and
// targets a cue can run over ("non-compressive", "acute distress").
const WORDS = ['no', 'not', 'significant', 'change', 'acute', 'distress', 'there', 'is', 'the', 'canal', 'are', 'patent', 'history', 'of', 'and', 'but', 'with', 'without', 'stenosis', 'non-compressive', 'compressive', 'mild', 'possible', 'ruled', 'out', 'remainder', 'unremarkable', 'at', 'C5-6'];
const SEPARATORS = [' ', '  ', ', ', '\n', '-', ''];
const sentences = fc.array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...SEPARATORS)), { minLength: 1, maxLength: 16 }).map((parts) => parts.map(([w, s]) => w + s).join(''));

describe('assessContext with word cues only (moreCues)', () => {
  it('answers as with every cue when no word cue sets a status, a cue running over the target included', () => {
    fc.assert(
      fc.property(sentences, fc.nat(400), fc.nat(40), fc.constantFrom(null, 'historical' as const), (text, at, length, sectionStatus) => {
        const end = text.length;
        const words = findCues(text, 0, end, []);
        fc.pre(!setsStatus(words));
        const all = withClauseCues(words, clauseStarts(text, 0, end));
        const start = at % end;
        const target = { start, end: Math.min(end, start + 1 + length) };
        const sentence = { start: 0, end };
        const lazily = assessContext(text, target, { sentence, cues: words, moreCues: () => all, sectionStatus });
        expect(lazily).toEqual(assessContext(text, target, { sentence, cues: all, sectionStatus }));
      }),
      { numRuns: 3000 },
    );
  });

  it('tells lists that set a status from those that only bound one', () => {
    const text = 'there is mild stenosis and no cord compression';
    expect(setsStatus(findCues(text, 0, text.length, []))).toBe(true);
    const plain = 'mild stenosis and cord compression';
    expect(setsStatus(findCues(plain, 0, plain.length, []))).toBe(false);
  });
});
