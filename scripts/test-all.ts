/**
 * `npm test`: every check a change must pass, then one closing line `N passed, N failed` summing
 * the unit and browser tests (CI reads that line), after each step's time and the total.
 *
 *   typecheck+lint ‖ (build, then unit (vitest))   then   e2e (Playwright)
 *
 * Why this order (measured on a quiet 2-core machine, 2026-12-03): tsc, ESLint and vitest are
 * CPU-bound and share the two cores well (about 195 CPU-s in all). Run beside the other checks,
 * even at a lower priority, the browser tests took 363 s instead of 259 s and the whole run was
 * longer (398 s against 388 s with every step in turn). They looked idle then (about 0.7 of a core,
 * as /usr/bin/time counts), but Chromium's renderers are not reaped by their parent and escape that
 * count: counted from /proc (scripts/lib/process-cpu.ts, 2026-12-04), a running browser test keeps
 * most of a core busy (14 tests of panel-layout and popup-lookup at a load average of 38: 166 CPU-s
 * for their 107 s of quiet test time, 130 without the browsers relaunched after five of them timed
 * out there; a loaded machine inflates CPU time too, ESLint took 156 CPU-s there against 92 s
 * quiet), so two Playwright workers fill most of both cores. Every step is CPU-bound, and the whole
 * run takes about its CPU time over two: the order only has to keep both cores busy. So the
 * browser tests get the machine to themselves. The build comes before the unit tests so that the
 * ones that package the extension and pack the CLI use it (CHARTLINT_BUILT=1) instead of building
 * both again (about 15 CPU-s), and the CLI's --jobs test runs its built workers instead of starting
 * them from source through tsx (about 10 CPU-s); they must not overlap it. typecheck+lint reads only the sources, so
 * it starts with the build (2026-12-05: the build alone left part of a core idle for its 12 s), and
 * unit runs a worker per core so that no core idles once typecheck+lint is done (unit is the
 * longer of the two: 103 CPU-s against 70).
 * tsc and ESLint run as one process (scripts/typecheck-and-lint.ts, 2026-12-05): ESLint's typed rules
 * need the same TypeScript program that tsc checks, and two commands built and checked it twice
 * (side by side on a loaded machine: 133 CPU-s as two commands, 112 as one).
 * Firefox's `web-ext lint` runs there too, in scripts/package.test.ts, on the Firefox zip made from
 * this build (what ships: dist-firefox as zipped, version stamped), so it is not a step of its own
 * (it was: the same lint of the same files a second time, 12 CPU-s).
 * The summary gives each step's CPU time (its processes and all they started) beside its wall
 * time, and the load average, so a run on a busy machine can be read for what it is.
 * Each failed test is named after the summary, with the start of its error (and a property test's
 * seed), so that a log cut to its last lines still says what failed.
 * The live steps print as they go; a step run beside another prints its output in one piece when
 * it ends. Later steps still run after a failure so one run shows everything that is wrong.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { failedTestLines, type PlaywrightReport, type VitestReport } from './lib/failed-tests';
import { meterCpu } from './lib/process-cpu';

const out = mkdtempSync(join(tmpdir(), 'chartlint-test-'));
const vitestJson = join(out, 'vitest.json');
const playwrightJson = join(out, 'playwright.json');
const bin = (name: string) => join('node_modules', '.bin', name);

/** `background`: run beside another step, so its output is printed in one piece when it ends. */
type Step = { name: string; cmd: string; args: string[]; env?: Record<string, string>; background?: boolean };
/**
 * `npm run typecheck` and `npm run lint` in one process (scripts/typecheck-and-lint.ts): they build
 * the same TypeScript program, and this builds it once. Its exit code tells which failed (8 + bit 1
 * for type errors + bit 2 for lint problems), so the summary still counts them as two checks.
 */
// A larger young generation (64 MB semi-spaces, V8's default is 16): the checker and ESLint's typed
// rules allocate short-lived objects at a high rate, and fewer scavenges cost 3.5-4.3 CPU-s less in
// two interleaved rounds (load 5-31, 2026-12-05). Only a process flag sets it (v8.setFlagsFromString
// at run time does not resize new space), so it goes through NODE_OPTIONS.
const typecheckAndLint: Step = {
  name: 'typecheck+lint',
  cmd: bin('tsx'),
  args: ['scripts/typecheck-and-lint.ts'],
  env: { NODE_OPTIONS: [process.env.NODE_OPTIONS, '--max-semi-space-size=64'].filter(Boolean).join(' ') },
  background: true,
};
const unit: Step = {
  name: 'unit',
  cmd: bin('vitest'),
  // Every core, not vitest's default of one fewer (one worker on 2 cores): unit outlasts
  // typecheck+lint, and then had the machine's second core idle for its last third. A second worker
  // cost no more CPU (136 CPU-s with 1 or 2, side by side at a load of 15).
  args: ['run', `--maxWorkers=${availableParallelism()}`, '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`],
  background: true,
};
const build: Step = { name: 'build', cmd: 'npm', args: ['run', '--silent', 'build'] };
// No pictures for a person to look at (CHARTLINT_PICTURES=0, test/e2e/fixtures.ts): nobody looks
// at this run's, and they cost CPU-s (the nine spec files that take them, side by side with and
// without, load 25-32, 2026-12-07: 158.0 -> 149.1 CPU-s, and 136.0 -> 121.2 over the tests that
// passed on both sides); every assertion runs as before.
const e2e: Step = {
  name: 'e2e',
  cmd: bin('playwright'),
  args: ['test'],
  env: { PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson, CHARTLINT_PICTURES: '0' },
};
/** The order of the summary. */
const ORDER = [typecheckAndLint, unit, build, e2e].map((step) => step.name);

/** `cpuSeconds`: the step's processes and all they started, browsers included (Linux only). */
type Result = { name: string; ok: boolean; seconds: number; cpuSeconds: number | undefined; code: number | null };

function run(step: Step): Promise<Result> {
  const started = performance.now();
  const live = !step.background;
  if (live) console.log(`\n── ${step.name} ──`);
  const child = spawn(step.cmd, step.args, { stdio: live ? 'inherit' : ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...step.env } });
  const cpu = meterCpu(child.pid);
  const output: Buffer[] = [];
  child.stdout?.on('data', (chunk: Buffer) => output.push(chunk));
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk));
  return new Promise((done) => {
    let finished = false;
    const finish = (ok: boolean, code: number | null = null) => {
      if (finished) return;
      finished = true;
      const seconds = (performance.now() - started) / 1000;
      const cpuSeconds = cpu.stop();
      if (!live) console.log(`\n── ${step.name} (${ok ? 'ok' : 'FAILED'}, ${seconds.toFixed(1)} s) ──\n${Buffer.concat(output).toString('utf8').trimEnd()}`);
      done({ name: step.name, ok, seconds, cpuSeconds, code });
    };
    child.on('error', (error) => {
      if (live) console.error(String(error));
      else output.push(Buffer.from(String(error)));
      finish(false);
    });
    child.on('close', (code) => finish(code === 0, code));
  });
}

