import { describe, expect, it } from 'vitest';
import { builtCatalog } from '../../../test/support/official-catalogs';
import { buildSearchIndex } from './build-search-index';
import { searchCodes } from './search-codes';

describe('searchCodes: unknownCode', () => {
  const index = buildSearchIndex(builtCatalog('FY2027'));
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
});
