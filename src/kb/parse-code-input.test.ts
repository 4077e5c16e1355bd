import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from './load-catalog';
import { parseCodeInput } from './parse-code-input';
import type { Catalog } from './types';

let catalog: Catalog;
beforeAll(async () => {
  catalog = await loadCatalog({ release: 'FY2026' });
});

describe('parseCodeInput', () => {
  it('normalises case, spaces and a missing dot', () => {
    expect(parseCodeInput(' m9960 ', catalog)).toMatchObject({ ok: true, code: 'M99.60' });
    expect(parseCodeInput('M48.061', catalog)).toMatchObject({ ok: true, code: 'M48.061' });
    expect(parseCodeInput('M99.6', catalog)).toMatchObject({ ok: true, code: 'M99.6', entry: { billable: false } });
  });

  it('spots a letter O typed for a zero and suggests the real code', () => {
    const r = parseCodeInput('M99.6O', catalog);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toMatch(/letter O where a digit belongs/);
    expect(r.error).toMatch(/Did you mean M99\.60\?/);
    expect(r.suggestions).toEqual(['M99.60']);
  });

  it('explains a code that is not in the release and names the nearest ones', () => {
    const r = parseCodeInput('M99.95', catalog);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toMatch(/^M99\.95 is not in ICD-10-CM FY2026\./);
    expect(r.error).toMatch(/M99\.9 \(Biomechanical lesion, unspecified\) is complete as it is/);
    expect(r.suggestions[0]).toBe('M99.9');
    expect(r.suggestions).toContain('M99.05');
    expect(r.error).toMatch(/Nearest existing codes: M99\.05, M99\.15/);
    for (const s of r.suggestions) expect(catalog.get(s)).toBeDefined();
  });

  it('marks header suggestions as headers', () => {
    const r = parseCodeInput('M48.09', catalog);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/M48\.0 \(Spinal stenosis\)/);
  });

  it('rejects text that is not shaped like a code', () => {
    for (const text of ['hello', '', '99.60', 'M99..6', 'M99.60000']) {
      const r = parseCodeInput(text, catalog);
      expect(r.ok, text).toBe(false);
      if (!r.ok) expect(r.error.length).toBeGreaterThan(10);
    }
  });

  it('works on shape alone without a catalog', () => {
    expect(parseCodeInput('m99.95')).toMatchObject({ ok: true, code: 'M99.95', entry: undefined });
    expect(parseCodeInput('M99.6O')).toMatchObject({ ok: false, suggestions: ['M99.60'] });
  });
});
