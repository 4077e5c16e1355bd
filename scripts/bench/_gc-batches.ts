/**
 * `npx tsx scripts/bench/_gc-batches.ts [--trace] [--rounds R] [--warm CALLS] [--no-gc] [--keep DIR] INPUT CALLS BATCHES TREE...`:
 * what the analyze bench's forced collection before every batch costs each tree. Bundles each
 * TREE's core (a checkout's root; `.` for this one) with vite, as the bench does, and runs, in a
 * plain `node --expose-gc` child per tree (the trees alternate, R rounds): a warm-up of CALLS calls
 * (--warm, default 3000: what the bench's warm-up gives the dense 10 KB note; 670 before stop 46), then
 * BATCHES times a full collection (none with --no-gc), CALLS untimed and CALLS timed calls of
 * analyze() over INPUT (a name of _profile-inputs.ts), as _measure.ts's timeBatch does. The bench's
 * batch is 25 ms of calls: 50 at dense 10 KB, about 550 at dense 1 KB.
 *
 * Prints per tree and round the median CPU ms per call of the timed batches (process CPU: helper
 * threads' compiles count, as they do in the bench). With --trace, V8 runs with
 * --trace-deopt-verbose --trace-opt, and it counts what was thrown away after the warm-up (by
 * reason: "weak objects" is optimized code that checked a shape, or held a closure, that the
 * collection dropped; see docs/architecture.md, "Stable object shapes") and the optimizing compiles
 * per batch in the untimed and the timed half, first-time ones apart from compiles again, with the
 * timed half's compile ms by function. Counts do not move with the machine's load; timings do, and
 * tracing adds its own time: compare timings without --trace. --keep DIR leaves the bundles in DIR
 * (coreN/core.mjs, entry/entry.mjs) for running by hand with other V8 flags.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { bundleLibrary } from './_bundle-cores';
import { tally } from './_gc-tally';

const rest = process.argv.slice(2);
const option = (flag: string) => {
  const at = rest.indexOf(flag);
  return at < 0 ? undefined : rest.splice(at, 2)[1];
};
const flag = (name: string) => {
  const at = rest.indexOf(name);
  if (at >= 0) rest.splice(at, 1);
  return at >= 0;
};
const rounds = Number(option('--rounds') ?? 1);
const keep = option('--keep');
const warm = option('--warm') ?? '3000';
const noGc = flag('--no-gc');
const trace = flag('--trace');
const [name, calls, batches, ...trees] = rest;
if (!name || !calls || !batches || trees.length === 0)
  throw new Error(
    'usage: tsx scripts/bench/_gc-batches.ts [--trace] [--rounds R] [--warm CALLS] [--no-gc] [--keep DIR] INPUT CALLS BATCHES TREE...',
  );
const root = new URL('../../', import.meta.url).pathname;
const work = keep ?? mkdtempSync(join(tmpdir(), 'chartlint-gcb-'));

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
  const flags = trace ? ['--trace-deopt-verbose', '--trace-opt'] : [];
  for (let r = 0; r < rounds; r++) {
    for (const [i, core] of cores.entries()) {
      // stdbuf: V8 prints its traces through C stdio; line buffering keeps them in order with the markers.
      const args = [
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
      ];
      const out = execFileSync('stdbuf', args, { encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024 });
      const { cpu, compileMs, timedBy, thrown } = tally(out);
      const median = [...cpu].sort((a, b) => a - b)[cpu.length >> 1] ?? NaN;
      const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
      const say = (line: string) => process.stdout.write(`${line}\n`);
      say(
        `round ${r} ${trees[i]}: ${name}, ${calls} calls a batch, ${batches} batches${noGc ? ' (no collections)' : ''}: median ${median.toFixed(4)} ms CPU a call (load ${load})`,
      );
      say(`  per batch: ${cpu.map((x) => x.toFixed(3)).join(' ')}`);
      if (!trace) continue;
      const n = cpu.length;
      const per = (ms: number) => (ms / n).toFixed(2);
      say(
        `  compile ms a batch, untimed | timed half: first-time ${per(compileMs.first.untimed)} | ${per(compileMs.first.timed)}, again ${per(compileMs.again.untimed)} | ${per(compileMs.again.timed)}`,
      );
      say(
        `  thrown away after the warm-up: ${[...thrown].map(([k, v]) => `${k} ×${v}`).join(', ') || 'nothing'}`,
      );
      const top = [...timedBy].sort((a, b) => b[1] - a[1]).slice(0, 8);
      say(
        `  timed halves' compile ms, all batches: ${top.map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ')}`,
      );
    }
  }
} finally {
  if (keep === undefined) rmSync(work, { recursive: true, force: true });
}
