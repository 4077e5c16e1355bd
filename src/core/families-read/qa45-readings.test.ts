import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { loadSpineLookup } from '../../../test/corpus/icd10cm/order-rows';
import { nonBillableCode } from '../rules/non-billable-code';
import { page, runRule } from '../rules/run-rule';

// Blind QA stop 45: each class is tested by its shape, not only its sentence.
const run = (codes: string, note: string) => analyze(page(codes, note));
const verdict = (codes: string, note: string, code = codes.split(',')[0]?.trim()) =>
  run(codes, note).verdicts?.find((v) => v.code === code);
const findings = (codes: string, note: string) =>
  run(codes, note)
    .findings.filter((f) => f.rule !== 'suggested-code')
    .map((f) => [f.rule, f.code, f.suggestions]);

describe('E: a disc prolapse (British for a herniation) is a disc displacement', () => {
  it('reads each phrasing as a disc disorder, at its own level', () => {
    for (const note of [
      'L5-S1 disc prolapse compressing the S1 nerve root, left S1 sciatica.',
      'Left posterolateral L5/S1 disc prolapse compressing the traversing left S1 nerve root.',
      'Prolapsed intervertebral disc at L5/S1 with left S1 radiculopathy.',
      'Prolapsed lumbar intervertebral disc L5/S1 with S1 sciatica.',
      'Prolapse of the L5/S1 disc compressing the left S1 nerve root.',
    ])
      expect(verdict('M51.17', note)?.verdict, note).toBe('supported');
    // Its level is read: an L4/5 prolapse is lumbar, not lumbosacral.
    expect(findings('M51.17', 'Prolapsed L4/5 disc with right L5 sciatica.')).toEqual([
      ['region-mismatch', 'M51.17', ['M51.16']],
    ]);
  });

  it('is negated like a herniation, and a prolapse of another organ is not a disc', () => {
    expect(verdict('M51.17', 'No disc prolapse. Left S1 radiculopathy.')?.reason).toMatch(/only as negated/);
    for (const note of [
      'Mitral valve prolapse. Left S1 radiculopathy.',
      'Rectal prolapse. Lumbosacral S1 radiculopathy.',
    ])
      expect(verdict('M51.17', note)?.reason, note).toMatch(/does not document a disc disorder/);
  });
});

describe('F: a level belongs to its own statement, and an exiting root to the segment it leaves', () => {
  it('leaves a slip "of L5 on S1" at L5-S1 when a pars defect beside it names L5', () => {
    for (const note of [
      'X-ray: Grade 2 isthmic spondylolisthesis of L5 on S1 (slip 35%), bilateral L5 pars defects.',
      'Isthmic spondylolisthesis of L5 on S1 with bilateral L5 spondylolysis.',
      'Grade 1 spondylolisthesis of L5 on S1; L5 pars interarticularis defects.',
    ])
      expect(findings('M43.16', note), note).toEqual([['region-mismatch', 'M43.16', ['M43.17']]]);
    // The pars defect's own level is not taken from the slip either way: L4 on L5 stays lumbar.
    expect(findings('M43.16', 'Grade 1 anterolisthesis of L4 on L5 with bilateral L4 pars defects.')).toEqual(
      [],
    );
  });

  it("reads an exiting root at the segment it leaves through: another level's disc does not reach it", () => {
    const note =
      'L4-5: Disc bulge with mild bilateral foraminal narrowing.\nL5-S1: Severe right foraminal stenosis due to facet hypertrophy, with impingement of the exiting right L5 nerve root.';
    const f = run('M99.63', note).findings.find((x) => x.rule === 'classified-elsewhere');
    // Before: M47.27 and M51.16 (the L4-5 bulge was read as reaching an L5 root at L4-L5).
    expect(f?.suggestions).toEqual(['M47.27']);
    // A root named without "exiting" still reaches both segments (a paracentral L4-5 disc on the traversing L5 root).
    const g = run('M99.63', note.replace('the exiting right L5', 'the right L5')).findings.find(
      (x) => x.rule === 'classified-elsewhere',
    );
    expect(g?.suggestions).toEqual(['M47.27', 'M51.16']);
  });
});

