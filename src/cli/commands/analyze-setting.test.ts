import { beforeAll, describe, expect, it } from 'vitest';
import type { AnalyzeResult } from '../../core';
import { loadCatalog } from '../../kb';
import { runCliCaptured } from '../run-cli-captured';

const NOTE = 'Discharge summary. Assessment: probable L4-5 stenosis with neurogenic claudication.';
const verdict = (out: string) => (JSON.parse(out) as AnalyzeResult).verdicts?.[0]?.verdict;

// The first load transforms the 12 MB catalog through vite; do it once, outside the tests' own time limit.
beforeAll(() => loadCatalog());

describe('chartlint analyze --setting', () => {
  it('codes an uncertain diagnosis inpatient, not outpatient (the default)', async () => {
    const outpatient = await runCliCaptured(['analyze', '--code', 'M48.062', '--json'], NOTE);
    const inpatient = await runCliCaptured(
      ['analyze', '--code', 'M48.062', '--setting', 'inpatient', '--json'],
      NOTE,
    );
    expect(verdict(outpatient.out)).toBe('finding');
    expect(verdict(inpatient.out)).toBe('supported');
    const result = JSON.parse(inpatient.out) as AnalyzeResult;
    expect(result.setting).toBe('inpatient');
    expect(result.mentions[0]?.status).toBe('uncertain');
    expect(JSON.parse(outpatient.out)).not.toHaveProperty('setting');
    const explicit = await runCliCaptured(
      ['analyze', '--code', 'M48.062', '--setting', 'outpatient', '--json'],
      NOTE,
    );
    expect(verdict(explicit.out)).toBe('finding');
  });

  it('says in the text report which setting applied', async () => {
    const inpatient = await runCliCaptured(['analyze', '--code', 'M48.062', '--setting', 'inpatient'], NOTE);
    expect(inpatient.out).toMatch(/^setting: inpatient .*II\.H/m);
    expect(inpatient.out).toMatch(/supported +M48\.062 .*inpatient rule applied/);
    expect((await runCliCaptured(['analyze', '--code', 'M48.062'], NOTE)).out).toMatch(
      /^setting: outpatient .*IV\.H/m,
    );
  });

  it('refuses an unknown setting with exit 2, naming the settings', async () => {
    const { code, out, err } = await runCliCaptured(
      ['analyze', '--code', 'M48.062', '--setting', 'in-patient'],
      NOTE,
    );
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(/--setting must be one of outpatient, inpatient \(got "in-patient"\)/);
  });

  it('reads "setting" per --jsonl line, and reports a bad one in its place', async () => {
    const lines = [
      { codes: ['M48.062'], setting: 'inpatient', text: NOTE },
      { codes: ['M48.062'], setting: 'ward', text: NOTE },
      { codes: ['M48.062'], text: NOTE },
    ];
    const { code, out } = await runCliCaptured(
      ['analyze', '--jsonl', '-', '--jobs', '1'],
      lines.map((l) => JSON.stringify(l)).join('\n'),
    );
    const results = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as AnalyzeResult & { line?: number; error?: string });
    expect(code).toBe(2);
    expect(results.map((r) => r.verdicts?.[0]?.verdict ?? r.line)).toEqual(['supported', 2, 'finding']);
    expect(results[1]?.error).toMatch(/"setting" must be one of outpatient, inpatient \(got "ward"\)/);
  });

  it('refuses --setting beside --jsonl, whose lines carry their own', async () => {
    const { code, err } = await runCliCaptured(['analyze', '--jsonl', '-', '--setting', 'inpatient'], '');
    expect(code).toBe(2);
    expect(err).toMatch(/--jsonl carries the care setting per line/);
  });
});
