import { describe, expect, it } from 'vitest';
import { builtCatalog } from '../../../test/support/official-catalogs';
import { SHORTHAND_ENTRIES } from './shorthand';
import { tokenize } from './tokenize';

describe('clinical shorthand data', () => {
  const catalog = builtCatalog('FY2026');
  const vocabulary = new Set(catalog.entries.flatMap((e) => tokenize(e.title)));

  it('has a meaning and a source for every term, and no term twice', () => {
    for (const e of SHORTHAND_ENTRIES) {
      expect(e.means.length, e.term).toBeGreaterThan(2);
      expect(e.source.length, e.term).toBeGreaterThan(5);
    }
    const terms = SHORTHAND_ENTRIES.map((e) => e.term.toLowerCase());
    expect(new Set(terms).size).toBe(terms.length);
  });

  it('searches only with words the official titles use', () => {
    const missing = SHORTHAND_ENTRIES.flatMap((e) => tokenize(e.searchAs).filter((w) => !vocabulary.has(w)).map((w) => `${e.term}: ${w}`));
    expect(missing).toEqual([]);
  });
});
