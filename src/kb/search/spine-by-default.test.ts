import { describe, expect, it } from 'vitest';
import { builtSearchIndex } from '../../../test/support/official-search-indexes';
import { searchCodes } from './search-codes';

// Stop 54: "stenosis" alone (or "stenossis") ranked J38.6 Stenosis of larynx first in a spine
// coding tool. A bare condition with a spinal sense is the spine's; a query naming another site is not.
describe("a condition named alone is the spine's (parse-query spineByDefault)", () => {
  const index = builtSearchIndex('FY2027', 'titles');
  const top = (q: string, n = 5) =>
    searchCodes(index, q, { limit: 10 })
      .hits.slice(0, n)
      .map((h) => h.entry.code);

  it.each(['stenosis', 'stenossis', 'Stenosis', 'stenoses'])(
    'ranks spinal stenosis (M48.0-) first for "%s"',
    (q) => {
      expect(top(q)[0]).toMatch(/^M48\.0/);
      expect(top(q)).not.toContain('J38.6');
    },
  );

  it('still finds the other sites when the query names them', () => {
    expect(top('laryngeal stenosis')).toContain('J38.6');
    expect(top('stenosis of larynx')[0]).toBe('J38.6');
    expect(top('aortic stenosis').some((c) => /^I(?:06|35)/.test(c))).toBe(true);
    expect(top('pyloric stenosis')[0]).toBe('K31.1');
  });
});
