/**
 * `npx tsx scripts/bench/_ic.ts REF INPUT[,INPUT...] [WARM] [CALLS]`: instructions per analyze()
 * call of the git commit REF and of the working tree, counted by valgrind (cachegrind without its
 * cache simulation), so the numbers hold whatever the load on the shared machine. Both cores are
 * bundled by vite as _ab.ts bundles them. Each is run twice under `node --single-threaded` (JIT and
 * garbage collector on the counted thread): WARM calls, then WARM + CALLS calls; the difference
 * over CALLS is one warm call. Slow (valgrind runs node some fifty times slower): small CALLS, and
 * the four runs of an input go in parallel.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { bundleCores, bundleLibrary } from './_bundle-cores';

const [ref, inputs = 'dense-10kb', warm = '30', calls = '20'] = process.argv.slice(2);
if (!ref) throw new Error('usage: tsx scripts/bench/_ic.ts REF INPUT[,INPUT...] [WARM] [CALLS]');
const root = new URL('../../', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'chartlint-ic-'));
const run = promisify(execFile);

/** Instructions valgrind counts for one run of the entry with `core` over `input`. */
async function instructions(core: string, input: string, total: number): Promise<number> {
  const out = join(work, `cg.${Math.random().toString(36).slice(2)}`);
  const args = ['--tool=cachegrind', '--cache-sim=no', `--cachegrind-out-file=${out}`, process.execPath, '--single-threaded', join(work, 'entry/ic.mjs'), core, input, warm, String(total)];
  await run('valgrind', args, { maxBuffer: 64 * 1024 * 1024 });
  // The summary line of the output file: "summary: N".
  const summary = /^summary:\s+(\d+)/m.exec(readFileSync(out, 'utf8'));
  if (!summary) throw new Error(`no summary in ${out}`);
  return Number(summary[1]);
}

try {
  const cores = await bundleCores(ref, work);
  await bundleLibrary(root, 'scripts/bench/_ic-entry.ts', join(work, 'entry'), 'ic.mjs');
  const n = Number(calls);
  for (const input of inputs.split(',')) {
    const [b0, b1, n0, n1] = await Promise.all([
      instructions(cores.base, input, 0),
      instructions(cores.base, input, n),
      instructions(cores.next, input, 0),
      instructions(cores.next, input, n),
    ]);
    const base = (b1 - b0) / n;
    const next = (n1 - n0) / n;
    const m = (x: number) => `${(x / 1e6).toFixed(2)} M`.padStart(10);
    process.stdout.write(`${input.padEnd(16)} base ${m(base)} | new ${m(next)} instructions per call | ratio ${(next / base).toFixed(3)}\n`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
