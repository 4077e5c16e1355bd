import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { runRule } from '../rules/run-rule';
import { unsupportedCode } from '../rules/unsupported-code';
import { visitPage } from './visit-page';

const unsupported = (code: string, note: string) =>
  runRule(unsupportedCode, visitPage(code, note, ['98940'])).findings.map((f) => f.message);

// Blind QA stop 54, M7: P.A.R.T. at a region documents the segmental dysfunction (BPM 15
// §240.1.2) even when the manipulation was deferred; the M99.0- code is not "nothing documented".
describe('P.A.R.T. findings document the lesion of an M99.0- code', () => {
  it('supports the region P.A.R.T. shows, with no adjustment that day', () => {
    expect(
      unsupported(
        'M99.01',
        'P: tender C5. A: C5 rotated right. R: cervical rotation restricted. Adjustment deferred today.',
      ),
    ).toEqual([]);
    expect(
      unsupported(
        'M99.02',
        'Pain: T4 spinous tender. Asymmetry: T4 rotated left. ROM: thoracic rotation reduced. Patient declined manipulation today.',
      ),
    ).toEqual([]);
    expect(
      unsupported(
        'M99.03',
        'P - L4 tender to palpation\nA - L4 posterior right\nR - lumbar flexion restricted\nNo CMT performed this visit.',
      ),
    ).toEqual([]);
  });

  it('still calls it unsupported without A or R, or where the note denies the region (controls)', () => {
    expect(
      unsupported('M99.01', 'P: tender C5. T: cervical paraspinal spasm. Adjustment deferred today.')[0],
    ).toMatch(/documents no subluxation/);
    expect(
      unsupported(
        'M99.01',
        'Cervical: no subluxation found. P: tender C5. A: C5 rotated right. R: cervical rotation restricted.',
      )[0],
    ).toMatch(/only as negated/);
    // An exam beside a manipulation done elsewhere is not read as this region's diagnosis.
    const verdict = analyze(
      visitPage('M99.03', 'P: L4 tender. R: lumbar flexion restricted. Adjusted C5 today.', ['98940']),
    ).verdicts?.find((v) => v.code === 'M99.03');
    expect(verdict?.verdict).toBeDefined();
    expect(verdict?.verdict).not.toBe('supported');
    // P.A.R.T. at another region does not support this one.
    expect(
      unsupported(
        'M99.02',
        'P: tender C5. A: C5 rotated right. R: cervical rotation restricted. Adjustment deferred today.',
      ),
    ).toHaveLength(1);
  });
});
