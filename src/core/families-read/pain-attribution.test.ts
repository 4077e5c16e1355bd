import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { page } from '../rules/run-rule';

// Blind QA stop 54, H4: M51.360 ("with discogenic back pain only") was supported by any back pain
// beside a disc degeneration, even one the note puts down to the SI joint or a strain, or beside a
// degeneration it calls asymptomatic; and M51.369 was sent to M51.360 against "asymptomatic".
const verdict = (code: string, note: string) =>
  (analyze(page(code, note)).verdicts ?? []).find((v) => v.code === code)?.verdict;
const suggestions = (code: string, note: string) =>
  analyze(page(code, note)).findings.flatMap((f) => (f.code === code ? f.suggestions : []));

describe("back pain the note puts down to another cause is not the disc degeneration's", () => {
  it.each([
    'MRI: L3-4 disc degeneration. Low back pain is from SI joint dysfunction, not discogenic.',
    'L4-5 disc degeneration on MRI.\nAssessment: low back pain secondary to lumbar strain.',
    'L4-5 degenerative disc disease. Back pain is muscular.',
    'L4-5 disc desiccation. Myofascial low back pain, trigger points at L3 paraspinals.',
    'L4-5 disc degeneration. LBP, likely due to facet arthropathy.',
  ])('M51.360 is not supported and M51.369 is: %s', (note) => {
    expect(verdict('M51.360', note)).toBe('finding');
    expect(suggestions('M51.360', note)).toEqual(['M51.369']);
    expect(verdict('M51.369', note)).toBe('supported');
  });

  it.each([
    'L3-4 disc degeneration, mild, asymptomatic. Mechanical low back pain.',
    'Incidental L4-5 disc degeneration. Chronic low back pain after a lifting injury.',
  ])('a degeneration called asymptomatic or incidental has no pain of its own: %s', (note) => {
    expect(verdict('M51.369', note)).toBe('supported');
    expect(verdict('M51.360', note)).toBe('finding');
  });
});

describe("back pain the note leaves free, or ties to the disc, is still the degeneration's", () => {
  it.each([
    'Assessment: L4-5 disc degeneration. Chronic low back pain.',
    'L4-5 disc degeneration with axial low back pain.',
    'Low back pain from L4-5 degenerative disc disease.',
    'L4-5 disc degeneration. Low back pain radiating from the buttock, worse from sitting.',
    'L4-5 disc degeneration. Low back pain from 2019 onward.',
    'L4-5 disc degeneration. SI joint and low back pain, worse standing.',
  ])('M51.360 is supported: %s', (note) => {
    expect(verdict('M51.360', note)).toBe('supported');
    expect(verdict('M51.369', note)).toBe('finding');
  });

  it('a pain the note calls discogenic stays discogenic beside another pain put down to a strain', () => {
    expect(
      verdict(
        'M51.360',
        'L4-5 disc degeneration with discogenic back pain. Separately, neck pain from a strain.',
      ),
    ).toBe('supported');
  });
});
