import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findLastJoint } from './last-joint';

/** What the RegExp it replaces finds: the last match in the slice (start in the text, lower-cased). */
function byRegExp(text: string, from: number, to: number) {
  let last = { at: -1, word: '' };
  for (const m of text.slice(from, to).matchAll(/,|\b(?:and|with|without|or|but|while|whereas)\b/gi)) last = { at: from + m.index, word: m[0].toLowerCase() };
  return last;
}

/** Joint words in any case, their look-alikes and neighbours (ſ and K are not s and k to a RegExp without the u flag). */
const pieces = fc.constantFrom('and', 'AnD', 'with', 'WITHOUT', 'or', 'OR', 'but', 'while', 'whereas', 'an', 'withou', 'orr', 'band', 'ſ', '\u212a', ',', ' ', '-', '_', '9', 'x', '\n', 'é');
const cases = fc
  .array(pieces, { maxLength: 12 })
  .map((ps) => ps.join(''))
  .chain((text) => fc.tuple(fc.constant(text), fc.nat(text.length), fc.nat(text.length)));

describe('findLastJoint', () => {
  it('finds the last comma or joining word, lower-cased', () => {
    expect({ ...findLastJoint('stenosis, and AND-stenosis', 0, 26) }).toEqual({ at: 14, word: 'and' });
    expect({ ...findLastJoint('a, b', 0, 4) }).toEqual({ at: 1, word: ',' });
    expect({ ...findLastJoint('android without', 0, 7) }).toEqual({ at: -1, word: '' });
    // The stretch's ends are word boundaries, as in a slice.
    expect({ ...findLastJoint('xand', 1, 4) }).toEqual({ at: 1, word: 'and' });
  });

  it('finds what the RegExp finds in a slice, anywhere in any text', () => {
    fc.assert(
      fc.property(cases, ([text, a, b]) => {
        const from = Math.min(a, b);
        const to = Math.max(a, b);
        expect({ ...findLastJoint(text, from, to) }).toEqual(byRegExp(text, from, to));
      }),
      { numRuns: 5000 },
    );
  });
});
