import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { detectPayer } from './detect-payer';
import { visitPage } from './visit-page';

// Blind QA stop 45, class H: each case is tested by its shape, not only its sentence.
const run = (codes: string, note: string, procedures: string[], payer?: 'medicare') =>
  analyze(visitPage(codes, note, procedures, payer));
const partOf = (codes: string, note: string) =>
  run(codes, note, ['98940-AT'], 'medicare')
    .findings.filter((f) => f.rule === 'subluxation-documentation')
    .map((f) => f.code);
const checklist = (codes: string, note: string, procedures: string[], payer?: 'medicare') =>
  Object.fromEntries(run(codes, note, procedures, payer).checklist.map((i) => [i.id, i.met]));

describe('H: P/A/R/T letters listed after a listing', () => {
  it('reads "- P, A, R" and "- P, A, R, T" as the findings they name', () => {
    const note =
      'Medicare, active tx.\nListings:\n  L5 PRI      - P, A, R, T\n  R ilium PI (R SI joint)    - P, A, R\nTx: CMT lumbar, pelvic.';
    // Before: both "found: A" (the listing's own asymmetry only).
    expect(partOf('M99.03, M99.05', note)).toEqual([]);
    expect(partOf('M99.03', 'L4 PL: P, R. CMT L4.')).toEqual([]);
    expect(partOf('M99.03', 'L4 PL - P & T. CMT L4.')).toEqual([]);
  });

  it('does not read a lone letter, a slash pair or a lower-case word as a list', () => {
    // "A/P" is the assessment and plan; "- P" alone is no list: only the listing's A is found.
    expect(partOf('M99.03', 'A/P: L4 PL. CMT L4.')).toEqual(['M99.03']);
    expect(partOf('M99.03', 'L4 PL - P. CMT L4.')).toEqual(['M99.03']);
  });
});

describe('H: the PART rule, the checklist and the payer evidence', () => {
  it('does not hold an extraspinal code (M99.06 ankle) to the spinal PART rule', () => {
    const note =
      'Medicare. L3 PR, tender, restricted. R ankle fixation. CMT L3 98940-AT. Extraspinal CMT ankle 98943.';
    const codes = run('M99.03, M99.06', note, ['98940-AT', '98943'], 'medicare')
      .findings.filter((f) => f.rule === 'subluxation-documentation')
      .map((f) => f.code);
    expect(codes).toEqual([]);
  });

  it('meets the X-ray item by either route, reads "active tx" and "progressing toward goals", and asks OMT no level', () => {
    const part = 'L4 PR, tender, restricted. CMT L4.';
    expect(checklist('M99.03', part, ['98940-AT'], 'medicare')).toMatchObject({ part: true, xray: true });
    expect(checklist('M99.03', 'L4 tender. CMT L4.', ['98940-AT'], 'medicare')).toMatchObject({
      part: false,
      xray: false,
    });
    expect(checklist('M99.03', `Active tx. ${part}`, ['98940-AT'], 'medicare')).toMatchObject({
      'care-type': true,
    });
    expect(checklist('M99.03', `${part} Progressing toward goals.`, ['98940-AT'], 'medicare')).toMatchObject({
      'care-type': true,
    });
    expect(checklist('M99.03', part, ['98940-AT'], 'medicare')).toMatchObject({ 'care-type': false });
    expect(
      Object.keys(checklist('M99.03', 'L4 somatic dysfunction, tender. OMT to lumbar.', ['98926'])),
    ).not.toContain('segment-level');
  });

  it('does not quote "covered by Medicare" out of "not covered by Medicare"', () => {
    const guess = detectPayer([
      { id: 'n', kind: 'note', text: 'Pt informed 98943 not covered by Medicare; ABN on file.' },
    ]);
    expect(guess.payer).toBe('unknown');
    expect(detectPayer([{ id: 'n', kind: 'note', text: 'Pt is covered by Medicare.' }]).evidence?.text).toBe(
      'covered by Medicare',
    );
  });
});

describe('H: the checklist asks spinal regions only', () => {
  it('does not mark P/A/R/T missing for an extraspinal region beside a spinal one that meets it', () => {
    const note =
      'Medicare. L3 PR, tender, restricted. R ankle restricted. CMT L3 98940-AT. Extraspinal CMT ankle 98943.';
    expect(checklist('M99.03, M99.06', note, ['98940-AT', '98943'], 'medicare')).toMatchObject({
      part: true,
      xray: true,
    });
  });
});
