import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../catalog';
import type { RawCatalog } from '../raw-types';
import { buildSearchIndex } from './build-search-index';
import { searchCodes } from './search-codes';

describe('searchCodes: unknownCode', () => {
  const raw = JSON.parse(readFileSync(new URL('../data/icd10cm-fy2027.catalog.json', import.meta.url), 'utf8')) as RawCatalog;
  const index = buildSearchIndex(buildCatalog(raw));
  const unknown = (q: string) => searchCodes(index, q, { limit: 5 }).unknownCode;

  it('names a code-shaped query the release does not have: made up, or deleted in FY2027', () => {
    expect(unknown('M99.99')).toBe('M99.99');
    expect(unknown('s23.420a')).toBe('S23.420A');
  });

  it('says nothing for real codes, code prefixes and words', () => {
    for (const q of ['M99.01', 'm48.0-', 'M47', 'lumbar stenosis', '']) expect(unknown(q)).toBeUndefined();
  });
});
