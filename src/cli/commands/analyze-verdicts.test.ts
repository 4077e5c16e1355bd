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
