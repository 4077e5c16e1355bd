import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../kb';
import { loadCodeLookup } from './code-lookup';

describe('loadCodeLookup', () => {
  it('answers like the full catalog lookup, for codes in any spelling and for unknown codes', async () => {
    const [lookup, catalog] = await Promise.all([loadCodeLookup(), loadCatalog()]);
    for (const code of ['M99.61', 'm9961', ' M48.062 ', 'M48.0', 'S13.4XXA', 'M99.95', 'hello', 'M99.6O']) expect(lookup(code), code).toEqual(catalog.lookup(code));
    for (const e of catalog.entries.filter((_, i) => i % 997 === 0)) expect(lookup(e.code)).toEqual(catalog.lookup(e.code));
  }, 60_000);
});
