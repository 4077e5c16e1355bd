import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contrastWithin, disprovedAfter } from './disproved-after';

/** What disprovedAfter asked before contrastWithin: a lower-cased slice and an indexOf for each word. */
function bySlice(text: string, from: number, to: number): boolean {
  const lower = text.slice(from, to).toLowerCase();
  return lower.indexOf('but') >= 0 || lower.indexOf('however') >= 0 || lower.indexOf('yet') >= 0;
}

describe('contrastWithin', () => {
  it('answers as a lower-cased slice does, asked anywhere in any order, over texts in turn', () => {
    const piece = fc.constantFrom(
      'but',
      'BUT',
      'Bu',
      't',
      'however',
      'HOWEVER',
      'howe',
      'ver',
      'yet',
      'YeT',
      'ye',
      'about',
      'butyet',
      ' ',
      '.',
      'İ',
      'K',
      'x'.repeat(20),
      'stenosis',
    );
    const texts = fc.array(piece, { maxLength: 30 }).map((ps) => ps.join(''));
    const places = fc.array(fc.tuple(fc.nat(700), fc.nat(200)), { minLength: 1, maxLength: 20 });
    fc.assert(
      fc.property(fc.array(fc.tuple(texts, places), { minLength: 1, maxLength: 3 }), (runs) => {
        for (const [text, asked] of runs) {
          for (const [at, length] of asked) {
            const from = at % (text.length + 1);
            const to = Math.min(text.length, from + length);
            expect(contrastWithin(text, from, to)).toBe(bySlice(text, from, to));
          }
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('is held to ASCII letters as lower-casing is: no other character lower-cases into a letter of the words', () => {
    const letters = new Set('buthowevry');
    const into: string[] = [];
    for (let c = 128; c <= 0x10ffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const lower = String.fromCodePoint(c).toLowerCase();
      for (const ch of lower) if (letters.has(ch)) into.push(c.toString(16));
    }
    expect(into).toEqual([]);
  });
});

describe('disprovedAfter', () => {
  it('reads a finding put forward and then disproved, and nothing past the sentence or the reach', () => {
    const text = 'Radiculopathy was considered but EMG was normal.';
    expect(disprovedAfter(text, 13, { start: 0, end: 47 })).toEqual({ start: 29, end: 47 });
    expect(disprovedAfter(text, 13, { start: 0, end: 30 })).toBeUndefined();
    const far = `Radiculopathy was considered${' '.repeat(170)}but EMG was normal.`;
    expect(disprovedAfter(far, 13, { start: 0, end: far.length })).toBeUndefined();
  });
});
