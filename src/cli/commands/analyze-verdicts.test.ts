import { describe, expect, it } from 'vitest';
import type { AnalyzeResult } from '../../core';
import { runCliCaptured } from '../run-cli-captured';

describe('chartlint analyze: a verdict per code', () => {
  it('gives supported, finding and not-checked per code in the JSON, and lists them in the text output', async () => {
    const note = 'L4-5 severe central canal stenosis with neurogenic claudication. Type 2 diabetes.';
    const { out } = await runCliCaptured(['analyze', '--code', 'M48.062', '--code', 'M48.061', '--code', 'E11.9', '--json'], note);
    const result = JSON.parse(out) as AnalyzeResult;
    expect(result.verdicts?.map((v) => [v.code, v.verdict])).toEqual([
      ['M48.062', 'supported'],
      ['M48.061', 'finding'],
      ['E11.9', 'not-checked'],
    ]);
    expect(result.verdicts?.[0]?.checkedBy).toContain('qualifier-mismatch');
    expect(result.verdicts?.[2]?.reason).toBe('E11.9 is outside the spine families ChartLint reads');
    const text = await runCliCaptured(['analyze', '--code', 'E11.9'], note);
    expect(text.out).toMatch(/verdicts:\n {2}not-checked {1,}E11\.9 {2}E11\.9 is outside the spine families ChartLint reads/);
  });
});

describe('chartlint analyze: an empty note (no note text read)', () => {
  const reasons = ['no note text was read, so nothing was compared with M48.061', 'no note text was read, so nothing was compared with M99.61'];

  it.each([
    ['empty', ''],
    ['white space only', ' \n\t \r\n'],
  ])('gives M48.061 and M99.61 beside an %s note no finding and a not-checked verdict saying why, in text and JSON, exit 0', async (_name, note) => {
    const args = ['analyze', '--code', 'M48.061', '--code', 'M99.61', '--date', '2026-11-01'];
    const text = await runCliCaptured(args, note);
    expect(text.code).toBe(0);
    expect(text.out).toContain(`verdicts:\n  not-checked M48.061  ${reasons[0]}\n  not-checked M99.61  ${reasons[1]}\n`);
    expect(text.out).toContain('findings (0):');
    expect(text.out).not.toMatch(/unsupported-code|missing-documentation|documents no spinal stenosis/);

    const json = await runCliCaptured([...args, '--json'], note);
    expect(json.code).toBe(0);
    const result = JSON.parse(json.out) as AnalyzeResult;
    expect(result.findings).toEqual([]);
    expect(result.verdicts?.map((v) => [v.code, v.verdict, v.reason, v.params?.reason_msg])).toEqual([
      ['M48.061', 'not-checked', reasons[0], 'reason_not_checked_no_note'],
      ['M99.61', 'not-checked', reasons[1], 'reason_not_checked_no_note'],
    ]);
  });

  it('keeps the exit code of the findings that need no note (an invalid code is an error: exit 1)', async () => {
    const { code, out } = await runCliCaptured(['analyze', '--code', 'M99.6A', '--code', 'M99.61', '--json'], '');
    expect(code).toBe(1);
    const result = JSON.parse(out) as AnalyzeResult;
    expect(result.findings.map((f) => [f.rule, f.code])).toEqual([['invalid-code', 'M99.6A']]);
    expect(result.verdicts?.map((v) => v.verdict)).toEqual(['finding', 'not-checked']);
  });

  it('brings the findings back once the note has text', async () => {
    const { out } = await runCliCaptured(['analyze', '--code', 'M48.061', '--code', 'M99.61', '--json'], 'Neck pain for two weeks.');
    const result = JSON.parse(out) as AnalyzeResult;
    expect(result.findings.map((f) => [f.rule, f.code])).toEqual([
      ['unsupported-code', 'M48.061'],
      ['unsupported-code', 'M99.61'],
      ['missing-documentation', 'M99.61'],
    ]);
    expect(result.verdicts?.map((v) => v.verdict)).toEqual(['finding', 'finding']);
  });

  it('says the same for a --jsonl line whose text is empty', async () => {
    const { code, out } = await runCliCaptured(['analyze', '--jsonl', '-'], `${JSON.stringify({ codes: ['M48.061', 'M99.61'], text: '' })}\n`);
    expect(code).toBe(0);
    const result = JSON.parse(out.trim()) as AnalyzeResult;
    expect(result.findings).toEqual([]);
    expect(result.verdicts?.map((v) => v.reason)).toEqual(reasons);
  });
});
