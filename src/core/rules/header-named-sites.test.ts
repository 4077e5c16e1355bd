import { describe, expect, it } from 'vitest';
import { loadSpineLookup } from '../../../test/corpus/icd10cm/order-rows';
import { nonBillableCode } from './non-billable-code';
import { page, runRule } from './run-rule';

const lookup = loadSpineLookup();
const suggested = (code: string, note: string) =>
  runRule(nonBillableCode, page(code, note), { lookup }).findings[0]?.suggestions;

// Blind QA stop 54, M9: a header's "multiple sites" child was offered beside the one region the
// note names (M43.1 → M43.17, M43.19 for a single L5-S1 slip with an L5 pars defect).
describe('a header read against a note that names one region', () => {
  it('offers the named region only, not "multiple sites"', () => {
    const notes = [
      'CT: bilateral L5 pars defects with grade 2 isthmic spondylolisthesis of L5 on S1.',
      'Assessment: L5 spondylolysis with grade 2 isthmic spondylolisthesis L5-S1.',
      'Isthmic spondylolisthesis at L5-S1, grade 1, with pars fractures at L5.',
    ];
    for (const note of notes) expect(suggested('M43.1', note), note).toEqual(['M43.17']);
  });

  it('keeps "multiple sites" when several named regions fit (control)', () => {
    expect(
      suggested('M43.1', 'Grade 1 spondylolisthesis of L4 on L5. Grade 1 anterolisthesis of C4 on C5.'),
    ).toContain('M43.19');
  });
});
