import { describe, expect, it } from 'vitest';
import { locate } from './show-evidence';

describe('locate', () => {
  it('uses the span offsets while they still hold its text', () => {
    expect(locate('a foraminal stenosis', { start: 2, end: 11, text: 'foraminal' })).toEqual({
      start: 2,
      end: 11,
    });
  });

  it('falls back to the nearest occurrence after the user typed', () => {
    const text = 'stenosis here. Later: added words. stenosis there';
    expect(locate(text, { start: 30, end: 38, text: 'stenosis' })).toEqual({ start: 35, end: 43 });
  });

  it('gives up when the text is gone', () => {
    expect(locate('nothing', { start: 0, end: 8, text: 'stenosis' })).toBeUndefined();
  });
});
