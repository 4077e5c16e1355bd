import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';

// Blind QA stop 49, C7: a code whose region holds its lesion only as history is judged on that
// history, not moved to the lesion the note affirms elsewhere. Sentences of our own.
const run = (codes: string, note: string) =>
  analyze({
    fields: [
      { id: 'dx', kind: 'diagnosis', text: codes },
      { id: 'note', kind: 'note', text: note },
    ],
  });

describe('a disc code of a region where the disc is only history', () => {
  it('says it is documented only as history, with no code for the disc of another region', () => {
    const note =
      'Past history: L5-S1 disc herniation treated with surgery in 2018, no leg pain since. Today: neck stiffness; C6-7 degenerative disc disease on radiographs.';
    const r = run('M51.17', note);
    const own = r.findings.filter((f) => f.code === 'M51.17' && f.rule !== 'suggested-code');
    expect(own.map((f) => [f.rule, f.suggestions])).toEqual([['unsupported-code', []]]);
    expect(own[0]?.message).toMatch(/only as historical/);
  });

  it('still finds the wrong region when the code\u2019s region names no such disc', () => {
    const r = run('M51.17', 'Neck stiffness; C6-7 degenerative disc disease on radiographs.');
    expect(r.findings.some((f) => f.code === 'M51.17' && f.rule === 'region-mismatch')).toBe(true);
  });
});
