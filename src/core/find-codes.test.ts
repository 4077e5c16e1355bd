import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findCodes } from './find-codes';

const dx = (text: string) => findCodes({ id: 'dx', kind: 'diagnosis', text });

describe('findCodes', () => {
  it.each([
    ['M99.60', 'M99.60'],
    ['m99.60', 'M99.60'],
    ['M9960', 'M99.60'],
    ['M 99.60', 'M99.60'],
    ['M99.60 - Osseous and subluxation stenosis', 'M99.60'],
    ['M99.6', 'M99.6'],
  ])('reads %j as %s', (text, code) => {
    expect(dx(text).map((c) => c.code)).toEqual([code]);
  });

  it('reads a letter O as zero and says so', () => {
    const [found] = dx('M99.6O');
    expect(found?.code).toBe('M99.60');
    expect(found?.note).toMatch(/letter O/);
  });

  it('keeps the exact span of what was typed', () => {
    const [found] = dx('dx: m9961 ');
    expect(found?.span).toEqual({ fieldId: 'dx', start: 4, end: 9, text: 'm9961' });
  });

  it('does not read vertebral levels in a note as codes', () => {
    expect(findCodes({ id: 'n', kind: 'note', text: 'Stenosis at C56 and L45 noted.' })).toEqual([]);
  });

  it('reads a form written again the same way, in whichever field kind it is written', () => {
    const note = (text: string) => findCodes({ id: 'n', kind: 'note', text }).map((c) => c.code);
    // A category alone is a code in a diagnosis field and not in a note, read in either order.
    expect(dx('C56')[0]?.code).toBe('C56');
    expect(note('C56 and L45')).toEqual([]);
    expect(note('L46 and M54.12')).toEqual(['M54.12']);
    expect(dx('L46')[0]?.code).toBe('L46');
    expect(dx('m99.6o m99.6o').map((c) => [c.code, c.note !== undefined])).toEqual([['M99.60', true], ['M99.60', true]]);
  });

  it('needs code boundaries: sizes, ranges and units are not codes', () => {
    const note = (text: string) => findCodes({ id: 'n', kind: 'note', text }).map((c) => c.code);
    expect(dx('x8mm')).toEqual([]);
    expect(dx('C1to C2')).toEqual([]);
    expect(note('Cyst measures 4 x10cm, levels C1to C3, disc x8mm.')).toEqual([]);
  });

  it('still reads categories with a letter in third place and dot-less codes with a placeholder', () => {
    expect(dx('M1A.0').map((c) => c.code)).toEqual(['M1A.0']);
    expect(dx('T07XXXA').map((c) => c.code)).toEqual(['T07.XXXA']);
    expect(dx('C49.A0').map((c) => c.code)).toEqual(['C49.A0']);
  });

  it('finds the codes a plain sweep of the code shape finds, in any text (the digit-first search skips nothing)', () => {
    // The sweep findCodes made before it looked for the category digit first, with its filters for a diagnosis field.
    const shape = /\b([A-Za-z])\s?(\d[0-9A-Za-z])(?:\.?([0-9A-Za-z]{1,4}))?\b/g;
    const bySweep = (text: string) =>
      [...text.matchAll(shape)]
        .filter((m) => /^\d[0-9ABab]$/.test(m[2] ?? '') && (m[0].includes('.') || !m[3] || /\d|^x/i.test(m[3])))
        .map((m) => [m.index, m[0]]);
    const piece = fc.constantFrom(...'M m Z x 9 99 0 1 6 60 6O A B . .6 - / , _ é'.split(' '), ' ', '  ', '\n', '\u00a0', 'M99.60', 'C4A', 'x8mm');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(dx(text).map((c) => [c.span.start, c.span.text])).toEqual(bySweep(text));
      }),
      { numRuns: 5000 },
    );
  });

  it('finds every place of a word as its own sweep does, and the same codes, from one sweep', () => {
    const piece = fc.constantFrom(
      ...'M m X x 9 99 1 6 60 . - , _ é f F'.split(' '), ' ', 'M99.60', 'foram', 'FORAM', 'Foram', 'fora', 'oram', 'foramforam', 'X1foram', 'M9foram', 'x8foram',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.constantFrom<'note' | 'diagnosis'>('note', 'diagnosis'), (parts, kind) => {
        const field = { id: 'f', kind, text: parts.join('') };
        const places: number[] = [];
        expect(findCodes(field, 'foram', places)).toEqual(findCodes(field));
        expect(places).toEqual([...field.text.matchAll(/foram/gi)].map((m) => m.index));
      }),
      { numRuns: 5000 },
    );
  });
});
