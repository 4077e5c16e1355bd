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
});
