import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { findCareType, findPart } from './find-findings';
import { splitClauses } from './split-clauses';
import { visitPage } from './visit-page';

// Blind QA stop 49, class C6: chiropractic words the readers missed. Sentences of our own.
const field = (text: string) => ({ id: 'n', kind: 'note' as const, text });
const letters = (text: string) => {
  const out: string[] = [];
  for (const clause of splitClauses(text)) for (const h of findPart(field(text), clause)) out.push(h.letter);
  return [...new Set(out)].sort().join('');
};
const run = (codes: string, note: string, procedures: string[]) =>
  analyze(visitPage(codes, note, procedures, 'medicare'));

describe('C6a: a rotation with a side or direction is the A of P/A/R/T (BPM §240.1.4)', () => {
  it('reads a position as asymmetry', () => {
    for (const text of [
      'Motion palpation: T4 left posterior rotation.',
      'A - L3 R rotation.',
      'Findings: C2 anterior rotation on the right.',
    ])
      expect(letters(text), text).toBe('A');
  });

  it('does not read a motion as asymmetry', () => {
    expect(letters('Cervical AROM: extension 50, left rotation 65, right rotation 70.')).toBe('');
    expect(letters('Left rotation 50 degrees.')).toBe('');
    expect(letters('Reduced left rotation at the neck.')).toBe('R');
    expect(letters('Left rotation restricted.')).toBe('R');
    expect(letters('Discomfort with right rotation.')).toBe('');
    expect(letters('Left rotation and right side bending limited.')).toBe('R');
  });

  it('meets P/A/R/T with tenderness and a rotation at the level', () => {
    const note =
      'Active care, plan 3x/wk x 3 wks.\nO: T4 tender; static palpation T4 left posterior rotation.\nA: Subluxation T4.\nP: CMT thoracic.';
    expect(
      run('M99.02', note, ['98940-AT']).findings.filter((f) => f.rule === 'subluxation-documentation'),
    ).toEqual([]);
  });
});

describe('C6b: the maintenance abbreviation', () => {
  const care = (text: string) => findCareType(field(text), splitClauses(text)).type;

  it('reads "maint" and "maint." as maintenance, and not "maintain"', () => {
    expect(care('Pt seen for maint tx, monthly.')).toBe('maintenance');
    expect(care('Maint. visit today.')).toBe('maintenance');
    expect(care('Active care; goal to maintain gains while improving.')).toBe('active');
  });

  it('finds AT on a maintenance visit, and points a line without a modifier to GA/GZ, not AT', () => {
    const note =
      'Maint tx, pt stable.\nL4 tender, L4 rotated left, restricted flexion.\nSubluxation L4. CMT lumbar.';
    const withAt = run('M99.03', note, ['98940-AT']).findings.filter(
      (f) => f.rule === 'manipulation-modifier',
    );
    expect(withAt.map((f) => f.messageId)).toEqual(['finding_modifier_at_on_maintenance']);
    const without = run('M99.03', note, ['98940']).findings.filter((f) => f.rule === 'manipulation-modifier');
    expect(without.map((f) => [f.params?.advice_msg, f.suggestions])).toEqual([
      ['sentence_use_ga_or_gz', []],
    ]);
  });
});

describe('C6c: a finding said of the whole spine', () => {
  it('gives "throughout" tone to every documented region, and none to a region the note does not name', () => {
    const note =
      'O: tenderness C6, L2.\nT - hypertonic paraspinals throughout.\nA: Subluxation C6, L2.\nP: CMT cervical, lumbar.';
    const rows = run('M99.01, M99.03', note, ['98940-AT']).chiro?.regions.map((r) => [r.region, r.part.T]);
    expect(rows).toEqual([
      ['cervical', true],
      ['lumbar', true],
    ]);
  });
});
