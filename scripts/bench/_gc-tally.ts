/**
 * Reads the output of _gc-batches-entry.ts run under `--trace-deopt-verbose --trace-opt`: its
 * phase markers with V8's trace lines between them. Used by _gc-batches.ts (by hand) and by the
 * analyze bench's shapes check (analyze.ts). Counts are what V8 did, not how long it took, so they
 * do not move with the machine's load.
 */
type Half = 'untimed' | 'timed';

/** Reads one run's output: the markers of _gc-batches-entry.ts with V8's trace lines between them. */
export function tally(out: string) {
  const cpu: number[] = [];
  const compiled = new Set<string>();
  const compileMs = { first: { untimed: 0, timed: 0 }, again: { untimed: 0, timed: 0 } };
  const timedBy = new Map<string, number>();
  const thrown = new Map<string, number>();
  let half: Half | 'gc' | 'warm-up' = 'warm-up';
  for (const line of out.split('\n')) {
    const marker = /^@@(\w+)(?: \d+)?(?: (\S+))?/.exec(line);
    if (marker) {
      if (marker[1] === 'gc' || marker[1] === 'untimed' || marker[1] === 'timed') half = marker[1];
      if (marker[1] === 'end') cpu.push(Number(marker[2]));
      continue;
    }
    if (line.startsWith('[completed compiling')) {
      const fn = /<JSFunction ?(\S*) \(sfi = (\w+)\)/.exec(line);
      const key = `${fn?.[1] || `(anonymous ${fn?.[2] ?? '?'})`}${line.includes(' OSR') ? ' OSR' : ''}`;
      const kind = compiled.has(key) ? 'again' : 'first';
      compiled.add(key);
      const took = /took ([\d.]+), ([\d.]+), ([\d.]+) ms/.exec(line);
      const ms = took ? Number(took[1]) + Number(took[2]) + Number(took[3]) : 0;
      if (half === 'untimed' || half === 'timed') compileMs[kind][half] += ms;
      if (half === 'timed') {
        const by = `${key.startsWith('(anonymous') ? '(anonymous closures)' : key} ${kind}`;
        timedBy.set(by, (timedBy.get(by) ?? 0) + ms);
      }
    } else if (
      half !== 'warm-up' &&
      (line.startsWith('[bailout') || line.startsWith('[marking dependent code'))
    ) {
      const reason = /reason: ([\w ]+)/.exec(line)?.[1] ?? '?';
      const fn = /<(?:JSFunction|SharedFunctionInfo) ([^ >]*)/.exec(line)?.[1] || '(anonymous)';
      thrown.set(`${fn} (${reason})`, (thrown.get(`${fn} (${reason})`) ?? 0) + 1);
    }
  }
  return { cpu, compileMs, timedBy, thrown };
}
