import { describe, expect, it } from 'vitest';
import type { AnalyzeResult } from '../../core';
import { runCliCaptured } from '../run-cli-captured';

describe('chartlint analyze: the date of service picks the release', () => {
  it('checks a code deleted in FY2027 against the release of each line\'s "date"', async () => {
    const batch = [
      '{"codes":["T52.8X1A"],"text":"","date":"2026-11-03"}',
      '{"codes":["T52.8X1A"],"text":"","date":"Sep 3, 2026"}',
      '{"codes":["T52.8X1A"],"text":"","date":"03/04/2026"}',
    ].join('\n');
    const { code, out } = await runCliCaptured(['analyze', '--jsonl', '-'], batch);
    const [november, september, ambiguous] = out.trim().split('\n').map((l) => JSON.parse(l) as AnalyzeResult & { error?: string });
    expect(november?.release).toMatchObject({ version: 'FY2027', dateOfService: '2026-11-03', dateSource: 'user' });
    expect(november?.findings[0]).toMatchObject({ rule: 'invalid-code', release: 'FY2027', suggestions: ['T52.811A', 'T52.821A', 'T52.891A'] });
    // The batch stamps its own results in place (analyze-lines.ts): the source names the file checked.
    expect(november?.findings[0]?.sources.map((s) => s.title)).toContain('ICD-10-CM FY2027 order file (CDC/NCHS): codes, titles, billable flags');
    expect(september?.release).toMatchObject({ version: 'FY2026', dateOfService: '2026-09-03' });
    expect(september?.findings).toEqual([]);
    expect(ambiguous?.error).toMatch(/could be 2026-03-04 or 2026-04-03/);
    expect(code).toBe(2);
  }, 120_000);

  it('takes --date, shows the release in the text output, and refuses an unreadable date', async () => {
    const { out } = await runCliCaptured(['analyze', '--code', 'M72.2', '--date', '2026-11-02'], 'Plantar fascia nodules.');
    expect(out).toMatch(/release: ICD-10-CM FY2027 \(effective 2026-10-01 to 2027-09-30\), date of service 2026-11-02 \(user\)/);
    expect(out).toMatch(/M72\.2 \(Plantar fascial fibromatosis\) was billable until ICD-10-CM FY2027 made it a header/);
    const bad = await runCliCaptured(['analyze', '--code', 'M72.2', '--date', '31/31/2026'], 'x');
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--date: date of service: .*not a real date/);
  }, 120_000);

  it('chooses the release per line in the worker threads of --jobs too (and --date for undated lines)', async () => {
    // More lines than one chunk, so the batch really goes to the worker pool.
    const dates = ['2026-09-20', '2026-11-12', undefined];
    const lines = Array.from({ length: 600 }, (_, i) => {
      const date = dates[i % 3];
      return JSON.stringify({ codes: ['T52.8X1A'], text: `Visit ${i}.`, ...(date ? { date } : {}) });
    });
    const { code, out } = await runCliCaptured(['analyze', '--jsonl', '-', '--jobs', '2', '--date', '2026-09-21'], `${lines.join('\n')}\n`);
    const results = out.trim().split('\n').map((l) => JSON.parse(l) as AnalyzeResult);
    expect(results).toHaveLength(600);
    expect(code).toBe(1);
    results.forEach((r, i) => {
      const n = i % 3;
      if (n === 1) {
        expect(r.release).toMatchObject({ version: 'FY2027', dateOfService: '2026-11-12', dateSource: 'user' });
        expect(r.findings[0]).toMatchObject({ rule: 'invalid-code', code: 'T52.8X1A', release: 'FY2027' });
      } else {
        expect(r.release).toMatchObject({ version: 'FY2026', dateOfService: n === 0 ? '2026-09-20' : '2026-09-21' });
        expect(r.findings).toEqual([]);
      }
    });
  }, 240_000);
});
