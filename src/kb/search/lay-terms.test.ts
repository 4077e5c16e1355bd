import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../catalog';
import type { RawCatalog } from '../raw-types';
import { BODY_REGION_ENTRIES, LAY_TERMS, bodyRegionsOf } from './lay-terms';
import { SHORTHAND_ENTRIES } from './shorthand';
import { tokenize } from './tokenize';

describe('lay terms and body words (lay-terms.json)', () => {
  const catalog = buildCatalog(JSON.parse(readFileSync(new URL('../data/icd10cm-fy2026.catalog.json', import.meta.url), 'utf8')) as RawCatalog);
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
