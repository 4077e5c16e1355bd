/**
 * `npm test`: every check a change must pass, then one closing line `N passed, N failed` summing
 * the unit and browser tests (CI reads that line), after each step's time and the total.
 *   [typecheck ‖ lint] → unit tests (vitest) → build → [web-ext lint (Firefox build) ‖ e2e (Playwright)]
 * Steps in brackets run side by side: tsc and ESLint are single-threaded, so on two cores they take
 * the time of the longer one; the short Firefox lint hides inside the browser tests. The unit tests
 * use every core on their own, and the browser tests need the build. A parallel step's output is
 * printed in one piece when it ends (the first step of a group prints live).
 * Later steps still run after a failure so one run shows everything that is wrong.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const out = mkdtempSync(join(tmpdir(), 'chartlint-test-'));
const vitestJson = join(out, 'vitest.json');
const playwrightJson = join(out, 'playwright.json');
const bin = (name: string) => join('node_modules', '.bin', name);

type Step = { name: string; cmd: string; args: string[]; env?: Record<string, string> };
const groups: Step[][] = [
  [
    { name: 'typecheck', cmd: 'npm', args: ['run', '--silent', 'typecheck'] },
    { name: 'lint', cmd: 'npm', args: ['run', '--silent', 'lint'] },
  ],
  [{ name: 'unit', cmd: bin('vitest'), args: ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`] }],
  [{ name: 'build', cmd: 'npm', args: ['run', '--silent', 'build'] }],
  [
    { name: 'e2e', cmd: bin('playwright'), args: ['test'], env: { PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson } },
    { name: 'firefox-lint', cmd: 'npm', args: ['run', '--silent', 'lint:firefox'] },
  ],
];

type Result = { name: string; ok: boolean; seconds: number };

function run(step: Step, live: boolean): Promise<Result> {
  const started = performance.now();
  if (live) console.log(`\n── ${step.name} ──`);
  const child = spawn(step.cmd, step.args, { stdio: live ? 'inherit' : ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...step.env } });
  const output: Buffer[] = [];
  child.stdout?.on('data', (chunk: Buffer) => output.push(chunk));
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk));
  return new Promise((done) => {
    let finished = false;
    const finish = (ok: boolean) => {
      if (finished) return;
      finished = true;
      if (!live) console.log(`\n── ${step.name} ──\n${Buffer.concat(output).toString('utf8').trimEnd()}`);
      done({ name: step.name, ok, seconds: (performance.now() - started) / 1000 });
    };
    child.on('error', (error) => {
      if (live) console.error(String(error));
      else output.push(Buffer.from(String(error)));
      finish(false);
    });
    child.on('close', (code) => finish(code === 0));
  });
}

const startedAll = performance.now();
const results: Result[] = [];
for (const group of groups) results.push(...(await Promise.all(group.map((step, i) => run(step, i === 0)))));
const totalSeconds = (performance.now() - startedAll) / 1000;

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

const vitest = readJson(vitestJson) as { numPassedTests: number; numFailedTests: number } | undefined;
const playwright = readJson(playwrightJson) as
  | { stats: { expected: number; unexpected: number; flaky: number; skipped: number } }
  | undefined;
let passed = (vitest?.numPassedTests ?? 0) + (playwright ? playwright.stats.expected + playwright.stats.flaky : 0);
let failed = (vitest?.numFailedTests ?? 0) + (playwright?.stats.unexpected ?? 0);
const skipped = playwright?.stats.skipped ?? 0;

// Non-test steps count as one check each, so a type error or lint failure shows in the line too.
for (const r of results.filter((r) => r.name !== 'unit' && r.name !== 'e2e')) {
  if (r.ok) passed += 1;
  else failed += 1;
}
// A runner that crashed before writing its report is a failure, not zero tests.
if (!vitest && results.find((r) => r.name === 'unit')?.ok === false) failed += 1;
if (!playwright && results.find((r) => r.name === 'e2e')?.ok === false) failed += 1;

console.log('\n── summary ──');
for (const r of results) console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.name.padEnd(13)} ${r.seconds.toFixed(1)} s`);
const sideBySide = groups.filter((g) => g.length > 1).map((g) => g.map((step) => step.name).join(' ‖ '));
console.log(`total ${totalSeconds.toFixed(1)} s (side by side: ${sideBySide.join(', ')})`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(results.every((r) => r.ok) && failed === 0 ? 0 : 1);
