/**
 * `npx tsx scripts/bench/_popup-trace.ts DIST_A DIST_B [OPENS]`: opens the popup of two built
 * extensions in turn (as _popup-ab.ts does) under Chromium's tracing, and reads the CPU time the
 * page's main thread spent (trace thread time, `tdur`) in each phase, beside the wall times. On a
 * shared machine wall time is mostly waiting for a core; thread time is the work a build asks for.
 * Phases: nav (navigation start) -> first paint; nav -> rendered (popup:rendered); catalog end
 * (lookup:index-start) -> lookup:ready; nav -> lookup:ready. TRACE_TOP=N also lists the N longest
 * main-thread tasks of the last open of each side within nav -> ready, by what they ran.
 */
import { writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { closeSides, launchSides, openAlternately, type Side } from './_popup-sides';
import { readPageTimings } from './_popup-timings';
import { cpuBetween, isTask, topLevel, trace } from './_popup-tracing';
import { median } from './_suite';
import type { TraceEvent } from '../lib/trace-event';

const [distA, distB, opens = '9'] = process.argv.slice(2);
if (!distA || !distB) throw new Error('usage: tsx scripts/bench/_popup-trace.ts DIST_A DIST_B [OPENS]');
const top = Number(process.env.TRACE_TOP ?? 0);

const keys = ['paintWall', 'paintCpu', 'renderedCpu', 'indexWall', 'indexCpu', 'readyWall', 'readyCpu'] as const;
type Open = Record<(typeof keys)[number], number>;

function analyse(events: TraceEvent[], page: Record<string, number>) {
  const mark = (name: string) => events.find((e) => e.cat.includes('blink.user_timing') && e.name === name);
  const ready = mark('lookup:ready');
  if (!ready) throw new Error('no lookup:ready mark in the trace');
  const { pid, tid } = ready;
  const tasks = topLevel(events.filter((e) => e.pid === pid && e.tid === tid && isTask(e)));
  const nav = events.find((e) => e.pid === pid && e.name === 'navigationStart' && e.cat.includes('blink.user_timing'));
  const navTs = nav?.ts ?? ready.ts - (page.ready ?? 0) * 1000;
  const at = (ms: number) => navTs + ms * 1000;
  const indexStart = mark('lookup:index-start')?.ts ?? NaN;
  const open: Open = {
    paintWall: page.paint ?? NaN,
    paintCpu: cpuBetween(tasks, navTs, at(page.paint ?? NaN)),
    renderedCpu: cpuBetween(tasks, navTs, at(page.rendered ?? NaN)),
    indexWall: page.index ?? NaN,
    indexCpu: cpuBetween(tasks, indexStart, ready.ts),
    readyWall: page.ready ?? NaN,
    readyCpu: cpuBetween(tasks, navTs, ready.ts),
  };
  return { open, pid, tid, navTs, readyTs: ready.ts, tasks };
}

/** What a task ran: its longest nested events on the same thread, by name (and script URL). */
function describeTask(events: TraceEvent[], task: TraceEvent): string {
  const end = task.ts + (task.dur ?? 0);
  const inner = events.filter(
    (e) => e.pid === task.pid && e.tid === task.tid && e.ph === 'X' && e !== task && e.ts >= task.ts && e.ts <= end,
  );
  const label = (e: TraceEvent) => {
    const data = e.args?.data as { url?: string; functionName?: string; type?: string } | undefined;
    const url = data?.url ? ` ${data.url.split('/').pop()}` : '';
    return `${e.name}${data?.functionName ? `:${data.functionName}` : ''}${data?.type ? `:${data.type}` : ''}${url}`;
  };
  return inner
    .filter((e) => (e.tdur ?? e.dur ?? 0) >= 2000)
    .slice(0, 6)
    .map((e) => `${label(e)} ${((e.tdur ?? e.dur ?? 0) / 1000).toFixed(1)}`)
    .join(' | ');
}

type TracedSide = Side<Open> & { last?: { events: TraceEvent[]; result: ReturnType<typeof analyse> } };
const sides: TracedSide[] = await launchSides<Open>([distA, distB]);

async function openOnce(side: TracedSide): Promise<Open> {
  const page: Page = await side.context.newPage();
  await page.setViewportSize({ width: 400, height: 600 });
  const cdp = await side.context.newCDPSession(page);
  let timings: Record<string, number> = {};
  const events = await trace(cdp, async () => {
    await page.goto(side.url, { waitUntil: 'commit' });
    await page.waitForFunction(() => performance.getEntriesByName('lookup:ready').length > 0, undefined, {
      timeout: 60_000,
    });
    timings = await readPageTimings(page);
  });
  await cdp.detach();
  await page.close();
  const result = analyse(events, timings);
  side.last = { events, result };
  if (process.env.TRACE_SAVE) {
    const name = `${process.env.TRACE_SAVE}/${side === sides[0] ? 'A' : 'B'}-${side.samples.length}.json`;
    await writeFile(name, JSON.stringify({ traceEvents: events }));
  }
  return result.open;
}

try {
  await openAlternately(sides, Number(opens), openOnce, (t) => keys.map((k) => `${k} ${t[k].toFixed(0)}`).join('  '));
  for (const [name, side] of [
    ['A', sides[0]],
    ['B', sides[1]],
  ] as const) {
    if (!side) continue;
    const row = keys.map((k) => `${k} ${median(side.samples.map((s) => s[k])).toFixed(1)}`).join('  ');
    process.stdout.write(`${name} median of ${side.samples.length} (${side.dist}): ${row} ms\n`);
    if (top > 0 && side.last) {
      const { events, result } = side.last;
      const window = result.tasks
        .filter((t) => t.ts >= result.navTs && t.ts < result.readyTs)
        .sort((a, b) => (b.tdur ?? 0) - (a.tdur ?? 0))
        .slice(0, top)
        .sort((a, b) => a.ts - b.ts);
      for (const t of window) {
        process.stdout.write(
          `  +${((t.ts - result.navTs) / 1000).toFixed(0)} ms  cpu ${((t.tdur ?? 0) / 1000).toFixed(1)} wall ${((t.dur ?? 0) / 1000).toFixed(1)}  ${describeTask(events, t)}\n`,
        );
      }
    }
  }
} finally {
  await closeSides(sides);
}
