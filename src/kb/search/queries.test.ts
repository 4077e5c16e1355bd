import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtCatalog } from '../../../test/support/official-catalogs';

type Query = { q: string; expect: string[]; kind: string };
const read = (rel: string): unknown => JSON.parse(readFileSync(new URL(rel, import.meta.url), 'utf8'));

describe('relevance query set (queries.json)', () => {
  const queries = (read('./queries.json') as { queries: Query[] }).queries;
  const catalog = builtCatalog('FY2026');

  it('has at least 60 queries, typos and shorthand among them, none twice', () => {
    expect(queries.length).toBeGreaterThanOrEqual(60);
    expect(queries.filter((q) => q.kind === 'typo').length).toBeGreaterThanOrEqual(5);
    expect(queries.filter((q) => q.kind === 'shorthand').length).toBeGreaterThanOrEqual(5);
    expect(new Set(queries.map((q) => q.q)).size).toBe(queries.length);
  });

  it('expects only codes that exist in the catalog', () => {
    const unknown = queries.flatMap((q) => q.expect.filter((c) => !catalog.get(c)).map((c) => `${q.q}: ${c}`));
    expect(unknown).toEqual([]);
  });
});
