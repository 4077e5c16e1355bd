/**
 * The published bin, as a user gets it: build dist-cli/ (so the bin under test is the current
 * source, never a stale build; under `npm test` its build step has just done so), `npm pack`,
 * unpack the tarball into a folder of its own with no node_modules and no TypeScript loader, and
 * run `chartlint` there with plain node.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'chartlint-pack-'));
const pkgDir = join(dir, 'node_modules', 'chartlint');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

beforeAll(async () => {
  // `npm test` has just built dist-cli/ from this tree (CHARTLINT_BUILT=1, scripts/test-all.ts): pack that build.
  if (process.env.CHARTLINT_BUILT !== '1') await (await import('../../scripts/build-cli')).buildCli();
  const tarball = execFileSync('npm', ['pack', '--silent', '--pack-destination', dir], { cwd: root, encoding: 'utf8' }).trim().split('\n').at(-1) ?? '';
  execFileSync('mkdir', ['-p', pkgDir]);
  execFileSync('tar', ['-xzf', join(dir, tarball), '-C', pkgDir, '--strip-components=1']);
}, 180_000);

const chartlint = (args: string[], input?: string) =>
  spawnSync(process.execPath, [join(pkgDir, 'bin', 'chartlint.mjs'), ...args], { cwd: dir, encoding: 'utf8', input, maxBuffer: 256 * 1024 * 1024, env: { PATH: process.env.PATH ?? '' } });

describe('the packed chartlint bin', () => {
  it('holds built JavaScript and data only: no TypeScript sources', () => {
    const files = readdirSync(pkgDir, { recursive: true }).map(String);
    expect(files).toContain(join('dist-cli', 'main.mjs'));
    // Each release's catalog ships once, as the per-category table the CLI reads (src/cli/catalog-tables.ts).
    for (const v of ['fy2026', 'fy2027']) {
      expect(files).toContain(join('dist-cli', 'data', `icd10cm-${v}.catalog-table.json`));
      expect(files).toContain(join('dist-cli', 'data', `icd10cm-${v}.catalog-table.jsonl`));
      expect(files).not.toContain(join('dist-cli', 'data', `icd10cm-${v}.catalog.json`));
    }
    // A batch's threads load the core through the code cache made at build time (src/cli/batch/load-batch-code.ts); the step that made it is not shipped.
    expect(files).toContain(join('dist-cli', 'batch-code.cjs'));
    expect(files).toContain(join('dist-cli', 'batch-code.cache'));
    expect(files.filter((f) => f.includes('make-batch-cache'))).toEqual([]);
    expect(files.filter((f) => f.endsWith('.ts'))).toEqual([]);
  });

  it('runs version, explain and lookup from the unpacked package with plain node', () => {
    const version = chartlint(['version']);
    expect(version.stdout).toMatch(/^chartlint \d+\.\d+\.\d+\n$/);
    const explain = chartlint(['explain', 'M99.60', '--json']);
    expect(explain.status).toBe(0);
    expect(JSON.parse(explain.stdout)).toMatchObject({ code: 'M99.60', billable: true });
    const lookup = chartlint(['lookup', 'm9961', '--json', '--limit', '1']);
    expect((JSON.parse(lookup.stdout) as { results: { code: string }[] }).results[0]?.code).toBe('M99.61');
  });

  it('explains a code in the release of the date of service, from the catalog tables', () => {
    // T52.8X1A: billable in FY2026, deleted by FY2027 (replaced by T52.811A, ...).
    const fy2026 = chartlint(['explain', 'T52.8X1A', '--json', '--date', '2026-09-20']);
    expect(fy2026.status).toBe(0);
    expect(JSON.parse(fy2026.stdout)).toMatchObject({ release: { version: 'FY2026' }, code: 'T52.8X1A', billable: true, category: { code: 'T52' } });
    const fy2027 = chartlint(['explain', 'T52.8X1A', '--json', '--date', '2026-11-12']);
    expect(fy2027.status).toBe(2);
    expect(fy2027.stderr).toMatch(/not in ICD-10-CM FY2027/);
    const several = chartlint(['explain', 'M48.061', 'M99.6', '--jsonl', '--release', 'FY2027']);
    expect(several.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { code: string; billable: boolean; children: unknown[] }))).toMatchObject([
      { code: 'M48.061', billable: true, title: 'Spinal stenosis, lumbar region without neurogenic claudication' },
      { code: 'M99.6', billable: false, children: expect.arrayContaining([{ code: 'M99.60', title: 'Osseous and subluxation stenosis of intervertebral foramina of head region', billable: true }]) as unknown[] },
    ]);
  });

  it('analyzes a --jsonl batch over worker threads with output in input order and a bad line in its place', () => {
    const lines = Array.from({ length: 700 }, (_, i) =>
      i === 350 ? 'not json' : JSON.stringify({ codes: [i % 2 ? 'M99.61' : 'M99.63'], text: `Note ${i}: ${i % 2 ? 'C5-6' : 'L4-5'} foraminal stenosis due to osteophytes.` }),
    );
    const run = chartlint(['analyze', '--jsonl', '-', '--jobs', '2'], `${lines.join('\n')}\n`);
    const out = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as { codes?: { code: string }[]; line?: number; error?: string; mentions?: { span: { text: string } }[] });
    expect(run.status).toBe(2);
    expect(out).toHaveLength(700);
    expect(out[350]).toMatchObject({ line: 351, error: expect.stringMatching(/not JSON/) as string });
    out.forEach((o, i) => {
      expect(o.line).toBe(i + 1);
      if (i !== 350) expect(o.codes?.[0]?.code).toBe(i % 2 ? 'M99.61' : 'M99.63');
    });
  }, 120_000);

  it('checks each --jsonl line against the release of its own "date" in the worker threads', () => {
    const lines = Array.from({ length: 600 }, (_, i) => JSON.stringify({ codes: ['T52.8X1A'], text: `Visit ${i}.`, date: i % 2 ? '2026-11-12' : '2026-09-20' }));
    const run = chartlint(['analyze', '--jsonl', '-', '--jobs', '2'], `${lines.join('\n')}\n`);
    const out = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as { release?: { version: string }; findings: { rule: string; release?: string }[] });
    expect(run.status).toBe(1);
    expect(out).toHaveLength(600);
    out.forEach((o, i) => {
      expect(o.release?.version).toBe(i % 2 ? 'FY2027' : 'FY2026');
      expect(o.findings.map((f) => `${f.rule} ${f.release ?? ''}`)).toEqual(i % 2 ? ['invalid-code FY2027'] : []);
    });
  }, 120_000);
});

