import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TOKEN } from './context-rules';
import { WordTable, nextTokenStart, tokenEndAt, tokenShape } from './scan-tokens';

/** The words as the TOKEN RegExp reads them in text[start..end). */
function byRegExp(text: string, start: number, end: number): [number, number][] {
  const slice = text.slice(start, end);
  return [...slice.matchAll(new RegExp(TOKEN.source, 'gi'))].map((m) => [start + m.index, start + m.index + m[0].length]);
}

function byHand(text: string, start: number, end: number): [number, number][] {
  const out: [number, number][] = [];
  for (let p = nextTokenStart(text, start, end); p >= 0; ) {
    const e = tokenEndAt(text, p, end);
    out.push([p, e]);
    p = nextTokenStart(text, e, end);
  }
  return out;
}

describe('scan-tokens', () => {
  it('reads the words TOKEN reads: joins, a leading hyphen, commas, and nothing past the limit', () => {
    const text = "No can't r/o -ve non-compressive, L4-5 a- -b x'' 'y ÉCOLE café 2019";
    expect(byHand(text, 0, text.length)).toEqual(byRegExp(text, 0, text.length));
    expect(byHand(text, 3, 20)).toEqual(byRegExp(text, 3, 20));
  });

  it('agrees with TOKEN on any text and any stretch of it', () => {
    const chars = fc.constantFrom(...'aZ09-\'/,. \n\téßſ\u212a'.split(''));
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 40 }).map((cs) => cs.join('')), fc.nat(40), fc.nat(40), (text, a, b) => {
        const start = Math.min(a, b, text.length);
        const end = Math.min(Math.max(a, b), text.length);
        expect(byHand(text, start, end)).toEqual(byRegExp(text, start, end));
      }),
      { numRuns: 500 },
    );
  });

  it('gives words that differ only in case the same shape', () => {
    expect(tokenShape('No', 0, 2)).toBe(tokenShape('nO', 0, 2));
    expect(tokenShape('no', 0, 2)).not.toBe(tokenShape('on', 0, 2));
  });
});

describe('WordTable', () => {
  it('finds a lower-case word written in any case, in place, and nothing else', () => {
    const table = new WordTable([['no', 1], ['not', 2], ['r/o', 3], ['on', 4]]);
    const text = 'NO Not r/O On nob o';
    expect([0, 3, 7, 11, 14, 18].map((at) => table.get(text, at, text.indexOf(' ', at) < 0 ? text.length : text.indexOf(' ', at)))).toEqual([1, 2, 3, 4, undefined, undefined]);
  });

  it('says which first characters may start one of its words, in any case, and takes added ones', () => {
    const table = new WordTable([['no', 1], [',', 2], ['-ve', 3]]);
    const may = (chars: string) => chars.split('').map((c) => table.mayStartWith(c.charCodeAt(0)));
    expect(may('nN,-o1é')).toEqual([true, true, true, true, false, false, false]);
    table.addFirst('1'.charCodeAt(0));
    expect(may('1o')).toEqual([true, false]);
  });
});
