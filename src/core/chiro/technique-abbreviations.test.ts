import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { visitPage } from './visit-page';

// QA stop 51, H7: an osteopathic clause that names its technique by abbreviation ("ME rib 5 R",
// "MET to L3", "MFR thoracic") was not read as treatment, so its rib levels counted no region
// (M99.08 "nothing at the rib cage", 98925 not raised). The rib forms themselves ("rib 5", "ribs
// 4-6", "R rib 5", "5th rib") were read already, as these rows show with another technique word.
const run = (codes: string, note: string, procedures: string[]) =>
  analyze(visitPage(codes, note, procedures));
const count = (note: string) =>
  run('M99.03, M99.08, M99.04', note, ['98925']).findings.find((f) => f.rule === 'manipulation-region-count')
    ?.suggestions;
const verdict = (note: string) =>
  run('M99.03, M99.08, M99.04', note, ['98925']).verdicts?.find((v) => v.code === 'M99.08')?.verdict;

describe('a technique written by its abbreviation', () => {
  it.each([
    'OMT performed: ME to L3; ME rib 5 R; BLT sacrum.',
    'OMT performed: ME to L3; ME ribs 4-6 right; BLT sacrum.',
    'OMT: HVLA L3; MET R rib 5; BLT sacrum.',
    'OMT: ME L3; MFR 5th rib; BLT sacrum.',
    'OMT performed to L3, rib 5 and sacrum.',
    'OMT performed to L3, ribs 4-6 and sacrum.',
    'OMT performed to L3, R rib 5 and sacrum.',
  ])('counts the rib cage: %s', (note) => {
    expect(verdict(note)).toBe('supported');
    expect(count(note)).toEqual(['98926']);
  });

  it.each([
    // The pronoun, and a clause with no place.
    'Patient told me rib 5 hurts; OMT to L3 and sacrum.',
    'OMT to L3 and sacrum. Rib 5 tender, she asked me, not treated.',
  ])('reads no treatment from "me": %s', (note) => {
    expect(count(note)).toBeUndefined();
  });
});
