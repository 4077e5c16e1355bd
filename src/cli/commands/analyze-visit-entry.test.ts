import { describe, expect, it } from 'vitest';
import type { AnalyzeResult } from '../../core';
import { runCliCaptured } from '../run-cli-captured';

// Blind QA stop 51, H5: --date (and a batch line's "date") read a cumulative note up to that visit's entry.
describe('chartlint analyze: a cumulative note read for the date of service', () => {
  const note =
    'Visit 09/25/2026: L4-5 stenosis. No neurogenic claudication.\nVisit 11/20/2026: L4-5 lumbar spinal stenosis with neurogenic claudication.\n';

  it("judges the earlier visit on its own entry, with --date and with a line's date", async () => {
    const early = await runCliCaptured(
      ['analyze', '--code', 'M48.061', '--date', '2026-09-25', '--json'],
      note,
    );
    expect((JSON.parse(early.out) as AnalyzeResult).verdicts?.[0]?.verdict).toBe('supported');
    const late = await runCliCaptured(
      ['analyze', '--code', 'M48.061', '--date', '2026-11-20', '--json'],
      note,
    );
    expect((JSON.parse(late.out) as AnalyzeResult).verdicts?.[0]?.verdict).toBe('finding');
    const batch = [
      JSON.stringify({ codes: ['M48.061'], text: note, date: '2026-09-25' }),
      JSON.stringify({ codes: ['M48.061'], text: note }),
    ].join('\n');
    const { out } = await runCliCaptured(['analyze', '--jsonl', '-'], batch);
    const [dated, undated] = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as AnalyzeResult);
    expect(dated?.verdicts?.[0]?.verdict).toBe('supported');
    // No date given (today's is no visit's): the whole note, as before.
    expect(undated?.verdicts?.[0]?.verdict).toBe('finding');
  }, 120_000);
});