const startedAll = performance.now();
// Other work on the machine stretches every step: the summary says how busy it was.
const loadAtStart = loadavg()[0]!;
/**
 * CHARTLINT_TEST_ORDER=overlap (opt-in, for measuring on a quiet machine): build, then the browser
 * tests at normal priority with typecheck+lint and unit beside them at the lowest (nice 19). The
 * browser tests leave part of a core idle while their pages wait (typing delays, debounces: e2e
 * showed 520 CPU-s in 300 s wall, 1.73 of 2 cores, at stop 51), and a niced step runs only in that
 * idle time, so the checks' 258 CPU-s partly hide in it instead of following the browser tests.
 * Not the default until a fresh-clone run on a quiet machine shows it shorter: on 2026-12-03 the
 * checks beside the browser tests made the whole run longer (398 s against 388), before the unit
 * step ran on both cores and before typecheck and lint became one process.
 */
const overlap = process.env.CHARTLINT_TEST_ORDER === 'overlap';
const niced = (step: Step): Step => ({ ...step, cmd: 'nice', args: ['-n', '19', step.cmd, ...step.args] });
const results = (
  await (async () => {
    if (overlap) {
      const built = await run(build);
      if (built.ok) unit.env = { CHARTLINT_BUILT: '1' };
      const checks = Promise.all([run(niced(typecheckAndLint)), run(niced(unit))]);
      const browser = await run(e2e);
      return [built, browser, ...(await checks)];
    }
    // typecheck+lint reads only the sources: it runs beside the build, which alone keeps about
    // one and a half cores busy.
    const checking = run(typecheckAndLint);
    const built = await run(build);
    // The package and packed-bin tests then zip and pack this build instead of building again.
    if (built.ok) unit.env = { CHARTLINT_BUILT: '1' };
    const checks = await Promise.all([checking, run(unit)]);
    return [...checks, built, await run(e2e)];
  })()
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

const vitest = readJson(vitestJson) as (VitestReport & { numPassedTests: number; numFailedTests: number }) | undefined;
const playwright = readJson(playwrightJson) as
  | (PlaywrightReport & { stats: { expected: number; unexpected: number; flaky: number; skipped: number } })
  | undefined;
let passed = (vitest?.numPassedTests ?? 0) + (playwright ? playwright.stats.expected + playwright.stats.flaky : 0);
let failed = (vitest?.numFailedTests ?? 0) + (playwright?.stats.unexpected ?? 0);
const skipped = playwright?.stats.skipped ?? 0;

// Non-test steps count as one check each, so a type error or lint failure shows in the line too;
// typecheck+lint is two (exit code 8 + bit 1 for type errors + bit 2 for lint problems; any other failure, a crash, fails both).
for (const r of results.filter((r) => r.name !== 'unit' && r.name !== 'e2e')) {
  if (r.name !== typecheckAndLint.name) {
    if (r.ok) passed += 1;
    else failed += 1;
    continue;
  }
  const bits = r.ok ? 0 : r.code !== null && r.code >= 9 && r.code <= 11 ? r.code - 8 : 3;
  for (const bit of [1, 2]) {
    if (bits & bit) failed += 1;
    else passed += 1;
  }
}
// A runner that crashed before writing its report is a failure, not zero tests.
if (!vitest && results.find((r) => r.name === 'unit')?.ok === false) failed += 1;
if (!playwright && results.find((r) => r.name === 'e2e')?.ok === false) failed += 1;

console.log('\n── summary ──');
const cpuOf = (r: Result) => (r.cpuSeconds === undefined ? '' : `  ${r.cpuSeconds.toFixed(0).padStart(4)} CPU-s`);
for (const r of results) console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.name.padEnd(14)} ${r.seconds.toFixed(1).padStart(6)} s${cpuOf(r)}`);
console.log(`total ${totalSeconds.toFixed(1)} s (${overlap ? 'build, then e2e ‖ niced typecheck+lint and unit' : 'typecheck+lint ‖ build then unit, then e2e'})`);
console.log(`load average ${loadAtStart.toFixed(1)} at the start, ${loadavg()[0]!.toFixed(1)} at the end (1 min)`);
// Every failed test by name (and a property test's seed), here, where a log cut to its tail still
// shows it (scripts/lib/failed-tests.ts); the count stays the last line.
for (const line of failedTestLines(vitest, playwright, process.cwd())) console.log(line);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(results.every((r) => r.ok) && failed === 0 ? 0 : 1);
