/**
 * `npm test`: every check a change must pass, then one closing line `N passed, N failed` summing
 * the unit and browser tests (CI reads that line), after each step's time and the total.
 *
 *   build ──────────────→ e2e (Playwright)                      live, normal priority
 *   typecheck → lint      unit (vitest) → web-ext lint (Firefox)  lower priority (nice +5)
 *
 * The browser tests are the longest step and spend most of their time waiting on the page (about
 * three quarters of a core on a 2-core machine), so everything else runs beside them at a lower
 * priority: it takes only the CPU the browsers leave idle, and the browser tests keep theirs.
 * (On a machine already busy with other work those steps get only what is left, so they take longer.)
 * Only the browser tests and the Firefox lint need the build; the unit tests wait for it too,
 * because one of them rebuilds dist-cli/, which the build also writes. tsc and ESLint do not read
 * the build, so they start at once.
 * The live steps print as they go; every other step's output is printed in one piece when it ends.
 * Later steps still run after a failure so one run shows everything that is wrong.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { getPriority, setPriority, tmpdir } from 'node:os';
import { join } from 'node:path';

const out = mkdtempSync(join(tmpdir(), 'chartlint-test-'));
const vitestJson = join(out, 'vitest.json');
const playwrightJson = join(out, 'playwright.json');
const bin = (name: string) => join('node_modules', '.bin', name);

/** `background`: output printed when the step ends, and run at a lower priority. */
type Step = { name: string; cmd: string; args: string[]; env?: Record<string, string>; background?: boolean };
const typecheck: Step = { name: 'typecheck', cmd: 'npm', args: ['run', '--silent', 'typecheck'], background: true };
const lint: Step = { name: 'lint', cmd: 'npm', args: ['run', '--silent', 'lint'], background: true };
const unit: Step = {
  name: 'unit',
  cmd: bin('vitest'),
  args: ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`],
  background: true,
};
const build: Step = { name: 'build', cmd: 'npm', args: ['run', '--silent', 'build'] };
const e2e: Step = { name: 'e2e', cmd: bin('playwright'), args: ['test'], env: { PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson } };
const firefoxLint: Step = { name: 'firefox-lint', cmd: 'npm', args: ['run', '--silent', 'lint:firefox'], background: true };
/** The order of the summary. */
const ORDER = [typecheck, lint, unit, build, e2e, firefoxLint].map((step) => step.name);

type Result = { name: string; ok: boolean; seconds: number };

/**
 * Five steps lower than this process (19 at most): the browser tests come first, but on a machine
 * already busy with other work the checks beside them still get a share (at +10 they were starved
 * past the unit tests' hang timeouts at load 25).
 */
function lowerPriority(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    // Set right after spawn, before the child starts its own children (which inherit it).
    setPriority(pid, Math.min(19, getPriority() + 5));
  } catch {
    // Not permitted here: the step still runs, only at normal priority.
  }
}

function run(step: Step): Promise<Result> {
  const started = performance.now();
  const live = !step.background;
  if (live) console.log(`\n── ${step.name} ──`);
  const child = spawn(step.cmd, step.args, { stdio: live ? 'inherit' : ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...step.env } });
  if (step.background) lowerPriority(child.pid);
  const output: Buffer[] = [];
  child.stdout?.on('data', (chunk: Buffer) => output.push(chunk));
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk));
  return new Promise((done) => {
    let finished = false;
    const finish = (ok: boolean) => {
      if (finished) return;
      finished = true;
      const seconds = (performance.now() - started) / 1000;
      if (!live) console.log(`\n── ${step.name} (${ok ? 'ok' : 'FAILED'}, ${seconds.toFixed(1)} s) ──\n${Buffer.concat(output).toString('utf8').trimEnd()}`);
      done({ name: step.name, ok, seconds });
    };
    child.on('error', (error) => {
      if (live) console.error(String(error));
      else output.push(Buffer.from(String(error)));
      finish(false);
    });
    child.on('close', (code) => finish(code === 0));
  });
}

/** Runs steps one after another (each whatever the previous one's result). */
async function inOrder(...steps: Step[]): Promise<Result[]> {
  const results: Result[] = [];
  for (const step of steps) results.push(await run(step));
  return results;
}

const startedAll = performance.now();
const results = (
  await Promise.all([
    inOrder(typecheck, lint),
    (async () => {
      const built = await run(build);
      const rest = await Promise.all([run(e2e), inOrder(unit, firefoxLint)]);
      return [built, ...rest.flat()];
    })(),
  ])
)
  .flat()
  .sort((a, b) => ORDER.indexOf(a.name) - ORDER.indexOf(b.name));
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
console.log(`total ${totalSeconds.toFixed(1)} s (side by side: build → e2e ‖ typecheck → lint ‖ unit → firefox-lint after the build)`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(results.every((r) => r.ok) && failed === 0 ? 0 : 1);
