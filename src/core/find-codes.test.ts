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
});
