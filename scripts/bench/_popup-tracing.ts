/**
 * Chromium tracing for the popup bench scripts (_popup-trace.ts, _popup-floor.ts): record one
 * page's trace over CDP, and pick a thread's top-level tasks out of it.
 */
import type { CDPSession } from '@playwright/test';
import type { TraceEvent } from '../lib/trace-event';

export const TRACE_CATEGORIES = [
  'toplevel',
  'blink.user_timing',
  'loading',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'v8.execute',
  '__metadata',
  // TRACE_PROFILE=1: V8's sampling profiler too (self time by function in the saved traces).
  ...(process.env.TRACE_PROFILE ? ['disabled-by-default-v8.cpu_profiler'] : []),
];

/** The trace events recorded while `run` runs. */
export async function trace(cdp: CDPSession, run: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])));
  const complete = new Promise<void>((done) => cdp.once('Tracing.tracingComplete', () => done()));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: TRACE_CATEGORIES },
  });
  await run();
  await cdp.send('Tracing.end');
  await complete;
  return events;
}

/** A thread's task events: the scheduler's and the bare 'RunTask' that microtasks run in. */
export const isTask = (e: TraceEvent) =>
  e.ph === 'X' && (e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask');

/**
 * The outermost of nested task events. A scheduler task is a "ThreadControllerImpl::RunTask", but
 * the microtasks run after one (a DecompressionStream's inflate, Response.json()'s parse, the
 * catalog's build: most of the catalog's CPU) are in a bare "RunTask" beside or around it; counting
 * only the first missed them.
 */
export function topLevel(tasks: TraceEvent[]): TraceEvent[] {
  const sorted = [...tasks].sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const out: TraceEvent[] = [];
  let end = -Infinity;
  for (const t of sorted) {
    if (t.ts < end) continue;
    out.push(t);
    end = t.ts + (t.dur ?? 0);
  }
  return out;
}

/** Thread time (ms) of the top-level tasks that start within [from, to] (trace µs). */
export function cpuBetween(tasks: TraceEvent[], from: number, to: number): number {
  let sum = 0;
  for (const t of tasks) if (t.ts >= from && t.ts < to) sum += t.tdur ?? 0;
  return sum / 1000;
}
