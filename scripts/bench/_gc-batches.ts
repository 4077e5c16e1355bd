/**
 * `npx tsx scripts/bench/_gc-batches.ts [--trace] [--rounds R] [--keep DIR] INPUT CALLS BATCHES TREE...`: how
 * much of the analyze bench's per-batch forced collection each tree pays. Bundles each TREE's
 * core (a checkout's root; `.` for this one) with vite, as the bench does, and runs, in a plain
 * `node --expose-gc` child per tree (the trees alternate, R rounds): a warm-up, then BATCHES times
 * a full collection, CALLS untimed calls, CALLS timed calls of analyze() over INPUT (a name of
 * _profile-inputs.ts). Prints per tree and round the median CPU ms per call of the timed batches
 * (process CPU; the calling thread's alone after the slash). With --trace, V8 runs with
 * --trace-deopt --trace-opt and it counts, per batch, what the collection threw away ("weak objects":
 * optimized code that held a shape, or a closure, that died) and what was compiled again, in the
 * untimed and in the timed half, and names the functions thrown away. Tracing costs time itself:
 * compare timings without --trace. --keep DIR leaves the bundles in DIR (core0/core.mjs,
 * entry/entry.mjs) for running by hand with other V8 flags.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { bundleLibrary } from './_bundle-cores';

const rest = process.argv.slice(2);
const option = (flag: string) => {
  const at = rest.indexOf(flag);
  return at < 0 ? undefined : rest.splice(at, 2)[1];
};
const rounds = Number(option('--rounds') ?? 1);
const keep = option('--keep');
const warm = option('--warm') ?? '400';
const noGc = rest.includes('--no-gc');
if (noGc) rest.splice(rest.indexOf('--no-gc'), 1);
const trace = rest.includes('--trace');
if (trace) rest.splice(rest.indexOf('--trace'), 1);
const [name, calls, batches, ...trees] = rest;
if (!name || !calls || !batches || trees.length === 0)
  throw new Error(
    'usage: tsx scripts/bench/_gc-batches.ts [--trace] [--rounds R] INPUT CALLS BATCHES TREE...',
  );
const root = new URL('../../', import.meta.url).pathname;
const work = keep ?? mkdtempSync(join(tmpdir(), 'chartlint-gcb-'));

type Phase = { weak: number; deopts: number; compiles: number; compileMs: number };
const phase = (): Phase => ({ weak: 0, deopts: 0, compiles: 0, compileMs: 0 });

try {
  const cores = [];
  for (const [i, tree] of trees.entries()) {
    const from = resolve(tree);
    if (!existsSync(join(from, 'node_modules')))
      symlinkSync(join(root, 'node_modules'), join(from, 'node_modules'));
    await bundleLibrary(from, 'src/core/index.ts', join(work, `core${i}`), 'core.mjs');
    cores.push(join(work, `core${i}/core.mjs`));
  }
  await bundleLibrary(root, 'scripts/bench/_gc-batches-entry.ts', join(work, 'entry'), 'entry.mjs');
  const flags = trace ? ['--trace-deopt', '--trace-opt'] : [];
  for (let r = 0; r < rounds; r++) {
    for (const [i, core] of cores.entries()) {
      // stdbuf: V8 prints its traces through C stdio; line buffering keeps them in order with the markers.
      const out = execFileSync(
        'stdbuf',
        [
          '-oL',
          process.execPath,
          '--expose-gc',
          ...flags,
          join(work, 'entry/entry.mjs'),
          core,
          name,
          calls,
          batches,
          warm,
          noGc ? 'no-gc' : 'gc',
        ],
        {
          encoding: 'utf8',
          maxBuffer: 256 * 1024 * 1024,
        },
      );
      const cpu: number[] = [];
      const thread: number[] = [];
      const per: { untimed: Phase; timed: Phase }[] = [];
      const thrown = new Map<string, number>();
      let current: Phase | undefined;
      for (const line of out.split('\n')) {
        const m = /^@@(\w+)(?: (\d+))?(?: (\S+) (\S+) (\S+))?/.exec(line);
        if (m) {
          const b = Number(m[2]);
          if (m[1] === 'gc') per[b] = { untimed: phase(), timed: phase() };
          current =
            m[1] === 'untimed'
              ? per[b]?.untimed
              : m[1] === 'timed'
                ? per[b]?.timed
                : m[1] === 'gc'
                  ? per[b]?.untimed
                  : undefined;
          if (m[1] === 'end') {
            cpu.push(Number(m[3]));
            thread.push(Number(m[4]));
          }
          continue;
        }
        if (!current) continue;
        if (/reason: weak objects/.test(line)) {
          current.weak++;
          const fn = /<(?:JSFunction|SharedFunctionInfo) ([^ >]*)/.exec(line)?.[1] || '(anonymous)';
          thrown.set(fn, (thrown.get(fn) ?? 0) + 1);
        } else if (/^\[bailout/.test(line)) current.deopts++;
        else if (/^\[completed compiling/.test(line)) {
          current.compiles++;
          const took = /took ([\d.]+), ([\d.]+), ([\d.]+) ms/.exec(line);
          if (took) current.compileMs += Number(took[1]) + Number(took[2]) + Number(took[3]);
        }
      }
      const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? NaN;
      const load = execFileSync('cat', ['/proc/loadavg'], { encoding: 'utf8' })
        .split(' ')
        .slice(0, 3)
        .join(' ');
      process.stdout.write(
        `round ${r} ${trees[i]}: ${name} x${calls}, ${batches} batches: median ${median(cpu).toFixed(4)} ms CPU/call / ${median(thread).toFixed(4)} thread (load ${load})\n`,
      );
      process.stdout.write(`  per batch CPU ms/call: ${cpu.map((x) => x.toFixed(3)).join(' ')}\n`);
      if (trace) {
        const sum = (k: keyof Phase, h: 'untimed' | 'timed') => per.reduce((s, p) => s + p[h][k], 0);
        const mean = (k: keyof Phase, h: 'untimed' | 'timed') => (sum(k, h) / per.length).toFixed(1);
        process.stdout.write(
          `  per batch (mean), untimed | timed: weak-object deopts ${mean('weak', 'untimed')} | ${mean('weak', 'timed')}, bailouts ${mean('deopts', 'untimed')} | ${mean('deopts', 'timed')}, recompiles ${mean('compiles', 'untimed')} | ${mean('compiles', 'timed')} (${mean('compileMs', 'untimed')} | ${mean('compileMs', 'timed')} ms compiling)\n`,
        );
        process.stdout.write(
          `  thrown away after the collections: ${[...thrown]
            .sort((a, b) => b[1] - a[1])
            .map(([f, n]) => `${f}×${n}`)
            .join(' ')}\n`,
        );
      }
    }
  }
} finally {
  if (keep === undefined) rmSync(work, { recursive: true, force: true });
}
