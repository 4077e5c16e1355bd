import { describe, expect, it, vi } from 'vitest';
import { rawCatalog } from '../../../test/support/official-catalogs';
import { buildCatalog } from '../catalog';
import type { RawCatalog, RawEntry } from '../raw-types';
import { buildSearchIndex, type SearchIndex } from './build-search-index';
import { MAX_QUERY_CHARS } from './parse-query';
import { searchCodes } from './search-codes';

const codes = (index: SearchIndex, q: string, limit = 10) => searchCodes(index, q, { limit }).hits.map((h) => h.entry.code);

/** A tiny catalog (invented codes and titles) where only the second-pass rules can decide the order. */
function tinyIndex(entries: RawEntry[]): SearchIndex {
  const raw = {
    ...rawCatalog('FY2026'),
    chapters: [[1, 'M10', 'M10-T99', 'Test chapter']],
    blocks: [['M10', 'M10-T99', 'Test block']],
    inferredPlacement: [],
    entries,
  } as RawCatalog;
  return buildSearchIndex(buildCatalog(raw));
}

describe('lookup second pass: qualifiers and injury', () => {
  const index = tinyIndex([
    ['M10', 0, 'Gadget stenosis'],
    ['M10.1', 1, 'Gadget stenosis, lumbar region without widget claudication'],
    ['M10.2', 1, 'Gadget stenosis, lumbar region with widget claudication'],
    ['M11', 1, 'Gadget displacement, lumbar region'],
    ['S12', 0, 'Traumatic gadget displacement of lumbar region'],
    ['S12.0XXA', 1, 'Traumatic gadget displacement of lumbar region, initial encounter'],
    ['S12.0XXS', 1, 'Traumatic gadget displacement of lumbar region, sequela'],
  ]);

  it('ranks the title that agrees with the query\'s qualifier above the one that says the opposite', () => {
    expect(codes(index, 'gadget stenosis lumbar with widget claudication').slice(0, 2)).toEqual(['M10.2', 'M10.1']);
    expect(codes(index, 'gadget stenosis lumbar widget claudication').slice(0, 2)).toEqual(['M10.2', 'M10.1']);
    expect(codes(index, 'gadget stenosis lumbar without widget claudication').slice(0, 2)).toEqual(['M10.1', 'M10.2']);
    expect(codes(index, 'gadget stenosis lumbar no widget claudication').slice(0, 2)).toEqual(['M10.1', 'M10.2']);
  });

  it('puts injury and sequela codes below the rest unless the query speaks of injury', () => {
    expect(codes(index, 'gadget displacement lumbar')[0]).toBe('M11');
    expect(codes(index, 'traumatic gadget displacement lumbar')[0]).not.toBe('M11');
    const injury = codes(index, 'traumatic gadget displacement lumbar');
    expect(injury.indexOf('S12.0XXA')).toBeLessThan(injury.indexOf('S12.0XXS'));
  });

  it('puts the initial encounter above its header when an injury query names no encounter', () => {
    expect(codes(index, 'traumatic gadget displacement lumbar').slice(0, 2)).toEqual(['S12.0XXA', 'S12']);
    // Named, the encounter is the words' to decide.
    expect(codes(index, 'traumatic gadget displacement lumbar sequela')[0]).toBe('S12.0XXS');
  });
});

describe('lookup input bounds', () => {
  const index = tinyIndex([['M10', 1, 'Gadget stenosis']]);

  it('never runs the fuzzy search on a word longer than any title word, and reads only the start of a huge query', () => {
    const fuzzy = vi.spyOn(index.words, 'fuzzyGet');
    const result = searchCodes(index, 'stenosisx'.repeat(6000));
    expect(fuzzy).not.toHaveBeenCalled();
    expect(result.query.truncated).toBe(true);
    expect(result.hits).toEqual([]);
    searchCodes(index, 'gadgte');
    expect(fuzzy).toHaveBeenCalled();
    expect(searchCodes(index, `gadget ${'x '.repeat(MAX_QUERY_CHARS)}`).hits.map((h) => h.entry.code)).toEqual(['M10']);
  });
});
