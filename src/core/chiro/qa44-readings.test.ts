import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { findCodes } from '../find-codes';
import { readVisit } from './read-visit';
import { visitPage } from './visit-page';

// Blind QA stop 44: each class is tested by its shape, not only its sentence.
const visitOf = (note: string, codes = '') => {
  const dx = { id: 'dx', kind: 'diagnosis' as const, text: codes };
  return readVisit({ fields: [dx, { id: 'n', kind: 'note', text: note }], codes: findCodes(dx) }).visit;
};
const rows = (note: string) =>
  visitOf(note)
    .regions.filter((r) => r.treated || r.lesion)
    .map((r) => [r.region, r.levels, r.treated, r.lesion]);
const outcome = (codes: string, note: string, procedures: string[] = []) =>
  analyze(visitPage(codes, note, procedures)).verdicts?.map((v) => [v.code, v.verdict]);
const findings = (codes: string, note: string, procedures: string[] = []) =>
  analyze(visitPage(codes, note, procedures)).findings.map((f) => [f.rule, f.code, f.suggestions]);

describe('A2: an examination range is not a lesion list', () => {
  it('keeps only what was found after the examined range', () => {
    const note =
      'palpated C1-C7, T1-T12 and L1-L5, sacrum and pelvis and found fixation at T4-T5 only. adj thoracic diversified.';
    expect(rows(note)).toEqual([['thoracic', ['T4-T5'], true, true]]);
    expect(outcome('M99.02, M99.01, M99.03', note)).toEqual([
      ['M99.02', 'supported'],
      ['M99.01', 'finding'],
      ['M99.03', 'finding'],
    ]);
  });

  it('reads other examining and reporting verbs alike, and keeps a listed level in the range', () => {
    expect(rows('Motion palpated the cervical and lumbar spine, revealing subluxation at L4.')).toEqual([
      ['lumbar', ['L4'], false, true],
    ]);
    expect(rows('Examined C2 PRS, T1-T12 and found fixation at T6.').map((r) => r[0])).toEqual([
      'cervical',
      'thoracic',
    ]);
  });

  it('is not an examination range without a report verb', () => {
    expect(rows('Palpated subluxation at C5 and L4.').map((r) => r[0])).toEqual(['cervical', 'lumbar']);
  });
});

describe('C1/C2: sacral listings written with the word sacrum, and one-letter listings', () => {
  it('reads the listing before, after, or around "sacrum" as the sacral level and A', () => {
    for (const note of [
      'Segments: L5 PRS, sacrum base post R.',
      'A: L5 PRS, R sacrum posterior inferior.',
      'Listings: PI sacrum R.',
      'P-R sacrum.',
      'Segments: L3 PR, sacrum R base posterior; C-spine clear.',
    ]) {
      const visit = visitOf(note);
      const sacral = visit.regions.find((r) => r.region === 'sacral');
      expect(sacral?.lesion, note).toBe(true);
      expect(sacral?.part.A, note).toBe(true);
      expect(outcome('M99.04', note), note).toEqual([['M99.04', 'supported']]);
    }
  });

  it('needs a side with a written position, as for other levels', () => {
    expect(
      visitOf('Sacrum posterior to the ilium on film.').regions.find((r) => r.region === 'sacral'),
    ).toBeUndefined();
  });

  it('reads "T4 P" as a listing but not a P/A/R/T letter or a word', () => {
    expect(outcome('M99.02', 'O- C2 PLS, C5 PRI-La, T4 P, palp tender suboccipitals bilat')).toEqual([
      ['M99.02', 'supported'],
    ]);
    expect(visitOf('T4 P/A/R/T reviewed.').segments.some((s) => s.listing)).toBe(false);
    expect(visitOf('T4 P positive.').segments.some((s) => s.listing)).toBe(false);
  });
});

