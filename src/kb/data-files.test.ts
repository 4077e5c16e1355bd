import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rawCatalog } from '../../test/support/official-catalogs';
import { formatDataFile } from '../../scripts/kb/canonical-json';
import { dataFileRow } from '../../scripts/kb/readme-table';
import type { RawIndexTerms, RawNotes } from './raw-types';

const dir = (rel: string) => new URL(rel, import.meta.url).pathname;
const files = ['data', 'curated'].flatMap((d) =>
  readdirSync(dir(d))
    .filter((f) => f.endsWith('.json'))
    .map((f) => `src/kb/${d}/${f}`),
);
const read = (path: string) => readFileSync(dir(`../../${path}`), 'utf8');
/**
 * A data file parsed: a release's catalog as the worker already holds it (rawCatalog parses the same
 * file with the same JSON.parse), since parsing its 12 MB again for each test here cost about 0.2
 * CPU-s a time; every other file parsed from its text.
 */
const parsed = (path: string, text: string): Record<string, unknown> => {
  const release = /\/icd10cm-(fy\d{4})\.catalog\.json$/.exec(path)?.[1];
  return release ? rawCatalog(release) : (JSON.parse(text) as Record<string, unknown>);
};

describe('KB data files', () => {
  it('exist (generated and curated)', () => {
    expect(files).toContain('src/kb/data/icd10cm-fy2026.catalog.json');
    expect(files).toContain('src/kb/data/icd10cm-fy2026.notes.json');
    expect(files).toContain('src/kb/data/icd10cm-fy2026.index-terms.json');
  });

  it.each(files)('%s is in canonical form (round trip)', (path) => {
    const text = read(path);
    expect(formatDataFile(parsed(path, text)) === text).toBe(true);
  });

  it.each(files)('%s names its source, release and licence', (path) => {
    const header = parsed(path, read(path));
    for (const key of ['source', 'version', 'license']) expect(typeof header[key], `${path} ${key}`).toBe('string');
  });

  it.each(files)('%s has a current row in src/kb/README.md', (path) => {
    expect(read('src/kb/README.md')).toContain(dataFileRow(path, read(path)));
  });

  it('catalog codes are unique and every note and index code exists in it', () => {
    const catalog = rawCatalog('FY2026');
    const codes = new Map(catalog.entries.map((e) => [e[0], e[1]]));
    expect(codes.size).toBe(catalog.entries.length);
    const notes = JSON.parse(read('src/kb/data/icd10cm-fy2026.notes.json')) as RawNotes;
    expect(notes.entries.filter((n) => !codes.has(n.code))).toEqual([]);
    const order = notes.entries.map((n) => catalog.entries.findIndex((e) => e[0] === n.code));
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    const index = JSON.parse(read('src/kb/data/icd10cm-fy2026.index-terms.json')) as RawIndexTerms;
    const indexCodes = index.entries.flatMap((t) => (t.code ? [t.code] : []));
    expect(indexCodes.length).toBeGreaterThan(100);
    // Index terms lead to reportable codes only (the FY2018 M48.06 split is applied).
    expect(indexCodes.filter((c) => codes.get(c) !== 1)).toEqual([]);
  });
});
