import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STENOSIS_WORD as SHARED, stenosisWordsInside, type StenosisWords } from './find-conditions';

// Its own copy: the shared one's lastIndex belongs to the code under test.
const STENOSIS_WORD = new RegExp(SHARED.source, SHARED.flags);

/** What a sweep from the sentence's start gives: the words starting inside it that end inside it. */
function bySweep(text: string, start: number, end: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  STENOSIS_WORD.lastIndex = start;
  for (let m = STENOSIS_WORD.exec(text); m !== null && m.index < end; m = STENOSIS_WORD.exec(text)) {
    if (m.index + m[0].length <= end) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

const fresh = (): StenosisWords => ({ spans: [], from: 0, swept: 0, done: false });

describe('stenosisWordsInside', () => {
  it('finds the words of each sentence asked in turn, and of one asked again out of order', () => {
    const text = 'Stenosis at L4. No narrowing here. Foraminal narrowed, impingement. xstenosis. Encroachment.';
    const words = fresh();
    const ask = (start: number, end: number) => {
      const out: { start: number; end: number }[] = [];
      stenosisWordsInside(text, words, start, end, out);
      return out;
    };
    expect(ask(0, 15)).toEqual(bySweep(text, 0, 15));
    expect(ask(35, 67)).toEqual(bySweep(text, 35, 67));
    expect(ask(16, 34)).toEqual(bySweep(text, 16, 34));
    expect(ask(0, text.length)).toEqual(bySweep(text, 0, text.length));
  });

  it('agrees with a sweep from each sentence start, for sentences asked in any order', () => {
    const piece = fc.constantFrom('stenosis', 'Stenoses', 'narrowing', 'narrowed', 'impingement', 'encroachment', 'x', ' ', '.', '-', 'ing', 'sten', 'osis');
    const text = fc.array(piece, { maxLength: 30 }).map((ps) => ps.join(''));
    const span = fc.tuple(fc.nat(200), fc.nat(80));
    fc.assert(
      fc.property(text, fc.array(span, { maxLength: 8 }), (t, spans) => {
        const words = fresh();
        for (const [a, length] of spans) {
          const start = Math.min(a, t.length);
          const end = Math.min(start + length, t.length);
          const out: { start: number; end: number }[] = [];
          stenosisWordsInside(t, words, start, end, out);
          expect(out).toEqual(bySweep(t, start, end));
        }
      }),
      { numRuns: 2000 },
    );
  });
});
