/**
 * One event of a Chromium trace (the Trace Event Format that Playwright's and CDP's tracing
 * write), as the bench scripts that read traces use it: `dur` and `tdur` are wall and thread
 * (CPU) microseconds of a complete event; `args` carries the event's own data.
 */
export type TraceEvent = {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: Record<string, unknown> & { name?: string; data?: Record<string, unknown> & { url?: string; type?: string } };
};
