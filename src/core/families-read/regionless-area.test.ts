import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { analyzeCodesAndNote, verdictOn } from '../../../test/support/code-and-note';
import { SPINE_FAMILIES } from '../spine-families';
import { REGIONLESS_AREAS } from './regionless-area';

// A spine code with no region character (M51.9, M54.2, M54.5-) still names a part of the spine in
// its title: beside a note whose statements are all in another part, it is the wrong code.
// Sentences of our own.
const familyFindings = (code: string, note: string) =>
  analyzeCodesAndNote(code, note)
    .findings.filter((f) => f.code === code && f.rule === 'region-mismatch')
    .map((f) => [f.severity, f.suggestions]);

/** FY2027 order file's long titles by dotted code (the file the data cites). */
function officialTitles(): Map<string, string> {
  const gz = readFileSync(new URL('../../../data/icd10cm/fy2027/icd10cm-order-2027.txt.gz', import.meta.url));
  const titles = new Map<string, string>();
  for (const line of gunzipSync(gz).toString('latin1').split('\n')) {
    const raw = line.slice(6, 13).trim();
    if (!raw.startsWith('M')) continue;
    titles.set(raw.length > 3 ? `${raw.slice(0, 3)}.${raw.slice(3)}` : raw, line.slice(77).trim());
  }
  return titles;
}

describe('the area data of the codes with no region character', () => {
  it("quotes each code's FY2027 title word for word", () => {
    const titles = officialTitles();
    for (const entry of REGIONLESS_AREAS)
      expect([entry.code, entry.title]).toEqual([entry.code, titles.get(entry.code)]);
  });

  it('has an entry for every family code without a region character', () => {
    const regionless = SPINE_FAMILIES.flatMap((f) =>
      f.subcategories.filter((s) => s.regionDigits.length === 0).map((s) => s.code),
    );
    expect(regionless.length).toBeGreaterThan(0);
    for (const code of regionless) expect(REGIONLESS_AREAS.map((e) => e.code)).toContain(code);
  });
});

describe('M51.9 (thoracic, thoracolumbar and lumbosacral discs) beside a cervical disc', () => {
  it('is a wrong region with the M50 code of the documented disc', () => {
    expect(familyFindings('M51.9', 'MRI: C5-C6 disc herniation.')).toEqual([['error', ['M50.222']]]);
    expect(verdictOn('M51.9', 'MRI: C5-C6 disc herniation.')).toBe('finding');
  });

  it('suggests the M50 subcategory of what the note affirms with the disc (radiculopathy, myelopathy)', () => {
    expect(
      familyFindings('M51.9', 'Neck pain. MRI: C5-C6 disc herniation with left C6 radiculopathy.'),
    ).toEqual([['error', ['M50.122']]]);
    expect(familyFindings('M51.9', 'C6-C7 disc degeneration with myelopathy.')).toEqual([
      ['error', ['M50.023']],
    ]);
    expect(familyFindings('M51.9', 'C6-C7 disc degeneration. No myelopathy.')).toEqual([
      ['error', ['M50.323']],
    ]);
  });

  it('is an info when only a region word places the disc', () => {
    expect(familyFindings('M51.9', 'Cervical disc herniation.')).toEqual([['info', ['M50.20']]]);
  });

  it('stays supported by a disc in its own area, or with discs in both', () => {
    expect(familyFindings('M51.9', 'Back pain. MRI: T7-T8 disc protrusion.')).toEqual([]);
    expect(verdictOn('M51.9', 'MRI: L4-L5 disc herniation.')).toBe('supported');
    expect(
      familyFindings('M51.9', 'MRI cervical: C5-C6 disc herniation. MRI lumbar: L4-L5 disc herniation.'),
    ).toEqual([]);
  });
});

describe('low back pain (M54.5-) beside pain placed in the thoracic spine', () => {
  it('is a wrong region with the code its title gives that part of the spine', () => {
    expect(familyFindings('M54.50', 'Back pain at T6-T7 after a fall.')).toEqual([['error', ['M54.6']]]);
  });

  it('says nothing when the back pain is low or unplaced', () => {
    expect(familyFindings('M54.50', 'Low back pain for two weeks.')).toEqual([]);
    expect(familyFindings('M54.59', 'Back pain for two weeks.')).toEqual([]);
  });
});

describe('codes whose title covers every region', () => {
  it.each([
    ['M47.9', 'MRI: C5-C6 spondylosis.'],
    ['M48.9', 'Lumbar stenosis L4-5.'],
    ['M54.9', 'Neck pain.'],
  ])('%s stays as it was (not checked)', (code, note) => {
    expect(familyFindings(code, note)).toEqual([]);
    expect(verdictOn(code, note)).toBe('not-checked');
  });
});
