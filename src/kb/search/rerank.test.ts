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

describe('lookup second pass: what the query did not ask for, pain and spine', () => {
  const index = tinyIndex([
    ['M10', 1, 'Unrelated thing'],
    ['M20.1', 1, 'Other gadgetosis, lumbar region'],
    ['M20.2', 1, 'Other gadgetosis with widget palsy, lumbar region'],
    ['M20.3', 1, 'Gadgetosis without widget palsy or sprocket palsy, lumbar region'],
    ['M21.0', 1, 'Gadget disc degeneration, lumbar region with discogenic back pain only'],
    ['M21.1', 1, 'Gadget disc degeneration, lumbar region with lower extremity pain only'],
    ['M21.2', 1, 'Gadget disc degeneration, lumbar region with discogenic back pain and lower extremity pain'],
    ['M21.9', 1, 'Gadget disc degeneration, lumbar region without mention of lumbar back pain or lower extremity pain'],
    ['M22', 1, 'Gadget wobble complex of sacral region'],
    ['M22.1', 1, 'Sprocket, sacral and lumbar region'],
    ['M22.2', 1, 'Sprocket, sacral region'],
    ['N22', 1, 'Wobble of lens'],
  ]);

  it('puts the plain code above "Other …" and "… with X" when the query asks for neither', () => {
    expect(codes(index, 'gadgetosis lumbar')[0]).toBe('M20.3');
    expect(codes(index, 'other gadgetosis lumbar')[0]).toBe('M20.1');
    expect(codes(index, 'gadgetosis with widget palsy lumbar')[0]).toBe('M20.2');
  });

  it('ranks the disc-degeneration code with the pain the query names first', () => {
    expect(codes(index, 'gadget disc degeneration lumbar with leg pain')[0]).toBe('M21.1');
    expect(codes(index, 'gadget disc degeneration low back with leg pain')[0]).toBe('M21.2');
    expect(codes(index, 'gadget disc degeneration lumbar back pain only')[0]).toBe('M21.0');
    expect(codes(index, 'gadget disc degeneration lumbar without pain')[0]).toBe('M21.9');
  });

  it('in a spine query, puts codes of other body systems below codes that matched as much', () => {
    // N22 and M22.1 each match one word of two; N22's shorter title would put it first.
    expect(codes(index, 'wobble sacrum')).toEqual(['M22', 'M22.2', 'M22.1', 'N22']);
    // Without a spine word the lens code keeps its place.
    expect(codes(index, 'wobble')[0]).toBe('N22');
  });
});

describe('lookup second pass: headers, combinations and congenital codes', () => {
  const index = tinyIndex([
    ['M10', 1, 'Unrelated thing'],
    ['M30', 0, 'Gizmo pain'],
    ['M30.0', 1, 'Gizmo pain, unspecified'],
    ['M30.1', 1, 'Gizmo pain, lumbar region'],
    ['M31', 0, 'Gizmo stenosis'],
    ['M31.0', 1, 'Gizmo stenosis of head region'],
    ['M31.1', 1, 'Gizmo stenosis of lumbar region'],
    ['M32', 0, 'Sprocket'],
    ['M32.8', 1, 'Sprocket with unspecified complications'],
    ['M32.9', 1, 'Sprocket without complications'],
    ['M40', 1, 'Widget disorder with gizmo palsy, cervical region'],
    ['M41', 1, 'Other sprocketosis with gizmo palsy, cervical region'],
    ['M42', 1, 'Gizmo palsy, not elsewhere classified, upper spinal segments, cervical region'],
    ['M43', 1, 'Sprocketosis with gizmo palsy, cervical region'],
    ['M50', 1, 'Wobble, site unspecified'],
    ['Q70', 1, 'Congenital wobble'],
  ]);

  it('puts the header\'s default code ("…, unspecified") first and the header right below it', () => {
    expect(codes(index, 'gizmo pain').slice(0, 2)).toEqual(['M30.0', 'M30']);
    // A header whose codes each name something the query did not keeps its place.
    expect(codes(index, 'gizmo stenosis')[0]).toBe('M31');
    // "with unspecified complications" is a qualifier, not the header's default.
    expect(codes(index, 'sprocket')[0]).toBe('M32');
  });

  it('ranks "X with Y" below codes of Y when the query names Y but not X', () => {
    const found = codes(index, 'cervical gizmo palsy');
    expect(found.indexOf('M42')).toBeLessThan(found.indexOf('M40'));
    // Named, X comes first.
    expect(codes(index, 'widget disorder cervical gizmo palsy')[0]).toBe('M40');
    // "Other X with Y" ranks with the other combinations, not below them for its "Other".
    const score = (code: string) =>
      searchCodes(index, 'cervical gizmo palsy').hits.find((h) => h.entry.code === code)?.score;
    expect(score('M41')).toBe(score('M40'));
    expect(codes(index, 'sprocketosis gizmo palsy cervical')[0]).toBe('M43');
  });

  it('puts the congenital code below the acquired one unless the query says congenital', () => {
    expect(codes(index, 'wobble')[0]).toBe('M50');
    expect(codes(index, 'congenital wobble')[0]).toBe('Q70');
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
