/**
 * `npm test`: every check a change must pass, in order, then one closing line
 * `N passed, N failed` summing the unit and browser tests (CI reads that line).
 *   typecheck → lint → unit tests (vitest) → build → web-ext lint (Firefox build) → e2e (Playwright)
 * Later steps still run after a failure so one run shows everything that is wrong.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const out = mkdtempSync(join(tmpdir(), 'chartlint-test-'));
const vitestJson = join(out, 'vitest.json');
const playwrightJson = join(out, 'playwright.json');
const bin = (name: string) => join('node_modules', '.bin', name);

type Step = { name: string; cmd: string; args: string[]; env?: Record<string, string> };
const steps: Step[] = [
  { name: 'typecheck', cmd: 'npm', args: ['run', '--silent', 'typecheck'] },
  { name: 'lint', cmd: 'npm', args: ['run', '--silent', 'lint'] },
  { name: 'unit', cmd: bin('vitest'), args: ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`] },
  { name: 'build', cmd: 'npm', args: ['run', '--silent', 'build'] },
  { name: 'firefox-lint', cmd: 'npm', args: ['run', '--silent', 'lint:firefox'] },
  { name: 'e2e', cmd: bin('playwright'), args: ['test'], env: { PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson } },
];

const results: { name: string; ok: boolean; seconds: number }[] = [];
for (const step of steps) {
  console.log(`\n── ${step.name} ──`);
  const started = performance.now();
  const run = spawnSync(step.cmd, step.args, { stdio: 'inherit', env: { ...process.env, ...step.env } });
  results.push({ name: step.name, ok: run.status === 0, seconds: (performance.now() - started) / 1000 });
}

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
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(results.every((r) => r.ok) && failed === 0 ? 0 : 1);
