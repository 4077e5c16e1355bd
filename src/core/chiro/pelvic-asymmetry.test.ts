import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { findCodes } from '../find-codes';
import { runRule } from '../rules/run-rule';
import { subluxationDocumentation } from '../rules/subluxation-documentation';
import { readVisit } from './read-visit';
import { visitPage } from './visit-page';

/** The P/A/R/T letters a one-clause note finds for its region `region`. */
function partOf(note: string, region: string): string {
  const dx = { id: 'dx', kind: 'diagnosis' as const, text: '' };
  const { visit } = readVisit({ fields: [dx, { id: 'n', kind: 'note', text: note }], codes: findCodes(dx) });
  const row = visit.regions.find((r) => r.region === region);
  return row ? (['P', 'A', 'R', 'T'] as const).filter((l) => row.part[l]).join('') : 'no row';
}

const subluxationProblems = (codes: string, note: string) =>
  runRule(subluxationDocumentation, visitPage(codes, note, ['98941-AT'], 'medicare')).findings.map(
    (f) => f.message,
  );

// QA pages stop 51, M2: "left sacroiliac fixation with pelvic unleveling" found only R for the
// pelvic region, and the pelvic region's level was "not named" though the note names the SI joint.
describe('a pelvis or trunk out of level is asymmetry (A of P/A/R/T)', () => {
  it.each([
    ['Pelvic unleveling noted, with fixation of the left ilium.', 'pelvic'],
    ['Unlevel iliac crests, right ilium restricted.', 'pelvic'],
    ['Low right ilium; right innominate hypomobile.', 'pelvic'],
    ['Right PSIS high, fixation at the right ilium.', 'pelvic'],
    ['Pelvic obliquity with left ilium fixation.', 'pelvic'],
    ['Right innominate upslip, restricted.', 'pelvic'],
    ['Uneven shoulders with C6 fixation.', 'cervical'],
    ['Antalgic list to the left with L4 restricted.', 'lumbar'],
    ['Lateral shift right with L5 fixation.', 'lumbar'],
    ['LLD 8 mm with L5 hypomobile.', 'lumbar'],
  ])('%s', (note, region) => {
    expect(partOf(note, region)).toBe('AR');
  });

  it('reads no asymmetry from a level pelvis or a denial (controls)', () => {
    expect(partOf('Iliac crests level; right ilium fixation.', 'pelvic')).toBe('R');
    expect(partOf('No pelvic unleveling; right ilium fixation.', 'pelvic')).toBe('R');
    expect(partOf('Shoulders even, C6 restricted.', 'cervical')).toBe('R');
  });
});

describe('the SI joint names the pelvic region level (BPM §240.1.4, CPT: pelvic is the sacro-iliac joint)', () => {
  const note =
    'Objective: L5 spinous tenderness, lumbar flexion restricted, hypertonicity L3-L5; left sacroiliac fixation with pelvic unleveling.\nAssessment: segmental dysfunction lumbar and pelvic regions.';

  it('leaves M99.05 without a documentation finding (the QA note)', () => {
    expect(subluxationProblems('M99.03, M99.05', note)).toEqual([]);
    const checklist = analyze(visitPage('M99.03, M99.05', note, ['98941-AT'], 'medicare')).checklist;
    expect(checklist.find((i) => i.id === 'segment-level')?.met).toBe(true);
  });

  it.each([
    'Pelvic region: right SI joint fixated, pelvic obliquity.',
    'Pelvis: R SIJ subluxation with asymmetry.',
  ])('in other wording: %s', (text) => {
    expect(subluxationProblems('M99.05', text).join(' ')).not.toMatch(/exact level/);
  });

  it('still asks for the level when nothing names the joint or bone (controls)', () => {
    expect(
      subluxationProblems('M99.05', 'Pelvic subluxation with pelvic unleveling and restriction.').join(' '),
    ).toMatch(/exact level/);
    // A negated SI joint names no level.
    expect(
      subluxationProblems('M99.05', 'Pelvic fixation with unleveling; no SI joint dysfunction.').join(' '),
    ).toMatch(/exact level/);
  });
});
