import { describe, expect, it } from 'vitest';
import { builtCatalog } from '../../../test/support/official-catalogs';
import { ALSO_MATCH_ENTRIES, BODY_REGION_ENTRIES, INJURY_REGION_ENTRIES, LAY_TERMS, SPINE_MATCH_ENTRIES, bodyRegionsOf, spineMatchesOf, withInjuryRegions } from './lay-terms';
import { SHORTHAND_ENTRIES } from './shorthand';
import { tokenize } from './tokenize';

describe('lay terms and body words (lay-terms.json)', () => {
  const catalog = builtCatalog('FY2026');
  const vocabulary = new Set(catalog.entries.flatMap((e) => tokenize(e.title)));

  it('gives every entry a meaning and a source, and no term twice (shorthand included)', () => {
    for (const e of LAY_TERMS) {
      expect(e.means.length, e.term).toBeGreaterThan(2);
      expect(e.source.length, e.term).toBeGreaterThan(5);
    }
    for (const r of BODY_REGION_ENTRIES) expect(r.source.length, r.words).toBeGreaterThan(5);
    const terms = [...SHORTHAND_ENTRIES, ...LAY_TERMS].map((e) => tokenize(e.term).join(' '));
    expect(new Set(terms).size).toBe(terms.length);
  });

  it('searches and maps regions only with words the official titles use', () => {
    const missing = [
      ...LAY_TERMS.flatMap((e) => tokenize(e.searchAs).filter((w) => !vocabulary.has(w)).map((w) => `${e.term}: ${w}`)),
      ...BODY_REGION_ENTRIES.flatMap((r) => r.region.filter((w) => !vocabulary.has(w)).map((w) => `${r.words}: ${w}`)),
      ...ALSO_MATCH_ENTRIES.flatMap((r) => r.also.filter((w) => !vocabulary.has(w)).map((w) => `${r.words}: ${w}`)),
      ...SPINE_MATCH_ENTRIES.flatMap((r) => r.also.filter((w) => !vocabulary.has(w)).map((w) => `${r.words}: ${w}`)),
      ...INJURY_REGION_ENTRIES.flatMap((r) => [r.region, ...r.also].filter((w) => !vocabulary.has(w)).map((w) => `${r.region}: ${w}`)),
    ];
    expect(missing).toEqual([]);
  });

  it('reads body phrases as whole words, longest first', () => {
    expect(bodyRegionsOf(['lower', 'back', 'stenosis'])).toEqual([
      ['lumbar', 'lumbosacral', 'low'],
      ['lumbar', 'lumbosacral', 'low'],
      [],
    ]);
    expect(bodyRegionsOf(['neck', 'back'])).toEqual([['cervical'], []]);
    expect(bodyRegionsOf(['necklace'])).toEqual([[]]);
  });

  it('reads the Index\'s cross-references beside the regions: osteoarthritis as spondylosis, low back pain as lumbago', () => {
    expect(bodyRegionsOf(tokenize('osteoarthritis c spine'))).toEqual([['spondylosis'], ['cervical'], ['cervical']]);
    expect(bodyRegionsOf(tokenize('low back pain'))).toEqual([
      ['lumbar', 'lumbosacral', 'lumbago'],
      ['lumbar', 'lumbosacral', 'lumbago'],
      ['lumbago'],
    ]);
    expect(bodyRegionsOf(tokenize('sacrum'))).toEqual([['sacral']]);
    for (const e of [...ALSO_MATCH_ENTRIES, ...INJURY_REGION_ENTRIES]) expect(e.source).toMatch(/ICD-10-CM/);
    expect(spineMatchesOf(tokenize('neck arthritis'))).toEqual([[], ['spondylosis']]);
    expect(bodyRegionsOf(tokenize('pelvis'))).toEqual([['pelvic']]);
    for (const e of SPINE_MATCH_ENTRIES) expect(e.source.length).toBeGreaterThan(20);
  });

  it('adds chapter 19\'s region words to a slot that holds the region', () => {
    expect(withInjuryRegions(['c5', 'cervical'])).toEqual(['c5', 'cervical', 'neck']);
    expect(withInjuryRegions(['stenosis'])).toEqual(['stenosis']);
  });

  it('reads C-spine, T-spine and L-spine as their regions, and the Spanish body words', () => {
    expect(bodyRegionsOf(tokenize('c-spine stenosis'))).toEqual([['cervical'], ['cervical'], []]);
    expect(bodyRegionsOf(tokenize('L spine'))).toEqual([['lumbar'], ['lumbar']]);
    expect(bodyRegionsOf(tokenize('t-spine'))).toEqual([['thoracic'], ['thoracic']]);
    expect(bodyRegionsOf(tokenize('dolor de cuello'))[2]).toEqual(['cervical']);
  });

  it('searches Spanish names and sides as the official English wording', () => {
    const searchAs = (term: string) => LAY_TERMS.find((e) => e.term === term)?.searchAs;
    expect(searchAs('hernia discal')).toBe('disc displacement');
    expect(searchAs('dolor lumbar')).toBe('low back pain');
    expect(searchAs('izquierda')).toBe('left');
    expect(searchAs('between shoulder blades')).toBe('thoracic spine');
  });
});
