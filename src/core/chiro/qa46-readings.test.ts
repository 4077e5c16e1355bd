import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { readVisit } from './read-visit';
import { visitPage } from './visit-page';

// Blind QA stop 46, classes E, F, I and K: each case by its shape, with variants.
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

  it("says in the Regions table what the visit's own code counts the occiput as", () => {
    const countedAs = (note: string, procedures: string[]) =>
      run('M99.00', note, procedures).chiro?.regions.map((r) => [r.region, r.countedAs]);
    // Before, an OMT note's head row read "head/cervical": the CPT count's convention.
    expect(countedAs(omt, ['98926'])?.[0]).toEqual(['head', ['head']]);
    expect(countedAs('Subluxation OA F RL SR. OA release, C2 adjusted.', ['98940'])).toEqual([
      ['head', ['cervical']],
      ['cervical', ['cervical']],
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

  it('reads "cranial" with a gloss that names the head as the head region, and a cranial direction as none', () => {
    // QA stop 48, G: "OMT performed: cranial (head), ME (cervical, thoracic, lumbar)" counted four regions, not five.
    for (const gloss of ['cranial (head)', 'cranial (CV4)', 'cranial (skull)']) {
      expect(regionsOf(`Somatic dysfunction: head, cervical, thoracic. OMT: ${gloss}, muscle energy to cervical and thoracic.`)[0]).toEqual(['head', true, true]);
    }
    expect(regionsOf('Endplate edema along the cranial (superior) endplate of L5. OMT: lumbar.').map((r) => r[0])).toEqual(['lumbar']);
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

describe('F: an X-ray outside the window shows no subluxation by either route', () => {
  const medicare = (note: string) =>
    run('M99.03', note, ['98940-AT'], 'medicare').findings.filter(
      (f) => f.rule === 'subluxation-documentation',
    );
  const filmNote = (film: string, start = 'Onset 10/20/2026, first treatment 10/22/2026.') =>
    `S: Low back pain 6/10. ${start}\nO: Tender L4.\n${film}\nA: Lumbar subluxation L4, active care.\nP: Adjust L4. 2x/wk x 4 wks, goal sit 1 hr.`;

  it('does not take the film\'s listhesis as PART "A" when the film is 37 months before care began', () => {
    const [f] = medicare(filmNote('X-ray lumbar 09/14/2023: L4 retrolisthesis 3 mm.'));
    // Before: no finding (PART "P, A" with the A from the film; checklist "xray yes").
    expect(f?.params).toMatchObject({
      found_list: 'P',
      xray_msg: 'part_xray_outside_window',
      xray_date: '2023-09-14',
      start_date: '2026-10-22',
      start_msg: 'part_xray_start_initial',
      start_quotes: 'first treatment 10/22/2026',
    });
    expect(f?.message).toContain('(2026-10-22, as the note gives it: "first treatment 10/22/2026")');
    const checklist = Object.fromEntries(
      run(
        'M99.03',
        filmNote('X-ray lumbar 09/14/2023: L4 retrolisthesis 3 mm.'),
        ['98940-AT'],
        'medicare',
      ).checklist.map((i) => [i.id, i.met]),
    );
    expect(checklist).toMatchObject({ part: false, xray: false });
  });

  it('applies the window to a film dated by month and year, by month name, or by year alone', () => {
    for (const [film, shown] of [
      ['X-ray lumbar 09/2023: L4 retrolisthesis 3 mm.', '2023-09'],
      ['Lumbar films (Sept 2023) show L4 retrolisthesis.', '2023-09'],
      ['X-ray lumbar 2023: L4 retrolisthesis 3 mm.', '2023'],
    ]) {
      const [f] = medicare(filmNote(film as string));
      expect(f?.params, film).toMatchObject({
        found_list: 'P',
        xray_msg: 'part_xray_period_outside_window',
        xray_period: shown,
      });
    }
  });

  it('reads "February of 2004", and a year after the film before one said of something else', () => {
    const films = (note: string) =>
      readVisit({ fields: [{ id: 'n', kind: 'note', text: note }], codes: [] }).visit.xrays.map((x) => [
        x.date,
        x.until,
      ]);
    expect(films('In 2000, sciatica began, with an MRI of the lumbar spine dated February of 2004.')).toEqual(
      [['2004-02-01', '2004-02-29']],
    );
    expect(films('In 2000, sciatica began; lumbar MRI 2004 showed L4 retrolisthesis.')).toEqual([
      ['2004-01-01', '2004-12-31'],
    ]);
    expect(films('Pain since 2000: an old lumbar MRI showed L4 retrolisthesis.')).toEqual([
      ['2000-01-01', '2000-12-31'],
    ]);
  });

  it('keeps a film in the window as proof, and its findings', () => {
    expect(medicare(filmNote('X-ray lumbar 08/2026: L4 retrolisthesis 3 mm.'))).toEqual([]);
    expect(medicare(filmNote('X-ray lumbar 2026-09-30: L4 retrolisthesis 3 mm.'))).toEqual([]);
  });

  it('says when only part of a month or year falls in the window, and keeps what the film shows', () => {
    // October 2025: the 1st is more than 12 months before 2026-10-22, the 31st is not.
    const note = filmNote('X-ray lumbar 10/2025: L4 retrolisthesis 3 mm.', 'First tx 10/22/2026.')
      .replace('S: Low back pain 6/10. ', 'S: ')
      .replace('O: Tender L4.', 'O: L4 nontender.');
    const [f] = medicare(note);
    expect(f?.params).toMatchObject({
      xray_msg: 'part_xray_period_partly_outside',
      xray_period: '2025-10',
      found_list: 'A',
    });
  });

  it('judges from the onset, or the date of the visit, when the note gives no start of treatment, and says so', () => {
    const [onset] = medicare(filmNote('X-ray lumbar 2023: L4 retrolisthesis.', 'DOI: 10/20/2026.'));
    expect(onset?.params).toMatchObject({
      start_msg: 'part_xray_start_onset',
      start_date: '2026-10-20',
      start_quotes: 'DOI: 10/20/2026',
    });
    expect(onset?.message).toContain(
      'from the onset the note gives, "DOI: 10/20/2026", as it gives no start of treatment',
    );
    const [visit] = medicare(filmNote('X-ray lumbar 2023: L4 retrolisthesis.', 'DOS: 11/13/2026.'));
    expect(visit?.params).toMatchObject({ start_msg: 'part_xray_start_visit', start_date: '2026-11-13' });
  });

  it("keeps the film's finding when nothing places the film: undated, or no date to judge from", () => {
    expect(medicare(filmNote('X-ray lumbar: L4 retrolisthesis 3 mm.'))).toEqual([]);
    expect(medicare(filmNote('X-ray lumbar 09/14/2023: L4 retrolisthesis 3 mm.', 'Active care.'))).toEqual(
      [],
    );
  });
});

describe('I: P/A/R/T written as a table', () => {
  const partOf = (codes: string, note: string) =>
    run(codes, note, ['98940-AT'], 'medicare')
      .findings.filter((f) => f.rule === 'subluxation-documentation')
      .map((f) => [f.code, f.params?.found_list]);
  const rowsOf = (note: string) =>
    readVisit({ fields: [{ id: 'n', kind: 'note', text: note }], codes: [] }).visit.regions.map((r) => [
      r.region,
      (['P', 'A', 'R', 'T'] as const).filter((l) => r.part[l]).join(''),
    ]);

  it('reads each row for its own segment', () => {
    const note = [
      'CHIROPRACTIC DAILY NOTE - Medicare. First tx 11/02/2026. Active care, goals: drive, sleep.',
      '| Segment | P (pain) | A (asymmetry) | R (ROM) | T (tone) |',
      '|---------|----------|---------------|---------|----------|',
      '| C5      | +        | +             | +       | -        |',
      '| L4      | +        | -             | -       | +        |',
      'Adjusted: C5, L4 (Diversified).',
    ].join('\n');
    // Before: both "found: none". C5 meets PART; L4 has P and T only, no A or R.
    expect(partOf('M99.01, M99.03', note)).toEqual([['M99.03', 'P|T']]);
  });

  it('reads word headers, yes/no and grades, and a table without a rule line', () => {
    const note = [
      '| Level | Tenderness | Misalignment | Motion | Tissue |',
      '| T6 | yes | no | restricted | no |',
      '| L5 | 2/10 | PL | WNL | 0 |',
      '| C2 | ✓ | ✓ | | |',
      'CMT T6, L5, C2.',
    ].join('\n');
    expect(rowsOf(note)).toEqual([
      ['cervical', 'PA'],
      ['thoracic', 'PR'],
      ['lumbar', 'PA'],
    ]);
  });

  it('leaves other tables alone, and reads no finding from the header words', () => {
    expect(rowsOf('| Segment | Technique |\n| C5 | diversified |\nAdjusted C5.')).toEqual([['cervical', '']]);
    expect(rowsOf('| Segment | P (pain) | A (asymmetry) |\n| C5 | - | - |\nAdjusted C5.')).toEqual([
      ['cervical', ''],
    ]);
  });
});

describe("K: one lesion coded once, and a thoracic vertebra's own rib joint", () => {
  const sij =
    'Findings: atlas (C1) right lateral listing, tender R suboccipitals, restricted right rotation. R PSIS tender, positive Gillet (R SIJ fixation), R ilium PI.\nTreatment: HVLA to C1 and R SIJ (Gonstead). 2 spinal regions.';

  it('does not ask to add M99.04 for an SI lesion already coded as pelvic (M99.05)', () => {
    // Before: "add M99.04" beside M99.05 for the one R SIJ / R ilium lesion.
    expect(findings('M99.01, M99.05', sij, ['98940'])).toEqual([]);
    expect(findings('M99.11, M99.15', sij, ['98940'])).toEqual([]);
    // Uncoded, the SI lesion is still asked for, in its Index region (sacral).
    expect(findings('M99.01', sij, ['98940'])).toEqual([['treated-region-uncoded', 'M99.04', ['M99.04']]]);
    // A sacrum of its own beside the joint is another lesion: still asked for.
    expect(
      findings(
        'M99.03, M99.05',
        'L5 PRI, sacrum PI R, R SIJ fixation, R ilium PI. Adjusted L5, sacrum and R SIJ.',
        ['98941'],
      ).filter(([rule]) => rule === 'treated-region-uncoded'),
    ).toEqual([['treated-region-uncoded', 'M99.04', ['M99.04']]]);
  });

  it("reads a costotransverse finding beside a thoracic level as that level's, not an uncoded rib cage", () => {
    const note =
      'At T6 the spinous process is deviated left with fixation on motion palpation and tenderness over the right costotransverse area. I adjusted T6.';
    expect(regionsOf(note)).toEqual([['thoracic', true, true]]);
    // Named by its rib level, or treated, the rib joint stays a place of its own.
    expect(regionsOf('T6 fixation, R6 rib head fixation. Adjusted T6 and R6.').map(([r]) => r)).toEqual([
      'thoracic',
      'rib cage',
    ]);
    expect(
      regionsOf(
        'T6 fixation; costotransverse joint fixation. Adjusted T6 and the costotransverse joint.',
      ).map(([r]) => r),
    ).toEqual(['thoracic', 'rib cage']);
  });
});
