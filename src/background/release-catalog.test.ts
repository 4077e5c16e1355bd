import { beforeEach, describe, expect, it, vi } from 'vitest';
import { builtCatalog, entryFields as fields, rawCatalog as rawOf } from '../../test/support/official-catalogs';
import { packagedTableBytes } from '../../test/support/packaged-tables';
import { encodeTitleHashes, normalizeTitle, openTitleHashes, packTitleHashes, titleHash, unpackTitleHashes, type CatalogEntry, type CatalogTableBytes } from '../kb';
import { buildTitleIndex, resolveTitles } from './title-index';

// The packaged files as the extension build writes them (under `npm test` the build's own files,
// test/support/packaged-tables.ts), handed over as bytes the way the worker's fetch does; `reads`
// counts each release's reads, and `failing` makes the next read fail.
const tables = new Map<string, CatalogTableBytes>();
function tableBytes(version: string): CatalogTableBytes {
  let bytes = tables.get(version);
  if (!bytes) tables.set(version, (bytes = packagedTableBytes(version)));
  return bytes;
}
const reads: string[] = [];
let failing = false;
const loader = (version: string) => () => {
  reads.push(version);
  if (failing) return Promise.reject(new Error(`ChartLint could not read /assets/kb/icd10cm-${version.toLowerCase()}.catalog-table.jsonl`));
  return Promise.resolve(tableBytes(version));
};
// The titles' hashes as the extension build derives them (encodeTitleHashes, packed) and the asset
// module reads them (unpacked): derived once per release, handed over anew (a copy) at each read.
const titleWords = new Map<string, Uint32Array>();
const titleReads: string[] = [];
const titlesLoader = (version: string) => () => {
  titleReads.push(version);
  if (failing) return Promise.reject(new Error(`ChartLint could not read /assets/kb/icd10cm-${version.toLowerCase()}.catalog-titles.bin.gz`));
  let words = titleWords.get(version);
  if (!words) {
    const bytes = encodeTitleHashes(rawOf(version).entries);
    titleWords.set(version, (words = unpackTitleHashes(packTitleHashes(new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.length / 4)))));
  }
  return Promise.resolve(words.slice());
};
vi.mock('../kb/data/release-assets.generated', () => ({
  RELEASE_ASSETS: {
    FY2026: { catalogTable: loader('FY2026'), catalogTitles: titlesLoader('FY2026') },
    FY2027: { catalogTable: loader('FY2027'), catalogTitles: titlesLoader('FY2027') },
  },
}));
const { loadReleaseCatalog, loadTitleLookup } = await import('./release-catalog');

const codes = (list: readonly CatalogEntry[]) => list.map((e) => e.code).join(' ');

describe("the worker's catalog, read from the packaged per-category table", () => {
  beforeEach(() => {
    failing = false;
    reads.length = 0;
  });

  // FY2027 is read as it ships: its own lines where it differs from FY2026, FY2026's elsewhere.
  it.each(['FY2026', 'FY2027'])('answers every code of %s as buildCatalog does over the catalog file', async (version) => {
    const built = builtCatalog(version);
    const catalog = await loadReleaseCatalog(version);
    expect(catalog.release).toEqual(built.release);
    // Every entry's own fields; the tree queries (children, descendants) for every category, the
    // spine chapter's codes and every 20th code. Every row of the bytes is compared with the file
    // below, and the table's answers to every query for every code are catalog-table.test.ts's
    // (openCatalogTable, which this reader hands the bytes to): asked again here for all 98,000
    // codes of both releases, they cost a minute of the unit step.
    const fieldsDiffer = built.entries.filter((e) => fields(catalog.get(e.code)) !== fields(e)).map((e) => e.code);
    expect(fieldsDiffer).toEqual([]);
    const answers = (c: typeof built, code: string) => [JSON.stringify(c.lookup(code)), codes(c.children(code)), code.length === 3 ? codes(c.descendants(code)) : ''].join('#');
    const asked = built.entries.filter((e, i) => e.code.length === 3 || /^M(4\d|5[0-4]|99)/.test(e.code) || i % 20 === 0).map((e) => e.code);
    expect(asked.length).toBeGreaterThan(6_000);
    expect(asked.filter((code) => answers(catalog, code) !== answers(built, code))).toEqual([]);
    expect(catalog.get('M99.99')).toBeUndefined();
    expect(catalog.lookup('Q99.9X')).toBeUndefined();
    // By index, as the title look-up reads its candidates (mismatches listed, not one expect per
    // code: 196,000 expect calls were about 2 CPU-s of this file).
    expect(built.entries.filter((e) => catalog.at(e.order - 1)?.code !== e.code).map((e) => `${e.order - 1} ${e.code}`)).toEqual([]);
    expect(catalog.at(built.entries.length)).toBeUndefined();
    expect(catalog.at(-1)).toBeUndefined();
  });

  it('holds one release at a time, reads it once while held, and reads again after a failed read', async () => {
    // FY2027 held, whichever the tests before left, so that FY2026 is read here.
    await loadReleaseCatalog('FY2027');
    reads.length = 0;
    const fy2026 = await loadReleaseCatalog('FY2026');
    expect(await loadReleaseCatalog('FY2026')).toBe(fy2026);
    expect(reads).toEqual(['FY2026']);
    await loadReleaseCatalog('FY2027');
    // Object.is, not `.not.toBe`: a toBe that does not hold deep-compares the two objects for its
    // message, and a table catalog's `entries` getter decodes the whole table for that (about 2 CPU-s).
    expect(Object.is(await loadReleaseCatalog('FY2026'), fy2026)).toBe(false);
    expect(reads).toEqual(['FY2026', 'FY2027', 'FY2026']);

    failing = true;
    await expect(loadReleaseCatalog('FY2027')).rejects.toThrow(/could not read/);
    failing = false;
    expect((await loadReleaseCatalog('FY2027')).lookup('C78.31')?.code).toBe('C78.31');
    expect(reads).toEqual(['FY2026', 'FY2027', 'FY2026', 'FY2027', 'FY2027']);
  });

  it('refuses table bytes that are not the files its index names, and does not keep the refusal', async () => {
    await loadReleaseCatalog('FY2026'); // so that FY2027 is read again
    const good = tableBytes('FY2027');
    tables.set('FY2027', { ...good, base: good.table });
    await expect(loadReleaseCatalog('FY2027')).rejects.toThrow(/base table .* bytes, the index says/);
    tables.set('FY2027', { ...good, table: good.table.subarray(1) });
    await expect(loadReleaseCatalog('FY2027')).rejects.toThrow(/bytes read, the index says/);
    tables.set('FY2027', good);
    expect((await loadReleaseCatalog('FY2027')).lookup('M99.60')?.code).toBe('M99.60');
  });

  it('rejects a release it does not carry', async () => {
    await expect(loadReleaseCatalog('FY2019')).rejects.toThrow(/not carried/);
  });
});

