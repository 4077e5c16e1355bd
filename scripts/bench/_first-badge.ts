/**
 * A new browser's first code: each run launches Chromium with a fresh profile and the built
 * extension, opens the demo EHR, types M99.60 into its diagnosis field at once and waits for the
 * badge (what test/e2e/fixtures.ts warmCatalog does). Prints, per build, the wall ms from the
 * page's opening to the badge and the CPU ms of the extension's service worker thread over that time (read from /proc, as scripts/bench/_e2e-cpu-by-type.ts
 * does: 10 ms ticks), which is where the worker reads the release's catalog. Builds interleaved.
 *   npx tsx scripts/bench/_first-badge.ts RUNS DIST [DIST…]
 * PAGE=/fixtures/plain-form.html FIELD='Diagnosis code' times a plain form instead: a field with no
 * official titles on show, so the worker reads the catalog for the code alone (the demo EHR's
 * widget shows titles, which the worker also resolves to codes through the release's title hashes).
 * For A/B, build the other side into its own folder (OUT_DIR=/tmp/x npx vite build).
 */
import { launchExtension } from '../lib/launch-extension.ts';
import { readProc, treeThreads } from '../lib/process-cpu.ts';
import { startServer } from '../lib/serve.ts';
import { badge, expectOverlay } from '../../test/e2e/page-helpers.ts';

const [runsArg, ...dists] = process.argv.slice(2);
const PAGE = process.env.PAGE ?? '/';
const FIELD = process.env.FIELD ?? 'Diagnosis (ICD-10-CM)';
const RUNS = Number(runsArg ?? 3);
if (dists.length === 0) throw new Error('usage: tsx scripts/bench/_first-badge.ts RUNS DIST [DIST…]');

/** CPU ticks (1/100 s) of the service worker threads of extension renderers under `root`. */
function workerTicks(root: number): number {
  let total = 0;
  const extension = new Map<number, boolean>();
  for (const thread of treeThreads(root)) {
    if (!thread.name.startsWith('ServiceWorker')) continue;
    let inExtension = extension.get(thread.pid);
    if (inExtension === undefined) extension.set(thread.pid, (inExtension = (readProc(`/proc/${thread.pid}/cmdline`) ?? '').includes('--extension-process')));
    if (inExtension) total += thread.ticks;
  }
  return total;
}

const server = await startServer();
const results = new Map<string, { wall: number; cpu: number }[]>();
try {
  for (let i = 0; i < RUNS; i++)
    for (const dist of dists) {
      const { context } = await launchExtension({ dist, headless: true });
      try {
        const page = await context.newPage();
        // Timed from the page's opening: the worker starts reading the catalog as soon as the page
        // shows a diagnosis widget (its official titles are resolved to codes), before any typing.
        const ticks0 = workerTicks(process.pid);
        const started = performance.now();
        await page.goto(`${server.url}${PAGE}`);
        await page.getByLabel(FIELD, { exact: true }).focus();
        await page.keyboard.insertText('M99.60');
        await expectOverlay(badge(page, 'M99.60')).toBeVisible({ timeout: 60_000 });
        const wall = performance.now() - started;
        const cpu = (workerTicks(process.pid) - ticks0) * 10;
        results.set(dist, [...(results.get(dist) ?? []), { wall, cpu }]);
      } finally {
        await context.close();
      }
    }
} finally {
  await server.close();
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const load = (readProc('/proc/loadavg') ?? '').split(' ').slice(0, 3).join(' ');
console.log(`first badge of a fresh browser on ${PAGE}, ${RUNS} runs per build (load average ${load})`);
for (const [dist, rs] of results)
  console.log(
    `  ${dist}: open → badge wall ms median ${Math.round(median(rs.map((r) => r.wall)))} [${rs.map((r) => Math.round(r.wall)).join(' ')}]; service worker CPU ms median ${median(rs.map((r) => r.cpu))} [${rs.map((r) => r.cpu).join(' ')}]`,
  );
