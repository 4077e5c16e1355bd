import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { readVisit } from './read-visit';
import { visitPage } from './visit-page';

// Blind QA stop 46 (/tmp/qa46/REPORT.md), classes E, F, I and K: each case by its shape, with variants.
const run = (codes: string, note: string, procedures: string[], payer?: 'medicare') =>
  analyze(visitPage(codes, note, procedures, payer));
const findings = (codes: string, note: string, procedures: string[], payer?: 'medicare') =>
  run(codes, note, procedures, payer).findings.map((f) => [f.rule, f.code, f.suggestions]);
const regionsOf = (note: string) =>
  readVisit({ fields: [{ id: 'n', kind: 'note', text: note }], codes: [] }).visit.regions.map((r) => [
    r.region,
    r.treated,
    r.lesion,
  ]);

describe('E: the head as an osteopathic body region and an M99 digit', () => {
  const omt =
    'OMT note.\nSomatic dysfunction:\nHead: OA F RL SR\nCervical: C3 ERS R\nThoracic: T4 ERS R\nOMT performed: head (OA release), cervical (ME), thoracic (HVLA). 3 body regions treated.';

  it('keeps the occiput (OA) and the head in the head region beside a cervical line', () => {
    // Before: M99.00 "nothing at the head region" and 98926 → 98925 (2 body regions).
    expect(findings('M99.00, M99.01, M99.02', omt, ['98926'])).toEqual([]);
    expect(regionsOf(omt)).toEqual([
      ['head', true, true],
      ['cervical', true, true],
      ['thoracic', true, true],
    ]);
  });

  it('counts the head as one body region for OMT, so 98925 for three regions is an undercode', () => {
    expect(findings('M99.00, M99.01, M99.02', omt, ['98925'])).toEqual([
      ['manipulation-region-count', '98925', ['98926']],
    ]);
  });

  it('reads a cranial (temporal bone) finding as the head in every scheme', () => {
    const note = 'Head: cranial - L temporal ER\nCervical: C5 FRS L\nOMT: head, cervical (ME).';
    expect(findings('M99.00, M99.01', note, ['98925'])).toEqual([]);
    expect(
      readVisit({ fields: [{ id: 'n', kind: 'note', text: note }], codes: [] })
        .visit.segments.filter((s) => s.kind === 'head')
        .map((s) => s.name),
    ).toEqual(['Head', 'cranial', 'L temporal', 'head']);
    expect(regionsOf('Findings: R temporal bone IR, somatic dysfunction. OMT: cranial.')).toEqual([
      ['head', true, true],
    ]);
  });

  it('still counts the atlanto-occipital joint as cervical for a chiropractic (CMT) code', () => {
    const cmt = run(
      'M99.00, M99.01',
      'Subluxations: OA F RL SR, C2 PRS. OA release and C2 adjusted (diversified).',
      ['98941'],
    ).findings.filter((f) => f.rule === 'manipulation-region-count');
    // One spinal region (cervical): the occiput is cervical for CPT, head for the diagnosis.
    expect(cmt.map((f) => f.suggestions)).toEqual([['98940']]);
    expect(cmt[0]?.message).toMatch(/^1 spinal region treated: cervical \(occiput, C2\)/);
  });

  it('reads spaced Fryette positions and a sacral torsion written with letters as listings', () => {
    const segments = readVisit({
      fields: [
        {
          id: 'n',
          kind: 'note',
          text: 'T8-10 NSL RR. L2 FRS R. C3 E RL SL. Sacrum: L on L forward torsion.',
        },
      ],
      codes: [],
    }).visit.segments.map((s) => [s.name, s.listing]);
    expect(segments).toEqual([
      ['T8-T10', 'NSL RR'],
      ['L2', 'FRS R'],
      ['C3', 'E RL SL'],
      ['Sacrum', 'L on L forward torsion'],
    ]);
  });

  it('does not read a bone head, a head-to-toe exam or osteoarthritis as the head region', () => {
    for (const note of [
      'Exam: head, eyes, ears normal. Adjusted L4 subluxation.',
      'R fibular head, knee nontender. Adjusted L4 subluxation.',
      'OA of both knees, OA release not indicated. Adjusted L4 subluxation.',
      'Headache and head pain today. Adjusted L4 subluxation.',
    ])
      expect(
        regionsOf(note).map(([r]) => r),
        note,
      ).toEqual(['lumbar']);
  });
});
