import { describe, expect, it } from 'vitest';
import { analyzeCodesAndNote } from '../../../test/support/code-and-note';
import { findSections, sectionStatusAt } from './find-sections';

// Blind QA stop 50, H1: a postoperative diagnosis that differs from the preoperative one supersedes
// it (Official Guidelines IV.M: the postoperative diagnosis, the more definitive, is coded); "Same"
// keeps it. Operative notes of our own.
const statusAt = (text: string, word: string) => sectionStatusAt(findSections(text), text.indexOf(word));
const run = analyzeCodesAndNote;
const verdict = (r: ReturnType<typeof run>, code: string) =>
  (r.verdicts ?? []).find((v) => v.code === code)?.verdict;

describe('a preoperative diagnosis a different postoperative one follows', () => {
  it.each([
    'PREOPERATIVE DIAGNOSIS: Left L5-S1 disc herniation.\nPOSTOPERATIVE DIAGNOSIS: Left L5-S1 foraminal synovial cyst.\nPROCEDURE: Left L5-S1 laminotomy.',
    'Pre-operative diagnosis: left L5-S1 disc herniation\nPost-operative diagnosis: left L5-S1 synovial cyst; the disc was intact\nProcedure: laminotomy',
    'Preop Dx: L5-S1 HNP, left.\nPostop Dx: synovial cyst of the left L5-S1 facet.',
  ])('is history, not the visit\u2019s diagnosis: %s', (note) => {
    expect(statusAt(note, 'disc herniation') ?? statusAt(note, 'HNP')).toBe('historical');
    expect(statusAt(note, 'synovial cyst')).toBeNull();
    expect(verdict(run('M51.27', note), 'M51.27')).toBe('finding');
  });

  it.each([
    'Preoperative diagnosis: L5-S1 disc herniation with left S1 radiculopathy.\nPostoperative diagnosis: Same.',
    'PRE-OPERATIVE DIAGNOSIS: L5-S1 disc herniation with left S1 radiculopathy.\nPOST-OPERATIVE DIAGNOSIS: Same as above.',
    'Preoperative diagnosis: L5-S1 disc herniation with left S1 radiculopathy.\nPostoperative diagnosis: unchanged',
  ])('stands when the postoperative diagnosis keeps it: %s', (note) => {
    expect(statusAt(note, 'disc herniation')).toBeNull();
    expect(verdict(run('M51.17', note), 'M51.17')).toBe('supported');
  });

  it('stands when the postoperative diagnosis restates it', () => {
    const note =
      'Preoperative diagnosis: L4-5 disc herniation.\nPostoperative diagnosis: L4-5 disc herniation with a free fragment.';
    expect(verdict(run('M51.26', note), 'M51.26')).toBe('supported');
  });

  it('stands when no postoperative diagnosis follows', () => {
    const note = 'Preoperative diagnosis: L4-5 disc herniation.\nProcedure: L4-5 microdiscectomy.';
    expect(statusAt(note, 'disc herniation')).toBeNull();
  });

  it('ends at the next heading before the postoperative label', () => {
    const note =
      'Preoperative diagnosis: L4-5 disc herniation.\nIndications: L4-5 disc herniation failing care.\nPostoperative diagnosis: L4-5 synovial cyst.';
    expect(statusAt(note, 'disc herniation')).toBe('historical');
    expect(sectionStatusAt(findSections(note), note.indexOf('failing'))).toBeNull();
  });
});
