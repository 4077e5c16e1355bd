import { describe, expect, it } from 'vitest';
import { builtSearchIndex } from '../../../test/support/official-search-indexes';
import { searchCodes } from './search-codes';

describe('searchCodes: unknownCode', () => {
  const index = builtSearchIndex('FY2027', 'titles');
  const unknown = (q: string) => searchCodes(index, q, { limit: 5 }).unknownCode;

  it('names a code-shaped query the release does not have: made up, or deleted in FY2027', () => {
    expect(unknown('M99.99')).toBe('M99.99');
    expect(unknown('s23.420a')).toBe('S23.420A');
  });

  it('says nothing for real codes, code prefixes and words', () => {
    for (const q of ['M99.01', 'm48.0-', 'M47', 'lumbar stenosis', '']) expect(unknown(q)).toBeUndefined();
  });

  it('lists the codes under the longest prefix the release has first, not the category\'s first codes', () => {
    const codes = (q: string) => searchCodes(index, q, { limit: 5 }).hits.map((h) => [h.entry.code, h.match]);
    expect(codes('M99.99')[0]).toEqual(['M99.9', 'nearCode']);
    expect(codes('M48.0699').slice(0, 3).map(([c]) => c)).toEqual(['M48.06', 'M48.061', 'M48.062']);
    expect(codes('M50.1299').slice(0, 2)).toEqual([['M50.12', 'nearCode'], ['M50.120', 'nearCode']]);
  });

  it('finds no near code for a category the release lacks, and keeps real codes as they were', () => {
    expect(searchCodes(index, 'M98.99', { limit: 5 }).hits.some((h) => h.match === 'nearCode')).toBe(false);
    expect(searchCodes(index, 'M99.01', { limit: 5 }).hits[0]?.match).toBe('code');
  });

  it('reads a code typed with stray marks as the code it nearly is, says it is none, and lists the nearest prefix', () => {
    const r = searchCodes(index, 'M99.6Q!', { limit: 5 });
    expect(r.unknownCode).toBe('M99.6Q');
    expect(r.hits.map((h) => h.entry.code)).toEqual(['M99.6', 'M99.60', 'M99.61', 'M99.62', 'M99.63']);
    expect(r.codes).toEqual({ prefix: 'M99.6', count: 11, billable: 10 });
  });

  it('says how many codes a code or code prefix has, so the list is not called the top results', () => {
    // FY2027 order file: M99.6 and M99.60-M99.69.
    const codes = (q: string) => searchCodes(index, q, { limit: 50 }).codes;
    expect(codes('M99.6')).toEqual({ prefix: 'M99.6', count: 11, billable: 10 });
    expect(codes('m48062')).toEqual({ prefix: 'M48.062', count: 1, billable: 1 });
    expect(codes('M99.99')?.prefix).toBe('M99.9');
    for (const q of ['lumbar stenosis', 'M98.99', '']) expect(codes(q)).toBeUndefined();
  });
});
