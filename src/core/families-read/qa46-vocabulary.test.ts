import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { page } from '../rules/run-rule';
import { findConditions } from './find-conditions';
import { SPINE_FAMILIES } from '../spine-families';
import { rootSegment } from '../levels/root-reach';

// Blind QA stop 46 (classes G and H, G35): each case is tested by its shape,
// with variants the report did not use.
const run = (codes: string, note: string) => analyze(page(codes, note));
const verdict = (codes: string, note: string, code = codes.split(',')[0]?.trim()) =>
  run(codes, note).verdicts?.find((v) => v.code === code);
const findings = (codes: string, note: string) =>
  run(codes, note)
    .findings.filter((f) => f.rule !== 'suggested-code')
    .map((f) => [f.rule, f.code, f.suggestions]);
const kinds = (text: string) =>
  findConditions({ id: 'n', kind: 'note', text }).map((c) => [c.kind, c.span.text]);

describe('G: standard abbreviations', () => {
  it('reads LSS as a lumbar canal stenosis', () => {
    for (const note of [
      'Assessment: LSS L4-5 with neurogenic claudication.',
      'Pre-op diagnosis: LSS with neurogenic claudication.',
      'Severe LSS L3 through L5; neurogenic claudication.',
    ])
      expect(verdict('M48.062', note)?.verdict, note).toBe('supported');
    // Its region is lumbar: a cervical stenosis code is the wrong region, not an absent stenosis.
    // The lumbar code carries the neurogenic claudication the note affirms (M48.062; it said
    // M48.061, "without", before stop 50: region-move-qualifiers.test.ts).
    expect(findings('M48.02', 'Assessment: LSS with neurogenic claudication.')).toEqual([
      ['region-mismatch', 'M48.02', ['M48.062']],
    ]);
    // Negated like any stenosis.
    expect(verdict('M48.061', 'No LSS on the MRI.')?.reason).toMatch(/only as negated/);
  });

  it('reads NC as neurogenic claudication only beside the stenosis it comes with', () => {
    for (const note of [
      'Assessment: Lumbar spinal stenosis L4-5 with NC.',
      'Preoperative diagnosis: LSS L3 through L5 with NC',
      'Severe central stenosis at L4-5 and NC.',
      'Lumbar stenosis L3-4, L4-5 w/ bilateral NC.',
    ])
      expect(verdict('M48.062', note)?.verdict, note).toBe('supported');
    // Elsewhere NC is no change, nasal cannula, normocephalic or North Carolina: not claudication.
    for (const note of [
      'Lumbar spinal stenosis L4-5, NC from the prior study.',
      'Lumbar spinal stenosis L4-5. On 2 L O2 with NC.',
      'Lumbar spinal stenosis L4-5. Head NC/AT.',
      'Lumbar spinal stenosis L4-5 with NC/AT exam.',
      'Lumbar spinal stenosis L4-5. Moved here from NC last year.',
    ]) {
      expect(
        kinds(note).filter(([k]) => k === 'neurogenic-claudication'),
        note,
      ).toEqual([]);
      expect(verdict('M48.062', note)?.reason, note).toMatch(/does not document neurogenic claudication/);
    }
    // Without a stenosis in its clause, "with NC" is not read either.
    expect(kinds('Disc herniation L4-5 with NC.').map(([k]) => k)).toEqual(['disc-displacement']);
  });

  it('reads CSM as cervical spondylotic myelopathy: spondylosis with myelopathy, cervical', () => {
    expect(kinds('Assessment: CSM C4-C6.')).toEqual([
      ['myelopathy', 'CSM'],
      ['spondylosis', 'CSM'],
    ]);
    for (const note of [
      'Assessment: CSM C4-C6.',
      'Impression: CSM, progressive.',
      'Followed for CSM; MRI shows C5-6 cord compression.',
    ])
      expect(verdict('M47.12', note)?.verdict, note).toBe('supported');
    // With CSM documented, "without myelopathy" is contradicted.
    expect(findings('M47.812', 'Assessment: CSM C5-C6.')).toEqual([
      ['qualifier-mismatch', 'M47.812', ['M47.12']],
    ]);
    // Its region word is cervical: a lumbar code is the wrong region.
    expect(findings('M47.16', 'Assessment: CSM.')[0]).toEqual(['region-mismatch', 'M47.16', ['M47.12']]);
  });

  it('reads "radic" as radiculopathy (radicular), but not "radical"', () => {
    for (const note of [
      'Assessment: L4-5 HNP with L5 radic.',
      'L4-5 disc herniation, left radic pain to the foot.',
      'L4-5 HNP; L5 radic sx.',
    ])
      expect(verdict('M51.16', note)?.verdict, note).toBe('supported');
    expect(kinds('Radical prostatectomy 2019. L4-5 HNP.').map(([k]) => k)).toEqual(['disc-displacement']);
    expect(verdict('M51.16', 'Radical prostatectomy 2019. L4-5 HNP.')?.reason).toMatch(
      /does not document radiculopathy/,
    );
  });

  it('reads the M54.1 inclusion terms "lumbar/lumbosacral/thoracic/brachial neuritis" as radiculopathy, not a bare neuritis', () => {
    expect(verdict('M54.16', 'Impression: lumbar neuritis L4.')?.verdict).toBe('supported');
    expect(verdict('M54.17', 'Impression: lumbosacral neuritis.')?.verdict).toBe('supported');
    expect(verdict('M54.14', 'Thoracic neuritis at T7 after shingles ruled out.')?.verdict).toBe('supported');
    expect(verdict('M54.16', 'Spinal nerve root neuritis, lumbar.')?.verdict).toBe('supported');
    // A bare neuritis is M79.2 (M54.1 Excludes1), and an optic or vestibular one is no root.
    for (const note of [
      'Neuritis of the left leg.',
      'Optic neuritis in 2020.',
      'Vestibular neuritis, lumbar pain.',
    ])
      expect(
        kinds(note).filter(([k]) => k === 'radiculopathy'),
        note,
      ).toEqual([]);
    // A lumbar neuritis with the disc that causes it is the combination code (M54.1 Excludes1).
    expect(findings('M54.16', 'Lumbar neuritis due to L4-5 disc herniation.')).toEqual([
      ['classified-elsewhere', 'M54.16', ['M51.16']],
    ]);
  });

  it('reads a level written without a mark between its vertebrae ("L5S1")', () => {
    expect(verdict('M51.27', 'Assessment: disc protrusion at L5S1 level.')?.verdict).toBe('supported');
    expect(findings('M51.26', 'Assessment: disc protrusion at L5S1 level.')).toEqual([
      ['region-mismatch', 'M51.26', ['M51.27']],
    ]);
    expect(findings('M51.27', 'Broad-based disc bulge L4L5.')).toEqual([
      ['region-mismatch', 'M51.27', ['M51.26']],
    ]);
    expect(findings('M50.222', 'Disc herniation at C7T1.')).toEqual([
      ['region-mismatch', 'M50.222', ['M50.23']],
    ]);
  });
});

