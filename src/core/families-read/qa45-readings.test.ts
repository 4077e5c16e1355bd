import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';

// Blind QA stop 45 (/tmp/qa45/REPORT.md): each class is tested by its shape, not only its sentence.
const run = (codes: string, note: string) =>
  analyze({
    fields: [
      { id: 'dx', kind: 'diagnosis', text: codes },
      { id: 'note', kind: 'note', text: note },
    ],
  });
const verdict = (codes: string, note: string, code = codes.split(',')[0]?.trim()) =>
  run(codes, note).verdicts?.find((v) => v.code === code);
const findings = (codes: string, note: string) =>
  run(codes, note)
    .findings.filter((f) => f.rule !== 'suggested-code')
    .map((f) => [f.rule, f.code, f.suggestions]);

describe('E: a disc prolapse (British for a herniation) is a disc displacement', () => {
  it('reads each phrasing as a disc disorder, at its own level', () => {
    for (const note of [
      'L5-S1 disc prolapse compressing the S1 nerve root, left S1 sciatica.',
      'Left posterolateral L5/S1 disc prolapse compressing the traversing left S1 nerve root.',
      'Prolapsed intervertebral disc at L5/S1 with left S1 radiculopathy.',
      'Prolapsed lumbar intervertebral disc L5/S1 with S1 sciatica.',
      'Prolapse of the L5/S1 disc compressing the left S1 nerve root.',
    ])
      expect(verdict('M51.17', note)?.verdict, note).toBe('supported');
    // Its level is read: an L4/5 prolapse is lumbar, not lumbosacral.
    expect(findings('M51.17', 'Prolapsed L4/5 disc with right L5 sciatica.')).toEqual([
      ['region-mismatch', 'M51.17', ['M51.16']],
    ]);
  });

  it('is negated like a herniation, and a prolapse of another organ is not a disc', () => {
    expect(verdict('M51.17', 'No disc prolapse. Left S1 radiculopathy.')?.reason).toMatch(/only as negated/);
    for (const note of [
      'Mitral valve prolapse. Left S1 radiculopathy.',
      'Rectal prolapse. Lumbosacral S1 radiculopathy.',
    ])
      expect(verdict('M51.17', note)?.reason, note).toMatch(/does not document a disc disorder/);
  });
});
