import { describe, expect, it } from 'vitest';
import { loadCatalog, loadReleaseLookup } from '../../kb';
import { loadCodeLookup, loadReleaseCodeLookup } from './code-lookup';

describe('loadCodeLookup', () => {
  it('answers like the full catalog lookup, for codes in any spelling and for unknown codes', async () => {
    const [lookup, catalog] = await Promise.all([loadCodeLookup(), loadCatalog()]);
    for (const code of ['M99.61', 'm9961', ' M48.062 ', 'M48.0', 'S13.4XXA', 'M99.95', 'hello', 'M99.6O']) expect(lookup(code), code).toEqual(catalog.lookup(code));
    for (const e of catalog.entries.filter((_, i) => i % 997 === 0)) expect(lookup(e.code)).toEqual(catalog.lookup(e.code));
  });

  it('per release, carries the same release name and code history as the kb\'s release lookup', async () => {
    for (const version of ['FY2026', 'FY2027']) {
      const [light, full] = await Promise.all([loadReleaseCodeLookup(version), loadReleaseLookup(version)]);
      expect(light.release).toBe(version);
      for (const code of ['T52.8X1A', 'M72.2', 'M86.8X1', 'T52.811A', 'M99.61']) {
        expect(light(code), `${version} ${code}`).toEqual(full(code));
        expect(light.history?.(code), `${version} ${code}`).toEqual(full.history?.(code));
      }
    }
    expect((await loadReleaseCodeLookup('FY2027')).history?.('T52.8X1A')).toMatchObject({ change: 'deleted', release: 'FY2027' });
  });
});

