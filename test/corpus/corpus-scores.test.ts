import { describe, expect, it } from 'vitest';
import { evalMismatch } from '../../scripts/eval/eval-mismatch';
import { evalNegex } from '../../scripts/eval/eval-negex';
import { evalSpine } from '../../scripts/eval/eval-spine';
import { readSpineNotes } from '../../scripts/eval/read-corpus';
import { loadSpineLookup } from './icd10cm/order-rows';

// Regression guard on the development corpora: the floors are the goals (and the published
// NegEx numbers), so a change that loses an error class fails here before it reaches reports/eval.md.
describe('scores on the copied corpora', () => {
  const notes = readSpineNotes();

  it('beats the published Python NegEx on the NegEx rows and meets the goals (accuracy ≥ 0.98, F1 ≥ 0.95)', () => {
    const negex = evalNegex();
    expect(negex.rows).toBe(1654);
    expect(negex.accuracy).toBeGreaterThanOrEqual(0.98);
    expect(negex.f1).toBeGreaterThanOrEqual(0.95);
  });

  it('detects the annotated spine findings and agrees on site, region and status (≥ 0.90 each)', () => {
    const spine = evalSpine(notes);
    expect(spine.detection.recall).toBeGreaterThanOrEqual(0.9);
    expect(spine.detection.precision).toBeGreaterThanOrEqual(0.9);
    expect(spine.agreement.site).toBeGreaterThanOrEqual(0.9);
    expect(spine.agreement.region).toBeGreaterThanOrEqual(0.9);
    expect(spine.agreement.status).toBeGreaterThanOrEqual(0.9);
  });

  it('finds site and region mismatches on codes made from the annotations (P ≥ 0.95, R ≥ 0.90)', () => {
    const mismatch = evalMismatch(loadSpineLookup(), notes);
    expect(mismatch.combined.precision).toBeGreaterThanOrEqual(0.95);
    expect(mismatch.combined.recall).toBeGreaterThanOrEqual(0.9);
  });
});
