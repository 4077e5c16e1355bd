import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { findCodes } from '../find-codes';
import { readVisit } from './read-visit';
import { visitPage } from './visit-page';

const chiroFindings = (codes: string, note: string) =>
  analyze(visitPage(codes, note, ['98940'])).findings.filter(
    (f) => f.rule === 'region-mismatch' || f.rule === 'unsupported-code',
  );

// ICD-10-CM Alphabetic Index (data/icd10cm/fy2017): "Dysfunction, somatic, sacroiliac M99.04" and
// "Complex, subluxation (vertebral), sacroiliac M99.14"; CPT counts the joint as pelvic.
describe('the sacro-iliac joint', () => {
  it('is the sacral region for the diagnosis and the pelvic region for the manipulation count', () => {
    const dx = { id: 'dx', kind: 'diagnosis' as const, text: 'M99.04' };
    const { visit } = readVisit({
      fields: [
        dx,
        { id: 'n', kind: 'note', text: 'Right SI joint fixation, tender. Adjusted the right SI joint.' },
      ],
      codes: findCodes(dx),
    });
    expect(visit.regions.map((r) => [r.region, r.countedAs, r.levels])).toEqual([
      ['sacral', ['pelvic'], ['Right SI joint', 'right SI joint']],
    ]);
  });

  it('supports M99.04/M99.14 and moves M99.05 to M99.04 (QA n33)', () => {
    const note =
      'Palpation: tender R SI joint.\nListings: L5 PRI-M, right sacroiliac subluxation.\nTreatment: CMT lumbar and sacroiliac.';
    expect(chiroFindings('M99.13, M99.14', note)).toEqual([]);
    expect(chiroFindings('M99.13, M99.15', note).map((f) => [f.rule, f.code, f.suggestions])).toEqual([
      ['region-mismatch', 'M99.15', ['M99.14']],
    ]);
  });

  it('leaves an ilium listing in the pelvic region', () => {
    expect(chiroFindings('M99.15', 'Right PI ilium, tender. Adjusted the right PI ilium.')).toEqual([]);
  });
});
