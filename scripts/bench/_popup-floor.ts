/**
 * `npx tsx scripts/bench/_popup-floor.ts DIST [ROUNDS]`: the floor under the popup's first paint.
 * Copies the built extension, adds two pages beside the popup (blank.html: one word, no style, no
 * script; shell.html: the popup's own HTML without its script), and opens the three in turn in one
 * Chromium, as the lookup bench opens the popup. Prints, per page, the medians of the navigation's
 * phases (ms from navigation start) and of first paint, with the load average: what an extension
 * page costs on this machine with nothing of ours in it, what the shell's markup and styles add,
 * and what the popup's scripts add. "shown" is the later of first paint and the load event's end:
 * Chromium shows a toolbar popup when its document has loaded (ExtensionPopup waits for
 * DocumentOnLoadCompletedInPrimaryMainFrame), so a first paint before that is not yet seen.
 * FLOOR_TRACE=1 traces each open and adds the CPU (trace thread time) spent from navigation start
 * to first paint: on the page's main thread (mainCpu) and on every thread of every process
 * (allCpu), which on a loaded machine says more than the wall times.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { basename, join, resolve } from 'node:path';
import { launchExtension } from '../lib/launch-extension';
import type { TraceEvent } from '../lib/trace-event';
import { cpuBetween, isTask, topLevel, trace } from './_popup-tracing';
import { median } from './_suite';

const [distArg, roundsArg = '15', ...extra] = process.argv.slice(2);
if (!distArg) throw new Error('usage: tsx scripts/bench/_popup-floor.ts DIST [ROUNDS] [VARIANT.html ...]');
const rounds = Number(roundsArg);
const POPUP = 'src/ui/popup/index.html';

const dist = await mkdtemp(join(os.tmpdir(), 'chartlint-floor-'));
await cp(resolve(distArg), dist, { recursive: true });
const popupHtml = await readFile(join(dist, POPUP), 'utf8');
await writeFile(join(dist, 'src/ui/popup/blank.html'), '<!doctype html><title>x</title><p>x</p>\n');
await writeFile(
  join(dist, 'src/ui/popup/shell.html'),
  popupHtml.replace(/<script\b[^>]*>[^<]*<\/script>|<link rel="modulepreload"[^>]*>/g, ''),
);

// Variants of the popup page to try beside it (copied in beside index.html, so its relative paths hold).
for (const file of extra) await cp(resolve(file), join(dist, 'src/ui/popup', basename(file)));
const pages = ['blank.html', 'shell.html', 'index.html', ...extra.map((f) => basename(f))];
const traced = Boolean(process.env.FLOOR_TRACE);
const keys = [
  'responseEnd',
  'domInteractive',
  'domContentLoaded',
  'fcp',
  'load',
  'shown',
  ...(traced ? (['mainCpu', 'allCpu'] as const) : []),
] as const;
type Sample = Record<(typeof keys)[number], number>;
const samples = new Map<string, Sample[]>(pages.map((p) => [p, []]));

/** CPU from navigation start to first paint, on the page's main thread and on all threads. */
function cpuToPaint(events: TraceEvent[]): { mainCpu: number; allCpu: number } {
  const fcp = events.find((e) => e.name === 'firstContentfulPaint');
  const nav = fcp && events.find((e) => e.pid === fcp.pid && e.name === 'navigationStart');
  if (!fcp || !nav) return { mainCpu: NaN, allCpu: NaN };
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of events)
    if (isTask(e)) byThread.set(`${e.pid}/${e.tid}`, [...(byThread.get(`${e.pid}/${e.tid}`) ?? []), e]);
  let allCpu = 0;
  for (const tasks of byThread.values()) allCpu += cpuBetween(topLevel(tasks), nav.ts, fcp.ts);
  return {
    mainCpu: cpuBetween(topLevel(byThread.get(`${fcp.pid}/${fcp.tid}`) ?? []), nav.ts, fcp.ts),
    allCpu,
  };
}

const { context, extensionId, profile } = await launchExtension({ dist, headless: true });
try {
  for (let i = -1; i < rounds; i++) {
    const order = i % 2 === 0 ? pages : [...pages].reverse();
    for (const name of order) {
      const page = await context.newPage();
      await page.setViewportSize({ width: 400, height: 600 });
      const open = async () => {
        await page.goto(`chrome-extension://${extensionId}/src/ui/popup/${name}`, { waitUntil: 'load' });
        // A frame or two for the paint entries.
        await page.waitForTimeout(150);
      };
      const events = traced ? await trace(await context.newCDPSession(page), open) : (await open(), []);
      const s: Sample = await page.evaluate(() => {
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        return {
          responseEnd: nav.responseEnd,
          domInteractive: nav.domInteractive,
          domContentLoaded: nav.domContentLoadedEventEnd,
          fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
          load: nav.loadEventEnd,
          shown: NaN,
          mainCpu: NaN,
          allCpu: NaN,
        };
      });
      if (traced) Object.assign(s, cpuToPaint(events));
      await page.close();
      // A toolbar popup is shown when its document's load completes: the first frame after both.
      s.shown = Math.max(s.fcp, s.load);
      if (i >= 0) samples.get(name)?.push(s);
    }
    if (i >= 0) process.stdout.write(`round ${i + 1}/${rounds}  load ${os.loadavg()[0]?.toFixed(2)}\n`);
  }
  for (const name of pages) {
    const list = samples.get(name) ?? [];
    const row = keys
      .map((k) => `${k} ${median(list.map((s) => s[k]).filter(Number.isFinite)).toFixed(1)}`)
      .join('  ');
    process.stdout.write(`${name.padEnd(11)} median of ${list.length}: ${row} ms\n`);
  }
} finally {
  await context.close();
  await rm(profile, { recursive: true, force: true });
  await rm(dist, { recursive: true, force: true });
}
