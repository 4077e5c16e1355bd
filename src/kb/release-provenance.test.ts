import { describe, expect, it } from 'vitest';
import { RELEASES } from './releases';
import { releaseProvenance } from './release-provenance';

// The generated table must say what the data files themselves say: the options page shows it as
// their provenance without loading them.
describe('release provenance', () => {
  it.each(RELEASES.map((r) => r.version))('%s: each record equals its data file\'s own head', async (version) => {
    const release = RELEASES.find((r) => r.version === version)!;
    const [catalog, notes, index] = await Promise.all([release.loadCatalog(), release.loadNotes(), release.loadIndexTerms()]);
    const head = (raw: { version: string; publisher: string; source: string; license: string }) => ({
      version: raw.version,
      publisher: raw.publisher,
      source: raw.source,
      license: raw.license,
    });
    expect(releaseProvenance(version)).toEqual({ catalog: head(catalog), notes: head(notes), index: head(index) });
  });

  it('has no record for a release not carried', () => {
    expect(releaseProvenance('FY1999')).toBeUndefined();
  });
});
