import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { page } from '../rules/run-rule';

// Blind QA stop 54, M8: on a date of service before the releases ChartLint ships, M51.36 (billable
// until FY2025 added its sixth characters) read "nothing in the note to compare" beside a note that
// documents lumbar disc degeneration, and suggestions named codes that did not exist on that date.
const run = (codes: string, note: string, dateOfService: string) =>
  analyze({ ...page(codes, note), dateOfService });
const verdict = (codes: string, note: string, date: string, code = codes.split(/\s+/)[0] ?? '') =>
  (run(codes, note, date).verdicts ?? []).find((v) => v.code === code)?.verdict;
const note = 'Assessment: lumbar degenerative disc disease at L4-5 with axial low back pain.';

describe('a header that was the complete code on an old date of service is compared with the note', () => {
  it('checks M51.36 on 2024-08-14 by the characters it had (region and lesion)', () => {
    expect(verdict('M51.36', note, '2024-08-14')).toBe('supported');
    expect(verdict('M51.37', note, '2024-08-14')).toBe('finding');
    expect(verdict('M50.30', note, '2024-08-14')).toBe('finding');
  });

  it('suggests the code of that date, not one added later', () => {
    const suggestions = run('M51.37', note, '2024-08-14').findings.flatMap((f) =>
      f.code === 'M51.37' ? f.suggestions : [],
    );
    expect(suggestions).toContain('M51.36');
    expect(suggestions.some((s) => /^M51\.3\d\d$/.test(s))).toBe(false);
  });

  it('checks M48.06 before FY2018 split it by neurogenic claudication', () => {
    expect(verdict('M48.06', 'MRI: moderate central canal stenosis at L4-5.', '2017-06-01')).toBe(
      'supported',
    );
  });

  it('leaves the header a header in the releases that have its children', () => {
    expect(verdict('M51.36', note, '2026-11-20')).not.toBe('supported');
    // And a code added later stays "did not exist yet" on the old date.
    expect(
      run('M51.360', note, '2024-08-14').findings.some(
        (f) => f.rule === 'invalid-code' && f.code === 'M51.360',
      ),
    ).toBe(true);
  });
});