describe('H: a nerve root names the disc level of M50.1- (tabular inclusion terms, Index)', () => {
  it('holds the root table to the reading of a root as the segment above it', () => {
    const m50 = SPINE_FAMILIES.find((f) => f.id === 'm50');
    const roots = m50?.subcategories.find((s) => s.code === 'M50.1')?.rootLevels ?? [];
    expect(roots.map((r) => r.root)).toEqual(['C3', 'C4', 'C5', 'C6', 'C7', 'C8']);
    for (const r of roots) expect(r.level, r.root).toBe(r.root === 'C8' ? 'C7-T1' : rootSegment(r.root));
  });

  it('supports each code at its root, and names the right one for another', () => {
    const cases: [string, string][] = [
      ['C3', 'M50.11'],
      ['C4', 'M50.11'],
      ['C5', 'M50.121'],
      ['C6', 'M50.122'],
      ['C7', 'M50.123'],
      ['C8', 'M50.13'],
    ];
    for (const [root, code] of cases) {
      for (const note of [
        `Assessment: left ${root} radiculopathy due to disc herniation.`,
        `Right ${root} radiculopathy secondary to a cervical disc protrusion.`,
      ])
        expect(verdict(code, note)?.verdict, `${code} ${note}`).toBe('supported');
    }
    expect(findings('M50.121', 'Left C6 radiculopathy due to disc herniation.')).toEqual([
      ['region-mismatch', 'M50.121', ['M50.122']],
    ]);
    // The unspecified cervical region code is not wrong, but the root names the level: its code says
    // more (an info since stop 49, outside-family-area.test.ts).
    expect(findings('M50.10', 'Left C7 radiculopathy from a disc extrusion.')).toEqual([['region-mismatch', 'M50.10', ['M50.123']]]);
  });

  it('places the disc by a root only in the radiculopathy sentence, and not for codes without radiculopathy', () => {
    // In another sentence the root says nothing of the disc: "cervical" only, check the level.
    expect(
      findings('M50.122', 'Cervical disc herniation. Left C6 radiculopathy.').map((f) => [f[0], f[1]]),
    ).toEqual([['region-mismatch', 'M50.122']]);
    // A disc with a level of its own keeps it.
    expect(findings('M50.122', 'Left C6 radiculopathy due to C6-7 disc herniation.')).toEqual([
      ['region-mismatch', 'M50.122', ['M50.123']],
    ]);
  });

  it("names the combination code at the root's level beside M54.12", () => {
    expect(findings('M54.12', 'Assessment: left C6 radiculopathy due to disc herniation.')).toEqual([
      ['classified-elsewhere', 'M54.12', ['M50.122']],
    ]);
    expect(findings('M54.12', 'Assessment: right C5 radiculopathy from a disc protrusion.')).toEqual([
      ['classified-elsewhere', 'M54.12', ['M50.121']],
    ]);
  });
});

