import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { visitPage } from './visit-page';

const checklistIds = (codes: string, note: string, procedures: string[]) => analyze(visitPage(codes, note, procedures)).checklist.map((i) => i.id);

describe('chiroChecklist', () => {
  it('asks a chiropractic visit for the level, P/A/R/T, an X-ray, active care and the plan', () => {
    expect(checklistIds('M99.03', 'L4 subluxation, tender, restricted flexion. Adjusted L4.', ['98940'])).toEqual(['segment-level', 'part', 'xray', 'care-type', 'treatment-plan']);
  });

  it('asks an osteopathic visit only for the plan (the exact level, P/A/R/T, the X-ray and active care are the chiropractic benefit\'s, BPM §240)', () => {
    // QA stop 45, H: the exact level (BPM §240.1.4) is asked of spinal CMT, not of OMT.
    expect(checklistIds('M99.08', 'Rib 6 somatic dysfunction, tender. OMT to rib 6.', ['98925'])).toEqual(['treatment-plan']);
    // A visit billing CMT beside OMT is held to the chiropractic items.
    expect(checklistIds('M99.03', 'L4 somatic dysfunction, tender. OMT and CMT to L4.', ['98925', '98940'])).toContain('part');
  });

  it('keeps an osteopathic visit osteopathic when it bills an E/M or a therapy code beside OMT (QA stop 50, M4)', () => {
    const note = 'T4 somatic dysfunction, tender with restricted rotation. OMT to the thoracic spine.';
    for (const others of [['99213-25'], ['99214-25', '97140'], ['97112']])
      expect(checklistIds('M99.02', note, ['98925', ...others])).toEqual(['treatment-plan']);
  });
});

// Stop 56: P/A/R/T or an X-ray shows a subluxation (BPM 15 §240.1.2); the X-ray item met by P/A/R/T
// says so, so it is neither read as an X-ray found nor as one still asked for.
describe('the X-ray item met by P/A/R/T', () => {
  const xrayItem = (note: string) => analyze(visitPage('M99.03', note, ['98940'])).checklist.find((i) => i.id === 'xray');
  const part = 'Low back pain 6/10. Tenderness on palpation L4. Restricted lumbar flexion. Subluxation L4. CMT to L4.';

  it('is met, shown by P/A/R/T, with no X-ray in the note', () => {
    expect(xrayItem(part)).toMatchObject({ met: true, shownBy: 'part' });
  });

  it('is met by the X-ray itself when one is dated in the window', () => {
    const item = xrayItem(`Initial treatment date: 2026-11-05. Lumbar X-rays dated 2026-11-01 show L4 subluxation. ${part}`);
    expect(item?.met).toBe(true);
    expect(item?.shownBy).toBeUndefined();
  });
});
