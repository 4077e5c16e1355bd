import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { visitPage } from './visit-page';

const run = (codes: string, note: string, procedure = '98941-AT') =>
  analyze(visitPage(codes, note, [procedure], 'medicare')).findings.map((f) => [
    f.rule,
    f.code,
    f.suggestions,
  ]);

const partWarning = (codes: string, note: string) =>
  analyze(visitPage(codes, note, ['98941-AT'], 'medicare')).findings.filter(
    (f) => f.rule === 'subluxation-documentation' && f.code === 'M99.05',
  );

// Blind QA stop 54, M6: treated-region-uncoded asked for M99.05 for an adjusted SI joint, then
// subluxation-documentation said M99.05's P.A.R.T. was not shown, the P and R written at "R SI"
// being credited to the sacral row alone. The Index codes the joint sacral, CPT counts it pelvic:
// P.A.R.T. at the joint counts for both rows the note has.
describe('P.A.R.T. written at the sacro-iliac joint', () => {
  it('counts for a pelvic code beside the joint', () => {
    const notes = [
      'Pain: R SI joint tender, L5 spinous tender.\nAsymmetry: R PI ilium, sacrum rotated right.\nROM: R SI motion restricted (Gillet +).\nA: Segmental dysfunction sacrum and right pelvis, lumbar L5.\nP: Adjusted: L5, sacrum, R SI (pelvic).',
      'P: left SIJ tender to palpation. A: left ilium AS. R: left SIJ fixation on motion palpation. Dx: pelvic segmental dysfunction. Adjusted the left ilium and L4.',
      'Tenderness over the right sacroiliac joint. Right innominate posterior. Restricted right sacroiliac motion. Segmental dysfunction L5 and right ilium; adjusted L5 and the right ilium.',
    ];
    for (const note of notes) expect(partWarning('M99.03, M99.04, M99.05', note), note).toEqual([]);
  });

  it('never suggests adding the pelvic code and then calls its P.A.R.T. unshown', () => {
    const note =
      'Pain: R SI joint tender, L5 spinous tender.\nAsymmetry: R PI ilium, sacrum rotated right.\nROM: R SI motion restricted (Gillet +).\nA: Segmental dysfunction sacrum and right pelvis, lumbar L5.\nP: Adjusted: L5, sacrum, R SI (pelvic).';
    expect(run('M99.03, M99.04', note)).toContainEqual(['treated-region-uncoded', 'M99.05', ['M99.05']]);
    expect(partWarning('M99.03, M99.04, M99.05', note)).toEqual([]);
  });

  it('still asks for P.A.R.T. at the pelvis when the joint is not where it was written (control)', () => {
    const note =
      'Pain: L5 spinous tender. ROM: lumbar flexion restricted. Asymmetry: R PI ilium. Adjusted L5 and the right ilium.';
    expect(partWarning('M99.03, M99.05', note)).toHaveLength(1);
  });
});
