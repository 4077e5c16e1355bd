import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { visitPage } from '../chiro/visit-page';
import { NOTE_PART_LANGUAGE_REASON } from './note-read';

// QA stop 49, C4: a chiropractic note in Spanish whose procedure and region words were read (CMT,
// "cervical", "lumbar") but whose exam was not ("dolor", "espasmo", "rotación", "movilidad
// restringida", levels joined by "y"): its codes were said to lack P/A/R/T and a level, while another
// code of the same run was honestly not checked. Sentences of our own.
const SPANISH_VISIT =
  'Visita de seguimiento, Medicare, tratamiento activo.\nExamen: sensibilidad y contractura en C6 y L4-L5; hipomovilidad en la rotación cervical; asimetría pélvica leve.\nDiagnóstico: subluxación de C6 y de L4.\nTratamiento: CMT en la región cervical y lumbar.';

const verdicts = (codes: string, note: string, procedures: string[]) =>
  analyze(visitPage(codes, note, procedures, 'medicare')).verdicts?.map((v) => [
    v.code,
    v.verdict,
    v.params?.reason_msg,
  ]);

describe('withdrawAbsenceFindings: a chiropractic note partly in Spanish', () => {
  it('does not call a Spanish exam short of P/A/R/T or a level: its codes are judged on what was read, else not checked', () => {
    const result = analyze(visitPage('M99.01, M99.03', SPANISH_VISIT, ['98940-AT'], 'medicare'));
    expect(result.findings.filter((f) => f.rule === 'subluxation-documentation')).toEqual([]);
    // Stop 50: the Spanish P/A/R/T words are read (chiro/spanish-words.json). The cervical region has
    // its contracture (T) and hypomobility (R); the lumbar one only its contracture, the asymmetry
    // being the pelvis's, so M99.03 stays not checked rather than short of P/A/R/T.
    expect(verdicts('M99.01, M99.03', SPANISH_VISIT, ['98940-AT'])).toEqual([
      ['M99.01', 'supported', undefined],
      ['M99.03', 'not-checked', NOTE_PART_LANGUAGE_REASON],
    ]);
  });

  it('keeps the same claim on the same exam written in English', () => {
    const english =
      'Follow-up visit, Medicare, active care.\nExam: pain at C6 and L4-L5.\nDiagnosis: subluxation C6 and L4.\nTreatment: CMT to the cervical and lumbar regions.';
    const rules = analyze(visitPage('M99.01, M99.03', english, ['98940-AT'], 'medicare')).findings.map(
      (f) => [f.rule, f.code],
    );
    expect(rules).toEqual([
      ['subluxation-documentation', 'M99.01'],
      ['subluxation-documentation', 'M99.03'],
    ]);
  });

  it('drops the absence claim when an English line is read beside the Spanish exam', () => {
    // The English line is read (a level and a treatment); the Spanish exam still is not.
    const note = `${SPANISH_VISIT}\nAssessment: lumbar subluxation L4, adjusted.`;
    const result = analyze(visitPage('M99.01, M99.03', note, ['98940-AT'], 'medicare'));
    expect(result.findings.some((f) => f.rule === 'subluxation-documentation')).toBe(false);
  });
});
