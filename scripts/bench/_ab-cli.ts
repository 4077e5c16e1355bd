/**
 * `npx tsx scripts/bench/_ab-cli.ts A/main.mjs B/main.mjs INPUT.jsonl [ROUNDS] [JOBS]`: two built
 * CLIs (dist-cli entries, e.g. a copy of main's build and the working tree's) run
 * `analyze --jsonl INPUT --jobs JOBS` in turn, order alternating per round, each run bracketed by
 * sweeps of the batch gate's floor (scripts/bench/cli.ts), so a change to the bin is judged as the
 * gate judges it and both sides meet the same load on this shared machine. Prints per side the
 * median wall, CPU (children's user+system) and wall/floor ratio, and the median of the paired
 * per-round B/A ratios of wall and of CPU. An INPUT that does not exist is first written as the
 * gate's 16 MiB batch (scripts/bench/cli.ts: the MTSamples spine notes, repeated).
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync } from 'node:fs';
import { ANCHOR, MECHANISM_WORDS, SITE_WORDS } from '../../src/core/mentions/lexicon';
import { median } from './_suite';
import { realNotes, writeBatch } from './cli';

const [a, b, input, rounds = '9', jobs = '2'] = process.argv.slice(2);
if (!a || !b || !input) throw new Error('usage: tsx scripts/bench/_ab-cli.ts A/main.mjs B/main.mjs INPUT.jsonl [ROUNDS] [JOBS]');

if (!existsSync(input)) writeBatch(input, realNotes(), 16 * 1024 * 1024);

const FLOOR = new RegExp([ANCHOR.source, ...SITE_WORDS.map((s) => s.pattern.source), ...MECHANISM_WORDS.map((m) => m.pattern.source)].join('|'), 'gi');
const texts = readFileSync(input, 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => (JSON.parse(line) as { text: string }).text);
function floor(): number {
  const start = performance.now();
  for (const t of texts) {
    FLOOR.lastIndex = 0;
    while (FLOOR.exec(t) !== null);
  }
  return performance.now() - start;
}

/** Children's user+system CPU so far, from /proc (clock ticks of 10 ms). */
function childCpuMs(): number {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[13]) + Number(fields[14])) * 10;
}

function run(entry: string): { wallMs: number; cpuMs: number; ratio: number } {
  const before = floor();
  const sink = openSync('/dev/null', 'w');
  const cpu = childCpuMs();
  const start = performance.now();
  spawnSync(process.execPath, [entry, 'analyze', '--jsonl', input as string, '--jobs', jobs], { stdio: ['ignore', sink, 'inherit'] });
  const wallMs = performance.now() - start;
  const cpuMs = childCpuMs() - cpu;
  closeSync(sink);
  const after = floor();
  return { wallMs, cpuMs, ratio: wallMs / ((before + after) / 2) };
}

floor();
const sides: { wallMs: number; cpuMs: number; ratio: number }[][] = [[], []];
for (let i = 0; i < Number(rounds); i++) {
  const order = i % 2 ? [1, 0] : [0, 1];
  for (const s of order) sides[s]?.push(run(s ? b : a));
}
const [as, bs] = sides as [typeof sides[0], typeof sides[0]];
const row = (name: string, r: typeof as) =>
  `${name}: wall ${median(r.map((x) => x.wallMs)).toFixed(0)} ms, CPU ${median(r.map((x) => x.cpuMs)).toFixed(0)} ms, ratio to floor ${median(r.map((x) => x.ratio)).toFixed(2)}x (${r.map((x) => x.ratio.toFixed(2)).join(' ')})`;
process.stdout.write(`${row('A', as)}\n${row('B', bs)}\n`);
process.stdout.write(
  `B/A paired: wall ${median(as.map((x, i) => (bs[i]?.wallMs ?? NaN) / x.wallMs)).toFixed(3)}, CPU ${median(as.map((x, i) => (bs[i]?.cpuMs ?? NaN) / x.cpuMs)).toFixed(3)}, ratio ${median(as.map((x, i) => (bs[i]?.ratio ?? NaN) / x.ratio)).toFixed(3)}\n`,
);
