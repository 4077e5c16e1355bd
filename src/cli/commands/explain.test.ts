import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../kb';
import { runCliCaptured } from '../run-cli-captured';

// The first load transforms the 12 MB catalog through vite; do it once, outside the tests' own time limit.
beforeAll(() => Promise.all([loadCatalog(), loadCatalog({ release: 'FY2026' })]), 120_000);

const cli = (...argv: string[]) => runCliCaptured(argv);

describe('chartlint explain', () => {
  it('prints the full M99 reference as JSON', async () => {
    const { code, out, err } = await cli('explain', 'M99.60', '--json', '--date', '2026-03-01');
    expect(err).toBe('');
    expect(code).toBe(0);
    const x = JSON.parse(out) as { code: string; title: string; billable: boolean; release: { version: string }; m99: { faq: unknown[]; siblings: unknown[] } };
    expect(x).toMatchObject({
      code: 'M99.60',
      title: 'Osseous and subluxation stenosis of intervertebral foramina of head region',
      billable: true,
      release: { version: 'FY2026' },
    });
    expect(x.m99.faq).toHaveLength(6);
    expect(x.m99.siblings).toHaveLength(9);
  });

  it('explains any other code from the official data', async () => {
    const { code, out } = await cli('explain', 'M48.02', '--date', '2026-03-01');
    expect(code).toBe(0);
    expect(out).toMatch(/^M48\.02 {2}Spinal stenosis, cervical region\n/);
    expect(out).toMatch(/inclusionTerm \[M48\.0\]: Caudal stenosis/);
    expect(out).toMatch(/ICD-10-CM FY2026 \(effective 2025-10-01 to 2026-09-30\)/);
    expect(out).not.toMatch(/M99 reference/);
  });

  it('says plainly when the date of service is outside the loaded release', async () => {
    const { code, out } = await cli('explain', 'm9961', '--json', '--date', '2027-11-24');
    expect(code).toBe(0);
    expect((JSON.parse(out) as { releaseNote: string }).releaseNote).toMatch(/not loaded in ChartLint/);
  });

  it.each([
    ['M99.6O', /letter O where a digit belongs.*Did you mean M99\.60\?/],
    ['M99.95', /M99\.95 is not in ICD-10-CM FY2027\. M99\.9 .* is complete/],
    ['hello', /"hello" is not an ICD-10-CM code/],
  ])('exits 2 with a clear message for %s', async (input, message) => {
    const { code, out, err } = await cli('explain', input);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(message);
    expect(err).toMatch(/usage: chartlint explain/);
  });

  it('explains several codes: a JSON array, JSON Lines, or stdin lines, a bad code reported in its place', async () => {
    const array = JSON.parse((await cli('explain', 'M99.61', 'M48.062', '--json')).out) as { code: string }[];
    expect(array.map((x) => x.code)).toEqual(['M99.61', 'M48.062']);
    const { code, out, err } = await runCliCaptured(['explain', '-', '--jsonl'], 'm4802\nM99.6O\n\nM54.12\n');
    const lines = out.trim().split('\n').map((l) => JSON.parse(l) as { code?: string; input?: string; error?: string });
    expect(code).toBe(2);
    expect(lines.map((l) => l.code ?? l.input)).toEqual(['M48.02', 'M99.6O', 'M54.12']);
    expect(lines[1]?.error).toMatch(/Did you mean M99\.60\?/);
    expect(err).toMatch(/chartlint explain: .*M99\.60/);
  });

  it('exits 2 for missing arguments, a bad date or a release that is not loaded', async () => {
    expect((await cli('explain')).err).toMatch(/which code\?/);
    expect((await cli('explain', 'M99.60', '--date', '24/11/2026')).code).toBe(2);
    const r = await cli('explain', 'M99.60', '--release', 'FY2028');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/FY2028 is not loaded/);
  });
});
