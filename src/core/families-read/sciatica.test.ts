import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { page } from '../rules/run-rule';

// QA stop 53, H1: "sciatica" was read as radiculopathy, so M54.16 was "supported" for sciatica from
// piriformis syndrome and beside a radiculopathy the note calls possible. The Index sends sciatica
// to M54.3- (M54.4- with lumbago) and only sciatica due to a disc disorder to M51.1-.
const verdict = (codes: string, note: string, code = codes.split(',')[0]?.trim() ?? '') =>
  (analyze(page(codes, note)).verdicts ?? []).find((v) => v.code === code)?.verdict;

describe('sciatica is its own reading, not radiculopathy', () => {
  it.each([
    'Impression: right sciatica from piriformis syndrome; lumbar MRI unremarkable.',
    'Lumbago with left-sided sciatica for two weeks.',
    'Sciatica, bilateral, worse with sitting.',
  ])('does not support M54.16 or M54.17: %s', (note) => {
    expect(verdict('M54.16', note)).not.toBe('supported');
    expect(verdict('M54.17', note)).not.toBe('supported');
  });

  it('supports the disc code "with radiculopathy" where the note ties the sciatica to the disc (M51.1 inclusion term)', () => {
    expect(verdict('M51.16', 'Right sciatica secondary to an L3-4 disc extrusion.')).toBe('supported');
    expect(verdict('M51.17', 'Assessment: L5-S1 disc protrusion with left sciatica.')).toBe('supported');
    // The "without" code then disagrees with the note.
    expect(verdict('M51.27', 'Assessment: L5-S1 disc protrusion with left sciatica.')).toBe('finding');
  });

  it('does not tie sciatica to a disc named elsewhere or only as possible', () => {
    expect(
      verdict('M51.26', 'L3-4 disc bulge on MRI.\nSeparately, left sciatica from piriformis tightness.'),
    ).toBe('supported');
    expect(verdict('M51.16', 'Sciatica on the right, possibly from a disc herniation at L4-5.')).not.toBe(
      'supported',
    );
  });
});

describe('an uncertain radiculopathy supports no M54.1- code outpatient (Guidelines IV.H)', () => {
  it.each([
    'Possible right L4 radiculopathy; EMG ordered.',
    'Cannot exclude early left S1 radiculopathy.',
    'R/O cervical radiculopathy C7.',
    'Lumbar radiculopathy L5, r/o.',
    'Left L5 radiculopathy?',
    'Probable right C6 radiculopathy.',
  ])('%s', (note) => {
    const code = /C\d/.test(note) ? 'M54.12' : 'M54.16';
    expect(verdict(code, note)).not.toBe('supported');
  });
});
