import { describe, expect, it } from 'vitest';
import { analyze } from '../../core';
import { codeAndSuggestions, formatResult, mentionRegions } from './format-result';

describe('codeAndSuggestions', () => {
  it('shows a replacement as the entered code and what to use instead', () => {
    expect(codeAndSuggestions({ code: 'M51.04', suggestions: ['M51.24'] })).toBe('M51.04 → M51.24');
  });

  it('shows a code to add as one addition, not as the code replaced by itself (QA stop 44)', () => {
    expect(codeAndSuggestions({ code: 'M99.12', suggestions: ['M99.12'] })).toBe('add M99.12');
    expect(codeAndSuggestions({ code: 'M48.061', suggestions: ['M48.061'] })).toBe('add M48.061');
  });

  it('never shows a code to add beside the entered one as its replacement (QA stop 45)', () => {
    expect(codeAndSuggestions({ code: 'M99.61', suggestions: ['M48.02'], additions: ['M48.02'] })).toBe('M99.61; add M48.02');
    expect(codeAndSuggestions({ code: 'M99.73', suggestions: ['M51.16', 'M48.061'], additions: ['M48.061'] })).toBe('M99.73 → M51.16; add M48.061');
  });

  it('shows the code alone when there is nothing to suggest', () => {
    expect(codeAndSuggestions({ code: 'M99.01', suggestions: [] })).toBe('M99.01');
  });
});

describe('formatResult', () => {
  it('says the checklist was not checked when no note text was read, instead of listing every item MISSING', () => {
    const empty = formatResult(analyze({ fields: [{ id: 'dx', kind: 'diagnosis', text: 'M99.61' }, { id: 'note', kind: 'note', text: ' ' }] }));
    expect(empty).toContain('checklist: not checked (no note text was read)');
    expect(empty).not.toContain('MISSING');
    const read = formatResult(analyze({ fields: [{ id: 'dx', kind: 'diagnosis', text: 'M99.61' }, { id: 'note', kind: 'note', text: 'Patient seen.' }] }));
    expect(read).toContain('checklist: site MISSING, level MISSING');
  });

  it('with no code entered, leaves out of the judged codes one the note names as past, in the codes line and the checklist (QA stop 60)', () => {
    const text = formatResult(analyze({ fields: [{ id: 'note', kind: 'note', text: 'History of M99.33, treated in 2019.\nMRI: L4-5 moderate central canal stenosis.\nAssessment: M48.061.' }] }));
    expect(text.split('\n')[0]).toBe('codes: M48.061 (none entered: those the note names are judged); the note also names M99.33 (as past or denied: not judged)');
    expect(text).toContain('checklist: none (it is for the M99 stenosis codes');
  });

  it('prints an unmet item of a chiropractic note partly in Spanish as not checked, not MISSING', () => {
    const note = 'Dolor lumbar y espasmo, rango de movimiento limitado.\nSubluxación de L5.\nAjuste diversificado de L5.';
    const text = formatResult(
      analyze({
        fields: [
          { id: 'dx', kind: 'diagnosis', text: 'M99.03' },
          { id: 'note', kind: 'note', text: note },
          { id: 'fee', kind: 'procedure', text: '98940' },
        ],
      }),
    );
    expect(text).toContain('part yes');
    expect(text).toContain('care-type not checked (part of the note is in Spanish, not read for it)');
    expect(text).not.toContain('MISSING');
  });
});

describe('the chiropractic X-ray item (stop 56)', () => {
  const visit = (note: string) =>
    formatResult(
      analyze({
        fields: [
          { id: 'dx', kind: 'diagnosis', text: 'M99.03' },
          { id: 'note', kind: 'note', text: note },
          { id: 'fee', kind: 'procedure', text: '98940' },
        ],
      }),
    );

  it('says an X-ray is not needed when P/A/R/T shows the subluxation (BPM 15 §240.1.2), not "xray yes"', () => {
    const text = visit('Low back pain 6/10. Tenderness on palpation L4. Restricted lumbar flexion. Subluxation L4. CMT to L4.');
    expect(text).toContain('part yes, xray not needed (P/A/R/T shows the subluxation)');
    expect(text).not.toMatch(/xray (?:yes|MISSING)/);
  });

  it('asks for an X-ray or P/A/R/T when neither shows it', () => {
    expect(visit('Subluxation L4. CMT to L4.')).toContain('xray MISSING (or P/A/R/T)');
  });
});

describe('a mention row shows a junction level in the dorsopathy scheme too (QA stop 54, class 4)', () => {
  const level = (normalized: string) => ({ raw: normalized, normalized });
  it('names the junction beside the M99 region', () => {
    expect(mentionRegions({ levels: [level('T12-L1')], regions: ['thoracic'] })).toBe('thoracic (M40-M54: thoracolumbar)');
    expect(mentionRegions({ levels: [level('C7-T1')], regions: ['cervical'] })).toBe('cervical (M40-M54: cervicothoracic)');
    expect(mentionRegions({ levels: [level('L5-S1')], regions: ['lumbar'] })).toBe('lumbar (M40-M54: lumbosacral)');
    expect(mentionRegions({ levels: [level('C1-C2')], regions: ['cervical'] })).toBe('cervical (M40-M54: occipito-atlanto-axial)');
  });
  it('leaves a level inside a region as it was', () => {
    expect(mentionRegions({ levels: [level('L4-L5')], regions: ['lumbar'] })).toBe('lumbar');
    expect(mentionRegions({ levels: [], regions: [] })).toBe('-');
  });
  it('shows it in the printed result', () => {
    const text = formatResult(analyze({ fields: [{ id: 'dx', kind: 'diagnosis', text: 'M48.05' }, { id: 'note', kind: 'note', text: 'Moderate canal stenosis at T12-L1.' }] }));
    expect(text).toMatch(/T12-L1 {2}thoracic \(M40-M54: thoracolumbar\)/);
  });
});
