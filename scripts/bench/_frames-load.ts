/**
 * The CPU a page with many frames costs with the extension: the content script is injected into
 * every frame (all_frames), and each frame parses, compiles and runs it. Each round launches
 * Chromium with each build in turn (interleaved), opens the plain form once to start the worker,
 * then LOADS times opens a page of FRAMES same-origin iframes (diagnosis and note frames, as
 * test/fixtures/pages/iframe-*.html) and counts the CPU of the whole browser from the navigation
 * to SETTLE_MS after every frame has loaded (read from /proc: 10 ms ticks), split into the web
 * pages' renderers and the rest. Prints medians per build and the load average.
 *   npx tsx scripts/bench/_frames-load.ts ROUNDS DIST [DIST…]   (FRAMES=20 LOADS=3 SETTLE_MS=1500)
 * For A/B, build the other side into its own folder (OUT_DIR=/tmp/x TARGET=chrome npx vite build).
 */
import { launchExtension } from '../lib/launch-extension.ts';
import { readProc, treeThreads } from '../lib/process-cpu.ts';
import { startServer } from '../lib/serve.ts';
import { median } from './_suite.ts';

const [roundsArg, ...dists] = process.argv.slice(2);
const ROUNDS = Number(roundsArg ?? 3);
const FRAMES = Number(process.env.FRAMES ?? 20);
const LOADS = Number(process.env.LOADS ?? 3);
const SETTLE_MS = Number(process.env.SETTLE_MS ?? 1500);
if (dists.length === 0) throw new Error('usage: tsx scripts/bench/_frames-load.ts ROUNDS DIST [DIST…]');

/** CPU ticks under this process now: all of it, and the web pages' renderers (not extension ones). */
function ticks(): { all: number; web: number } {
  let all = 0;
  let web = 0;
  const isWeb = new Map<number, boolean>();
  for (const thread of treeThreads(process.pid)) {
    if (thread.pid === process.pid) continue;
    all += thread.ticks;
    let known = isWeb.get(thread.pid);
    if (known === undefined) {
      const cmdline = readProc(`/proc/${thread.pid}/cmdline`) ?? '';
      isWeb.set(
        thread.pid,
        (known = cmdline.includes('--type=renderer') && !cmdline.includes('--extension-process')),
      );
    }
    if (known) web += thread.ticks;
  }
  return { all, web };
}

const server = await startServer();
const frames = Array.from(
  { length: FRAMES },
  (_, i) => `/fixtures/iframe-${i % 2 === 0 ? 'dx' : 'note'}.html?f=${i}`,
);
const results = new Map<string, { all: number; web: number }[]>();
try {
  for (let round = 0; round < ROUNDS; round++)
    for (const dist of dists) {
      const { context } = await launchExtension({ dist, headless: true });
      try {
        const page = await context.newPage();
        await page.goto(`${server.url}/fixtures/plain-form.html`);
        await page.waitForTimeout(2000);
        for (let load = 0; load < LOADS; load++) {
          await page.goto('about:blank');
          await page.waitForTimeout(500);
          const before = ticks();
          await page.goto(`${server.url}/fixtures/plain-form.html?load=${load}`);
          await page.evaluate(
            (srcs) =>
              Promise.all(
                srcs.map(
                  (src) =>
                    new Promise<void>((done) => {
                      const frame = document.createElement('iframe');
                      frame.addEventListener('load', () => done(), { once: true });
                      frame.src = src;
                      document.body.append(frame);
                    }),
                ),
              ),
            frames,
          );
          await page.waitForTimeout(SETTLE_MS);
          const after = ticks();
          results.set(dist, [
            ...(results.get(dist) ?? []),
            { all: (after.all - before.all) * 10, web: (after.web - before.web) * 10 },
          ]);
        }
      } finally {
        await context.close();
      }
    }
} finally {
  await server.close();
}
const load = (readProc('/proc/loadavg') ?? '').split(' ').slice(0, 3).join(' ');
console.log(
  `a page of ${FRAMES} same-origin iframes, ${ROUNDS} rounds × ${LOADS} loads per build (load average at the end ${load})`,
);
for (const [dist, rs] of results)
  console.log(
    `  ${dist}: browser CPU ms median ${median(rs.map((r) => r.all))} [${rs.map((r) => r.all).join(' ')}]; web renderers ${median(rs.map((r) => r.web))} [${rs.map((r) => r.web).join(' ')}]`,
  );
