import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { findCodes } from '../find-codes';
import { readVisit } from './read-visit';
import { visitPage } from './visit-page';

const visitOf = (note: string) => {
  const dx = { id: 'dx', kind: 'diagnosis' as const, text: '' };
  return readVisit({ fields: [dx, { id: 'n', kind: 'note', text: note }], codes: findCodes(dx) }).visit;
};
const rows = (note: string) =>
  visitOf(note).regions.map((r) => `${r.region}:${r.treated ? 'treated' : ''}:${r.lesion ? 'lesion' : ''}`);
const chiroFindings = (codes: string, note: string, procedures: string[] = ['98940']) =>
  analyze(visitPage(codes, note, procedures)).findings.filter(
    (f) => f.rule === 'region-mismatch' || f.rule === 'unsupported-code',
  );

describe('a lesion word the note denies or puts in the past', () => {
  it('is no lesion at a region label before it', () => {
    expect(rows('Thoracic: no subluxation found this visit.')).toEqual([]);
    expect(rows('Lumbar region: no somatic dysfunction. Sacrum: no somatic dysfunction.')).toEqual([]);
    expect(
      rows('Lumbar, sacral, pelvic, and head regions evaluated - no somatic dysfunction found.'),
    ).toEqual([]);
    // The label takes the statement's status, so a code for its region is told why.
    const [thoracic] = visitOf('Thoracic: no subluxation found this visit.').segments;
    expect(thoracic).toMatchObject({ name: 'Thoracic', status: 'negated', lesion: true });
    expect(thoracic?.trigger?.text).toBe('no');
  });

  it('is no lesion at a level beside it ("No fracture or subluxation ... at L4-5")', () => {
    expect(rows('No fracture or subluxation and the central canal is moderately narrowed at L4-5.')).toEqual(
      [],
    );
  });

  it('leaves an affirmed lesion word in the same clause, and a refusal of another part', () => {
    expect(rows('C5 subluxation, no fixation.')).toEqual(['cervical::lesion']);
    expect(rows('Thoracic: fixation at T4, no subluxation.')).toEqual(['thoracic::lesion']);
    expect(rows('No CMT to cervical, lumbar subluxation noted.')).toEqual(['lumbar::lesion']);
    expect(rows('Thoracic: subluxation T4.')).toEqual(['thoracic::lesion']);
  });

  it('keeps the lesion on a place the note itself denies or puts in the past', () => {
    const [t6] = visitOf('T6 subluxation resolved.').segments;
    expect(t6).toMatchObject({ name: 'T6', lesion: true });
    expect(t6?.status).not.toBe('affirmed');
  });

  it('no longer moves a code to a region whose label denies the lesion (QA n17)', () => {
    const note =
      'Findings: subluxation C1 (ASLA), C5-C6 restricted extension.\nThoracic: no subluxation found this visit.\nLumbar: previously treated L5 subluxation resolved; no lumbar complaints.\nTx: CMT C1, C5, C6.';
    const found = chiroFindings('M99.01, M99.03', note);
    expect(found.map((f) => [f.rule, f.code, f.suggestions])).toEqual([['unsupported-code', 'M99.03', []]]);
    expect(found[0]?.message).toMatch(/lumbar region only as/);
    // Each denying word is quoted once ("Lumbar" and "L5" are both denied by the same "resolved").
    expect(found[0]?.message).toMatch(/\("resolved"\)\.$/);
  });
});

describe('restricted motion at a named level', () => {
  it('is a lesion where the note states it, and none where it denies it', () => {
    expect(rows('O: C5 PRS, tender. T4 restricted in extension, tender.')).toEqual([
      'cervical::lesion',
      'thoracic::lesion',
    ]);
    // Once a thoracic lesion, and M99.02 "supported".
    expect(rows('O: C5 PRS, tender, restricted rotation. T4: no restriction, no tenderness.')).toEqual([
      'cervical::lesion',
    ]);
    expect(
      chiroFindings(
        'M99.01, M99.02',
        'O: C5 PRS, tender, restricted rotation. T4: no restriction, no tenderness.\nP: CMT C5 today.',
      ).map((f) => [f.rule, f.code]),
    ).toEqual([['unsupported-code', 'M99.02']]);
  });
});