describe("the worker's official titles, looked up in the packaged title hashes", () => {
  beforeEach(() => {
    failing = false;
    reads.length = 0;
    titleReads.length = 0;
  });

  // The reference is the Map of every title the worker built until the hashes (buildTitleIndex).
  it.each(['FY2026', 'FY2027'])('answers every long and short title of %s as the index built from every row does', async (version) => {
    const raw = rawOf(version);
    const index = buildTitleIndex(raw.entries);
    const lookup = await loadTitleLookup(version);
    let shared = 0;
    for (const [, , title, shortTitle] of raw.entries)
      for (const text of shortTitle === undefined ? [title] : [title, shortTitle]) {
        const key = normalizeTitle(text);
        const expected = index.get(key);
        if (expected === undefined) shared++;
        if (lookup.get(key) !== expected) expect(`${text} -> ${lookup.get(key)}`).toBe(`${text} -> ${expected}`);
      }
    // Titles two codes share resolve to nothing on both sides (there are such titles in both releases).
    expect(shared).toBeGreaterThan(0);
    const texts = [
      ...raw.entries.slice(0, 2000).map(([, , title]) => title),
      'Spinal stenosis, cervical region – Active ×',
      'SPINAL STENOSIS CERVICAL REGION',
      'spinal stenosis',
      'neck pain',
      '',
      'Osseous and subluxation stenosis of intervertebral foramina of head region extra',
    ];
    expect(resolveTitles(lookup, texts)).toEqual(resolveTitles(index, texts));
    expect(resolveTitles(lookup, ['Spinal stenosis, cervical region – Active ×'])).toEqual({ 'Spinal stenosis, cervical region – Active ×': 'M48.02' });
  });

  it('is read once and kept while the code checks switch releases, and read again after a failed read', async () => {
    // FY2026's titles kept, whichever the tests before left (the worker keeps one release's), so
    // that FY2027's are read again; the count starts here (it relied on the test before having
    // left FY2027's, and failed in another order).
    await loadTitleLookup('FY2027');
    await loadTitleLookup('FY2026');
    titleReads.length = 0;
    await loadReleaseCatalog('FY2026');
    failing = true;
    await expect(loadTitleLookup('FY2027')).rejects.toThrow(/could not read/);
    failing = false;
    const fy2027 = await loadTitleLookup('FY2027');
    expect(fy2027.get(normalizeTitle('Spinal stenosis, cervical region'))).toBe('M48.02');
    expect(titleReads).toEqual(['FY2027', 'FY2027']);
    // The checks of an earlier visit hold FY2026: the look-up (and the FY2027 table it reads) stays.
    reads.length = 0;
    await loadReleaseCatalog('FY2026');
    expect(await loadTitleLookup('FY2027')).toBe(fy2027);
    expect(fy2027.get(normalizeTitle('Cervical disc disorder with myelopathy, unspecified cervical region'))).toBe('M50.00');
    expect(titleReads).toEqual(['FY2027', 'FY2027']);
    expect(reads).toEqual(['FY2026']);
    await expect(loadTitleLookup('FY2019')).rejects.toThrow(/not carried/);
  });

  it('checks every candidate of a hash exactly: a row listed under the hash whose title differs is not an answer', () => {
    const rows = [
      { code: 'A00.0', title: 'Cholera due to Vibrio cholerae 01, biovar cholerae', shortTitle: 'Cholera due to Vibrio cholerae 01, biovar cholerae' },
      { code: 'M48.02', title: 'Spinal stenosis, cervical region', shortTitle: 'Spinal stenosis, cervical region' },
      { code: 'X00.2', title: 'Spinal stenosis, cervical region', shortTitle: 'Same' },
    ];
    const key = normalizeTitle('Spinal stenosis, cervical region');
    const lookupWith = (indices: number[]) => openTitleHashes(new Uint32Array([...indices.map(() => titleHash(key)), ...indices]), (i) => rows[i]);
    // A00.0 stands for a row whose title collides with the key's hash: it is skipped.
    expect(lookupWith([0, 1]).get(key)).toBe('M48.02');
    expect(lookupWith([0]).get(key)).toBeUndefined();
    // Two codes with the title: neither.
    expect(lookupWith([0, 1, 2]).get(key)).toBeUndefined();
  });
});