describe('D1: the head region', () => {
  it('reads "Head:", "somatic dysfunction of head", OA with its position and "cranial"', () => {
    expect(
      outcome(
        'M99.00',
        'Head: OA extended, sidebent R rotated L (OA ESrRl).\nAssessment: Somatic dysfunction of head.',
        ['98925'],
      ),
    ).toEqual([['M99.00', 'supported']]);
    expect(outcome('M99.00', 'Assessment: somatic dysfunction cranial. OMT: cranial.', ['98925'])).toEqual([
      ['M99.00', 'supported'],
    ]);
  });

  it('reads the head treated by a named technique ("suboccipital release to head, cervical")', () => {
    const visit = visitOf(
      'Assessment: Somatic dysfunction of head, cervical (C3 FRrSr).\nTreatment: OMT using muscle energy and suboccipital release to head, cervical. 98925.',
    );
    expect(visit.regions.map((r) => [r.region, r.treated, r.lesion])).toEqual([
      ['head', true, true],
      ['cervical', true, true],
    ]);
  });

  it('keeps the head a code of its own: a rib cage beside it is an addition, not a replacement', () => {
    const f = findings(
      'M99.00',
      'Ribs: R rib 1 elevated.\nAssessment: Somatic dysfunction of head and rib regions. OMT to head and ribs.',
      ['98925'],
    );
    expect(f).toEqual([['treated-region-uncoded', 'M99.08', ['M99.08']]]);
  });

  it('does not read osteoarthritis, cranial nerves, a bone head or the bed as the head region', () => {
    for (const note of [
      'OA of both knees. Adjusted L4 subluxation.',
      'Cranial nerves intact. Adjusted L4 subluxation.',
      'Head of bed elevated. Adjusted L4 subluxation.',
    ])
      expect(
        visitOf(note).regions.map((r) => r.region),
        note,
      ).toEqual(['lumbar']);
  });

  it('counts the occipitoatlantal joint as cervical for CMT (kept from before)', () => {
    const [f] = analyze(
      visitPage('M99.00, M99.01', 'Subluxations: C2 PRS, T4 PR, L5 PL. Adjusted OA ESrRl, C2, T4 and L5.', [
        '98942',
      ]),
    ).findings.filter((x) => x.rule === 'manipulation-region-count');
    expect(f?.message).toMatch(
      /^3 spinal regions treated: cervical \(occiput, C2\), thoracic \(T4\), lumbar \(L5\)/,
    );
  });
});

describe('F1: a region not examined documents nothing', () => {
  it('gives no replacement toward a region that was not examined', () => {
    expect(findings('M99.01', 'LE: no SD. Cervical: no somatic dysfunction. Lumbar not examined.')).toEqual([
      ['unsupported-code', 'M99.01', []],
    ]);
    expect(
      visitOf('LE: no SD. Lumbar tender. Adjusted lumbar.').regions.map((r) => [r.region, r.lesion]),
    ).toEqual([['lumbar', false]]);
  });
});

describe('H1: a blank template answer is no X-ray', () => {
  it('reads "___", "____." and "[ ]" as empty', () => {
    for (const blank of ['X-ray: ___', 'X-ray: ____.', 'X-ray: [ ]', 'Xray: --'])
      expect(visitOf(`C5 PR. Adjusted cervical. ${blank}`).xrays, blank).toEqual([]);
    expect(visitOf('C5 PR. Adjusted cervical. X-ray: 11/02/2026 C5 rotation.').xrays).toHaveLength(1);
  });
});

describe('I2: the initial exam names the start of care', () => {
  it('reads "Initial exam DATE" and agrees with the regions table on the X-ray', () => {
    const note =
      'Initial exam 11/30/2026. Medicare.\nXray T-spine 11/21/26: T8 wedge.\nRestricted T6 and T10 segments, T6 PR, tender. Adjusted T6.';
    const visit = visitOf(note, 'M99.02');
    expect(visit.initialTreatment?.date).toBe('2026-11-30');
    const result = analyze(visitPage('M99.02', note, ['98940-AT'], 'medicare'));
    expect(result.checklist.find((i) => i.id === 'xray')?.met).toBe(true);
    expect(result.chiro?.regions.find((r) => r.region === 'thoracic')?.xray).toBe(true);
  });
});

describe('D1: "cranial" and "head" as a region only where a note treats or diagnoses them', () => {
  it('does not read a direction or a body part as the head region', () => {
    for (const note of [
      'Screws placed in a cranial fashion; the cranial aspect of L5 was removed. Adjusted L4 subluxation.',
      'Worked from caudal to cranial. Adjusted L4 subluxation.',
      'Pressure on the vertex of the head does not bother him. Adjusted L4 subluxation.',
    ])
      expect(
        visitOf(note).regions.map((r) => r.region),
        note,
      ).toEqual(['lumbar']);
  });
});
