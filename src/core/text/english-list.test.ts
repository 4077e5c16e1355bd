import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { andList, orList } from './english-list';

describe('andList', () => {
  it('joins as English does', () => {
    expect(andList([])).toBe('');
    expect(andList(['site'])).toBe('site');
    expect(andList(['site', 'region'])).toBe('site and region');
    expect(andList(['site', 'region', 'mechanism'])).toBe('site, region, and mechanism');
  });

  it('gives what Intl.ListFormat gives for English', () => {
    const english = new Intl.ListFormat('en', { style: 'long', type: 'conjunction' });
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1, maxLength: 6 }), { maxLength: 6 }), (items) => {
        expect(andList(items)).toBe(english.format(items));
      }),
      { numRuns: 500 },
    );
  });
});

describe('orList', () => {
  it('gives what Intl.ListFormat gives for an English disjunction', () => {
    expect(orList(['M48.062', 'M43.16'])).toBe('M48.062 or M43.16');
    const english = new Intl.ListFormat('en', { style: 'long', type: 'disjunction' });
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1, maxLength: 6 }), { maxLength: 6 }), (items) => {
        expect(orList(items)).toBe(english.format(items));
      }),
      { numRuns: 500 },
    );
  });
});
