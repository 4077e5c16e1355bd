import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { findCodes } from '../find-codes';
import { conventionOf } from './region-conventions';
import { readVisit } from './read-visit';
import { visitPage } from './visit-page';

const chiroFindings = (codes: string, note: string, procedures = ['98940']) =>
  analyze(visitPage(codes, note, procedures)).findings.filter(
    (f) =>
      f.rule === 'region-mismatch' || f.rule === 'unsupported-code' || f.rule === 'manipulation-region-count',
  );

// ICD-10-CM Alphabetic Index (src/kb/data/icd10cm-fy2027.index-terms.json, from the FY2017 index XML):
// "Dysfunction, somatic, hip M99.05", "Complex, subluxation (vertebral), hip M99.15", "Lesion,
// biomechanical, specified type NEC, hip M99.85". CPT counts the hip as a lower extremity (98943).
describe('the hip', () => {
  it('is the pelvic region for the diagnosis and a lower extremity for the CMT and OMT count', () => {
    expect(conventionOf('hip')).toMatchObject({
      m99: 'pelvic',
      cmt: 'lower extremities',
      omt: 'lower extremities',
    });
    const dx = { id: 'dx', kind: 'diagnosis' as const, text: 'M99.05' };
    const { visit } = readVisit({
      fields: [dx, { id: 'n', kind: 'note', text: 'Right hip restricted, tender. Adjusted the right hip.' }],
      codes: findCodes(dx),
    });
    expect(visit.regions.map((r) => [r.region, r.countedAs, r.levels, r.coded])).toEqual([
      ['pelvic', ['lower extremities'], ['Right hip', 'right hip'], ['M99.05']],
    ]);
  });

  it('supports M99.05/M99.15 and moves M99.06 to M99.05, while 98943 still counts it', () => {
    const note =
      'Right hip restricted, tender, fixation.\nL4 subluxation, tender, restricted.\nTreatment: CMT L4 and right hip.';
    expect(chiroFindings('M99.03, M99.05', note, ['98940', '98943'])).toEqual([]);
    expect(chiroFindings('M99.13, M99.15', note, ['98940', '98943'])).toEqual([]);
    expect(
      chiroFindings('M99.03, M99.06', note, ['98940', '98943']).map((f) => [f.rule, f.code, f.suggestions]),
    ).toEqual([['region-mismatch', 'M99.06', ['M99.05']]]);
  });

  it('keeps the knee, ankle and foot in the lower extremity', () => {
    expect(
      chiroFindings('M99.06', 'Right knee fixation, tender. Adjusted the right knee.', ['98943']),
    ).toEqual([]);
  });
});
