/**
 * Runs a command (a Playwright run) and prints its CPU time by kind of process: the Node test
 * runner and workers, Chromium's browser, GPU, utility (network, storage, audio…), zygote,
 * renderers of web pages and of extension pages (--extension-process), and, inside renderers, the
 * service worker thread apart from the rest. Read from /proc by thread every 200 ms, as
 * scripts/lib/process-cpu.ts does for the whole tree (and with the same blind spot: a thread's
 * last interval before it exits is missed).
 *   npx tsx scripts/bench/_e2e-cpu-by-type.ts npx playwright test test/e2e/axe.spec.ts --project=chromium
 */
import { spawn } from 'node:child_process';
import { readProc, treeThreads } from '../lib/process-cpu';

const [cmd, ...args] = process.argv.slice(2);
if (!cmd) throw new Error('usage: tsx scripts/bench/_e2e-cpu-by-type.ts COMMAND [ARGS…]');

/** The kind of a process, from its command line. */
function kindOf(cmdline: string): string {
  // Chromium's children rewrite their command line as one space-separated string.
  const argv = cmdline.split(/[\0 ]/);
  const exe = argv[0] ?? '';
  if (/node$/.test(exe) || argv.some((a) => /playwright|tsx/.test(a)) && !argv.some((a) => a.startsWith('--type='))) {
    if (!/chrom/.test(exe)) return 'node (runner, workers)';
  }
  const type = argv.find((a) => a.startsWith('--type='))?.slice(7);
  if (!type) return /chrom/.test(exe) ? 'chromium browser' : `other: ${exe.split('/').pop()}`;
  if (type === 'renderer') return argv.includes('--extension-process') ? 'renderer: extension' : 'renderer: web';
  if (type === 'utility') {
    const sub = argv.find((a) => a.startsWith('--utility-sub-type='))?.slice(19) ?? '?';
    return `utility: ${sub.replace(/\.mojom\..*/, '')}`;
  }
  return type;
}

/** A thread's class: renderer threads split into the service worker and the rest. */
function classOf(kind: string, thread: string): string {
  if (kind.startsWith('renderer')) {
    if (/^ServiceWorker/.test(thread)) return `${kind} / service worker thread`;
    if (thread === 'chromium' || thread === 'CrRendererMain') return `${kind} / main thread`;
    return `${kind} / other threads`;
  }
  return kind;
}

const ticks = new Map<string, { cls: string; ticks: number }>();
const kinds = new Map<string, string>(); // pid:start → kind
const threadNames = new Map<string, number>(); // renderer thread name → ticks (for the record)

const seenDebug = new Set<string>();
function sample(root: number) {
  // Each process's key and kind, read once per sample (undefined: gone since its threads were read).
  const processes = new Map<number, { key: string; kind: string } | undefined>();
  const processOf = (pid: number) => {
    if (processes.has(pid)) return processes.get(pid);
    const stat = readProc(`/proc/${pid}/stat`);
    let known: { key: string; kind: string } | undefined;
    if (stat) {
      const start = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
      const key = `${pid}:${start}`;
      // Read again each time: the wrapper script execs Chromium, and a zygote child renames itself.
      // (An exited process's command line reads empty: it keeps the kind it had.)
      const fresh = kindOf(readProc(`/proc/${pid}/cmdline`) ?? '');
      const kind = fresh === 'other: ' ? (kinds.get(key) ?? fresh) : fresh;
      kinds.set(key, kind);
      if (process.env.CPU_BY_TYPE_DEBUG && kind === 'chromium browser' && !seenDebug.has(key)) {
        seenDebug.add(key);
        console.error('browser?', pid, (readProc(`/proc/${pid}/cmdline`) ?? '').replaceAll('\0', ' ').slice(0, 300));
      }
      known = { key, kind };
    }
    processes.set(pid, known);
    return known;
  };
  for (const thread of treeThreads(root)) {
    const proc = processOf(thread.pid);
    if (!proc) continue;
    ticks.set(`${proc.key}:${thread.tid}:${thread.started}`, { cls: classOf(proc.kind, thread.name), ticks: thread.ticks });
    if (!proc.kind.startsWith('node')) threadNames.set(`${proc.kind}|${thread.name}|${proc.key}:${thread.tid}`, thread.ticks);
  }
}

function count(values: Iterable<string>): Map<string, number> {
  const m = new Map<string, number>();
  for (const v of values) m.set(v, (m.get(v) ?? 0) + 1);
  return m;
}

const started = performance.now();
const loadBefore = readProc('/proc/loadavg')!.split(' ').slice(0, 3).join(' ');
const child = spawn(cmd, args, { stdio: 'inherit' });
const timer = setInterval(() => sample(child.pid!), 200);
child.on('close', (code) => {
  clearInterval(timer);
  const wall = (performance.now() - started) / 1000;
  const sums = new Map<string, number>();
  let total = 0;
  for (const { cls, ticks: t } of ticks.values()) {
    sums.set(cls, (sums.get(cls) ?? 0) + t / 100);
    total += t / 100;
  }
  const byName = new Map<string, number>();
  for (const [k, t] of threadNames) {
    const [kind, name] = k.split('|');
    byName.set(`${kind} ${name}`, (byName.get(`${kind} ${name}`) ?? 0) + t / 100);
  }
  const load = readProc('/proc/loadavg')!.split(' ').slice(0, 3).join(' ');
  const lines = [...sums].sort((a, b) => b[1] - a[1]).map(([cls, s]) => `  ${s.toFixed(1).padStart(7)}  ${cls}`);
  const threads = [...byName].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([n, s]) => `      ${s.toFixed(1).padStart(6)}  ${n}`);
  console.error(
    [
      `cpu-by-type: ${total.toFixed(1)} CPU-s in ${wall.toFixed(1)} s wall (load average before ${loadBefore}, after ${load})`,
      ...lines,
      `  processes: ${[...count(kinds.values())].map(([k, n]) => `${k} ×${n}`).join(', ')}`,
      '  Chromium threads:',
      ...threads,
    ].join('\n'),
  );
  process.exit(code ?? 1);
});