describe('G35: cervicalgia due to a disc disorder at a stated level names that level', () => {
  it('suggests the level code, or the header without a level', () => {
    expect(findings('M54.2', 'Dx: neck pain due to C5-6 disc degeneration.')).toEqual([
      ['classified-elsewhere', 'M54.2', ['M50.322']],
    ]);
    expect(findings('M54.2', 'Cervicalgia secondary to C4-5 disc herniation.')).toEqual([
      ['classified-elsewhere', 'M54.2', ['M50.221']],
    ]);
    expect(findings('M54.2', 'Neck pain from C3-4 disc degeneration.')).toEqual([
      ['classified-elsewhere', 'M54.2', ['M50.31']],
    ]);
    expect(findings('M54.2', 'Neck pain due to C5-6 and C6-7 degenerative disc disease.')).toEqual([
      ['classified-elsewhere', 'M54.2', ['M50.322', 'M50.323']],
    ]);
    expect(findings('M54.2', 'Dx: neck pain due to cervical disc degeneration.')).toEqual([
      ['classified-elsewhere', 'M54.2', ['M50.3-']],
    ]);
  });
});

describe("G34: pain named only in an imaging report's indication line", () => {
  const severityOf = (codes: string, note: string) =>
    run(codes, note)
      .findings.filter((f) => f.rule === 'qualifier-mismatch')
      .map((f) => [f.severity, f.code, f.suggestions]);
  const report = (indication: string, impression = 'Moderate degenerative disc disease L5-S1.') =>
    `XR LUMBAR SPINE, 3 VIEWS\n${indication}\nFindings: Disc space narrowing and endplate osteophytes at L5-S1.\nImpression:\n1. ${impression}`;

  it('is info, not a warning: the ordering reason is no diagnosis of the interpretation (Guidelines IV.K)', () => {
    for (const line of [
      'History: LBP.',
      'Indication: low back pain.',
      'Clinical history: chronic low back pain',
      'Reason for exam: back pain x 3 months.',
    ])
      expect(severityOf('M51.379', report(line)), line).toEqual([['info', 'M51.379', ['M51.370']]]);
  });

  it('stays a warning where the interpretation or a clinic note documents the pain', () => {
    expect(
      severityOf(
        'M51.379',
        report('History: LBP.', 'Moderate DDD L5-S1, likely source of the low back pain.'),
      ),
    ).toEqual([['warning', 'M51.379', ['M51.370']]]);
    // A clinic note's "History:" is the provider's own history of the present illness.
    expect(
      severityOf('M51.379', 'History: 3 months of low back pain.\nExam: tender L5.\nAssessment: DDD L5-S1.'),
    ).toEqual([['warning', 'M51.379', ['M51.370']]]);
  });
});