describe('G: a header is completed at the documented region, and the Excludes1 notes share one severity', () => {
  const lookup = loadSpineLookup();
  const header = (code: string, note: string) =>
    runRule(nonBillableCode, page(code, note), { lookup }).findings[0]?.suggestions;

  it('points a lumbar header to the lumbosacral code the note documents, and keeps its own region when the note names both', () => {
    expect(
      header(
        'M51.36',
        'Assessment: Lumbar degenerative disc disease at L5-S1 with discogenic axial back pain. No radicular features.',
      ),
    ).toEqual(['M51.370']);
    // Naming both, the header is completed under itself (QA stop 54, class 5: M51.370 is another header's).
    expect(
      header(
        'M51.36',
        'Lumbar degenerative disc disease at L4-L5 and L5-S1 with discogenic axial back pain.',
      ),
    ).toEqual(['M51.360']);
    expect(header('M51.37', 'Degenerative disc disease at L4-5, L5-S1 with discogenic back pain.')).toEqual([
      'M51.370',
    ]);
    // A note naming no region keeps the entered header's region; one naming only lumbar, lumbar.
    expect(header('M51.36', 'Degenerative disc disease with discogenic back pain.')).toEqual([
      'M51.360',
      'M51.361',
      'M51.362',
      'M51.369',
    ]);
    expect(header('M51.36', 'Lumbar degenerative disc disease with discogenic back pain.')).toEqual([
      'M51.360',
    ]);
  });

  it('gives segments listed together to the statement they follow', () => {
    expect(
      verdict('M51.370', 'Degenerative disc disease at L4-5 and L5-S1 with discogenic back pain.')?.verdict,
    ).toBe('supported');
    expect(verdict('M51.27', 'Disc bulges at L3-4, L4-5 and L5-S1 with discogenic back pain.')?.verdict).toBe(
      'supported',
    );
  });

  it('makes a linked M54.5-/M54.1- Excludes1 pair a warning, an unlinked one info', () => {
    const excl = (codes: string, note: string) =>
      run(codes, note)
        .findings.filter((f) => f.rule === 'classified-elsewhere')
        .map((f) => [f.code, f.severity, f.suggestions]);
    expect(
      excl(
        'M54.50, M51.36',
        'Lumbar degenerative disc disease at L4-L5 and L5-S1 with discogenic axial back pain.',
      ),
    ).toEqual([['M54.50', 'warning', ['M51.360', 'M51.370']]]);
    expect(excl('M54.17', 'L5-S1 disc protrusion with left S1 radiculopathy.')).toEqual([
      ['M54.17', 'warning', ['M51.17']],
    ]);
    expect(excl('M54.50', 'Low back pain. MRI: L4-5 disc desiccation.')).toEqual([
      ['M54.50', 'info', ['M51.360']],
    ]);
  });
});

describe('I: no suggestion contradicts the M99 category note (classified elsewhere)', () => {
  const suggested = (codes: string, note: string, rule: string) =>
    run(codes, note)
      .findings.filter((f) => f.rule === rule)
      .map((f) => [f.code, f.suggestions]);

  it("sends M48.0- beside a slip's foraminal narrowing to the slip, not M99.63, and to nothing when the slip is coded", () => {
    const note =
      'IMPRESSION: Grade 1 anterolisthesis of L4 on L5 with mild bilateral foraminal narrowing. No spinal canal stenosis.';
    expect(suggested('M48.061', note, 'site-mismatch')).toEqual([['M48.061', ['M43.16']]]);
    expect(suggested('M48.061, M43.16', note, 'site-mismatch')).toEqual([['M48.061', []]]);
    // Foraminal narrowing from bone alone has no code outside M99: M99.63 stays.
    expect(
      suggested('M48.061', 'L4-5 foraminal narrowing due to facet hypertrophy.', 'site-mismatch'),
    ).toEqual([['M48.061', ['M99.63']]]);
  });

  it('points a wrong-site M99 code for a disc with sciatica to the disc code, not M99.53', () => {
    const note =
      'L5/S1 disc prolapse compressing the traversing left S1 nerve root in the lateral recess. Foramina are patent. Left S1 sciatica.';
    expect(suggested('M99.73', note, 'site-mismatch')).toEqual([['M99.73', ['M51.17']]]);
    expect(suggested('M99.73, M51.17', note, 'site-mismatch')).toEqual([['M99.73', []]]);
  });

  it('does not add a spinal stenosis code for a disc that only effaces the CSF, and no M99 code when the disc is coded', () => {
    const note =
      'MRI shows large central disc herniations at C5-C6 and C6-C7 effacing the CSF and compressing the cord.';
    expect(suggested('M50.023', note, 'suggested-code')).toEqual([]);
    // Stenosis named as such is still worth its own code beside the disc.
    expect(
      suggested(
        'M50.023',
        'C5-C6 disc herniation causing moderate central canal stenosis.',
        'suggested-code',
      ).flatMap((f) => f[1]),
    ).toContain('M48.02');
  });
});

describe('J: a finding ruled out by a test is negated', () => {
  it('reads "X ruled out by EMG" as negated, not as a finding with no level', () => {
    for (const note of [
      'Radiculopathy ruled out by EMG.',
      'Lumbar radiculopathy ruled out by EMG.',
      'Lumbar radiculopathy was ruled out on EMG/NCS.',
      'EMG ruled out radiculopathy.',
    ])
      expect(verdict('M54.16', note)?.reason, note).toMatch(/only as negated/);
  });
});
