import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasWith, isSpace, isWordChar, opensWithCommaOrAnd } from './char-scan';

/** Texts built from the characters that decide these tests, with look-alikes (ſ, K, İ, no-break space). */
const pieces = fc.constantFrom('with', 'WiTh', 'and', 'AND', 'an', 'wit', ',', ' ', '\n', '\u00a0', '\u2028', 'x', '_', '9', 'ſ', '\u212a', 'İ', '-', 'ly');
const texts = fc.array(pieces, { maxLength: 12 }).map((ps) => ps.join(''));

describe('char-scan', () => {
  it('isSpace and isWordChar agree with /\\s/ and /\\w/ on every UTF-16 code unit', () => {
    const space: number[] = [];
    const word: number[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      if (isSpace(c) !== /\s/.test(ch)) space.push(c);
      if (isWordChar(c) !== /\w/.test(ch)) word.push(c);
    }
    expect(space).toEqual([]);
    expect(word).toEqual([]);
  });

  it('opensWithCommaOrAnd reads a window that goes on from the last', () => {
    expect(opensWithCommaOrAnd(' , mild')).toBe(true);
    expect(opensWithCommaOrAnd('\n AND severe')).toBe(true);
    expect(opensWithCommaOrAnd('and')).toBe(true);
    expect(opensWithCommaOrAnd(' android')).toBe(false);
    expect(opensWithCommaOrAnd('mild, and')).toBe(false);
    expect(opensWithCommaOrAnd('')).toBe(false);
  });

  it('opensWithCommaOrAnd agrees with /^\\s*(?:,|and\\b)/i on any text', () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(opensWithCommaOrAnd(text)).toBe(/^\s*(?:,|and\b)/i.test(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('hasWith finds "with" as a word, the stretch ends counting as word ends', () => {
    const text = 'osteophyte with stenosis';
    expect(hasWith(text, 10, 20)).toBe(true);
    expect(hasWith('forthwith x', 0, 11)).toBe(false);
    expect(hasWith('forthwith x', 5, 11)).toBe(true);
    expect(hasWith('withheld', 0, 4)).toBe(true);
    expect(hasWith('withheld', 0, 8)).toBe(false);
  });

  it('hasWith agrees with /\\bwith\\b/i on any stretch of any text', () => {
    fc.assert(
      fc.property(texts, fc.nat(60), fc.nat(60), (text, a, b) => {
        const from = Math.min(a, b, text.length);
        const to = Math.min(Math.max(a, b), text.length);
        expect(hasWith(text, from, to)).toBe(/\bwith\b/i.test(text.slice(from, to)));
      }),
      { numRuns: 2000 },
    );
  });
});
