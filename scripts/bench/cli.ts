/**
 * The command line as a user runs it: the built bin (dist-cli/, rebuilt first) started with plain
 * `node`, one process per call.
 * - Start-up: `chartlint version`, `chartlint explain M99.60 --json` and `chartlint lookup "foram sten
 *   head" --json`, wall and CPU time per process. The built CLI reads each release's catalog one
 *   category at a time (src/cli/catalog-tables.ts), so `explain` does not parse the whole catalog.
 * - Batch: `chartlint analyze --jsonl` over 16 MiB of real notes (the MTSamples spine notes in
 *   test/corpus, repeated, each with the codes our annotators judged likely), against the floor of
 *   one precompiled RegExp sweep of the stenosis vocabulary over the same note texts, timed in the
 *   same run. The batch time is end to end: start-up, catalog load in every worker, JSON in and out.
 * - Memory: peak RSS of the batch on 2 MiB and 16 MiB of input (streaming means it does not grow).
 *
 * `npm run bench:cli` runs only this suite; `npm run bench` runs it with the others.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, closeSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { ANCHOR, MECHANISM_WORDS, SITE_WORDS } from '../../src/core/mentions/lexicon';
import { buildCli } from '../build-cli';
import { median, type BenchSuite, type SuiteResult } from './_suite';

const root = new URL('../../', import.meta.url);
const MiB = 1024 * 1024;
/** Batch runs timed against the floor (each bracketed by two floor sweeps). */
const ROUNDS = 7;

/** The floor, as in scripts/bench/analyze.ts: one sweep of the words analyze() anchors on. */
const FLOOR = new RegExp([ANCHOR.source, ...SITE_WORDS.map((s) => s.pattern.source), ...MECHANISM_WORDS.map((m) => m.pattern.source)].join('|'), 'gi');

function sweep(text: string): number {
  let count = 0;
  FLOOR.lastIndex = 0;
  while (FLOOR.exec(text) !== null) count++;
  return count;
}

/** Children's CPU seconds so far (Linux /proc; clock ticks of 10 ms), NaN elsewhere. */
function childCpuMs(): number {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]?.split(' ') ?? [];
    // After "pid (comm) ", cutime and cstime are fields 14 and 15 (0-based 13, 14).
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return NaN;
  }
}

type Run = { wallMs: number; cpuMs: number; peakRssMb?: number; status: number | null };
const hasGnuTime = existsSync('/usr/bin/time');

/** Runs the built CLI once with stdout to /dev/null; wall, CPU of the child and (with GNU time) peak RSS. */
function runCli(entry: string, args: string[]): Run {
  const sink = openSync('/dev/null', 'w');
  const cpuBefore = childCpuMs();
  const start = performance.now();
  const argv = hasGnuTime ? ['-f', '%M', process.execPath, entry, ...args] : [entry, ...args];
  const r = spawnSync(hasGnuTime ? '/usr/bin/time' : process.execPath, argv, { stdio: ['ignore', sink, 'pipe'], encoding: 'utf8' });
  const wallMs = performance.now() - start;
  closeSync(sink);
  const peakKb = hasGnuTime ? Number(r.stderr.trim().split('\n').at(-1)) : NaN;
  return { wallMs, cpuMs: childCpuMs() - cpuBefore, ...(Number.isFinite(peakKb) ? { peakRssMb: Math.round(peakKb / 1024) } : {}), status: r.status };
}

type Note = { text: string; codes: string[] };

/** The MTSamples spine notes with their annotated likely codes (test/corpus, real text). */
export function realNotes(): Note[] {
  const rows = parse<{ transcription: string; '': string }>(readFileSync(new URL('test/corpus/mtsamples-spine/mtsamples-spine.csv', root)), { columns: true });
  const codesById = new Map<string, string[]>();
  for (const line of readFileSync(new URL('test/corpus/mtsamples-spine/annotations.jsonl', root), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const a = JSON.parse(line) as { noteId: number; likelyIcd10cm?: { code: string }[]; m99Candidates?: { code?: string }[] };
    codesById.set(String(a.noteId), [...(a.likelyIcd10cm ?? []).map((c) => c.code), ...(a.m99Candidates ?? []).flatMap((c) => (c.code ? [c.code] : []))]);
  }
  return rows.map((r) => ({ text: r.transcription, codes: codesById.get(r['']) ?? [] }));
}

/** Writes `bytes` of JSON Lines, cycling through the notes; returns the note texts written. */
export function writeBatch(path: string, notes: Note[], bytes: number): string[] {
  const lines: string[] = [];
  const texts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const note = notes[i % notes.length] as Note;
    const line = `${JSON.stringify({ codes: note.codes, text: note.text })}\n`;
    lines.push(line);
    texts.push(note.text);
    size += Buffer.byteLength(line);
  }
  writeFileSync(path, lines.join(''));
  return texts;
}

const fmt = (x: number) => (x < 10 ? x.toFixed(1) : x.toFixed(0));

export async function runCliBench(): Promise<SuiteResult> {
  const dir = mkdtempSync(join(tmpdir(), 'chartlint-bench-cli-'));
  try {
    const entry = await buildCli(join(dir, 'dist-cli'));
    // Start-up: one warm-up run each (file cache), then medians.
    runCli(entry, ['version']);
    const version = Array.from({ length: 9 }, () => runCli(entry, ['version']));
    runCli(entry, ['explain', 'M99.60', '--json']);
    const explain = Array.from({ length: 7 }, () => runCli(entry, ['explain', 'M99.60', '--json']));
    const lookupArgs = ['lookup', 'foram sten head', '--json'];
    runCli(entry, lookupArgs);
    const lookup = Array.from({ length: 5 }, () => runCli(entry, lookupArgs));
    const dataBytes = readdirSync(join(dir, 'dist-cli', 'data')).reduce((n, f) => n + statSync(join(dir, 'dist-cli', 'data', f)).size, 0);

    const notes = realNotes();
    const big = join(dir, 'notes-16mib.jsonl');
    const texts = writeBatch(big, notes, 16 * MiB);
    const small = join(dir, 'notes-2mib.jsonl');
    writeBatch(small, notes, 2 * MiB);
    const jobs = availableParallelism();

    // Each round brackets one batch run between two floor sweeps and compares the batch with their
    // mean, so load from other processes that comes and goes during a round hits both sides alike;
    // the gate is the median of the per-round ratios. One ratio of medians taken over three runs
    // swung from 5.0 to 9.3x on this shared 2-core host as the floor alone moved 315-496 ms.
    // The gate compares the batch's wall time (all cores) with the floor's wall time (one thread);
    // the CPU times of both are recorded beside it, since wall time on this shared machine includes waiting.
    const floorSweep = () => {
      const cpu = process.cpuUsage();
      const start = performance.now();
      for (const t of texts) sweep(t);
      const wallMs = performance.now() - start;
      const used = process.cpuUsage(cpu);
      return { wallMs, cpuMs: (used.user + used.system) / 1000 };
    };
    floorSweep(); // compiles the RegExp and reads every text once before anything is timed
    const rounds: { floorMs: number; floorCpuMs: number; batch: Run; ratio: number; cpuRatio: number }[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      const before = floorSweep();
      const run = runCli(entry, ['analyze', '--jsonl', big, '--jobs', String(jobs)]);
      const after = floorSweep();
      const floorMs = (before.wallMs + after.wallMs) / 2;
      const floorCpuMs = (before.cpuMs + after.cpuMs) / 2;
      rounds.push({ floorMs, floorCpuMs, batch: run, ratio: run.wallMs / floorMs, cpuRatio: run.cpuMs / floorCpuMs });
    }
    const batch = rounds.map((r) => r.batch);
    const oneJob = runCli(entry, ['analyze', '--jsonl', big, '--jobs', '1']);
    const smallRun = runCli(entry, ['analyze', '--jsonl', small, '--jobs', String(jobs)]);

    const floor = median(rounds.map((r) => r.floorMs));
    const batchWall = median(batch.map((r) => r.wallMs));
    const batchCpu = median(batch.map((r) => r.cpuMs));
    const ratio = median(rounds.map((r) => r.ratio));
    const cpuRatio = median(rounds.map((r) => r.cpuRatio));
    const floorCpu = median(rounds.map((r) => r.floorCpuMs));
    const versionMs = median(version.map((r) => r.wallMs));
    const explainMs = median(explain.map((r) => r.wallMs));
    const lookupMs = median(lookup.map((r) => r.wallMs));
    const data = {
      jobs,
      version: { wallMs: versionMs, cpuMs: median(version.map((r) => r.cpuMs)), peakRssMb: version[0]?.peakRssMb },
      explain: { wallMs: explainMs, cpuMs: median(explain.map((r) => r.cpuMs)), peakRssMb: explain[0]?.peakRssMb },
      lookup: { wallMs: lookupMs, cpuMs: median(lookup.map((r) => r.cpuMs)), peakRssMb: lookup[0]?.peakRssMb },
      dataBytes,
      batch: {
        inputBytes: statSync(big).size,
        notes: texts.length,
        floorMs: floor,
        floorCpuMs: floorCpu,
        wallMs: batchWall,
        cpuMs: batchCpu,
        ratio,
        cpuRatio,
        rounds: rounds.map((r) => ({ floorMs: Math.round(r.floorMs), wallMs: Math.round(r.batch.wallMs), cpuMs: Math.round(r.batch.cpuMs), ratio: Number(r.ratio.toFixed(2)), cpuRatio: Number(r.cpuRatio.toFixed(2)) })),
        exitStatus: batch[0]?.status,
        oneJobWallMs: oneJob.wallMs,
        oneJobCpuMs: oneJob.cpuMs,
        peakRssMb16MiB: batch[0]?.peakRssMb,
        peakRssMb2MiB: smallRun.peakRssMb,
      },
    };
    const markdown = [
      `The built bin (dist-cli/, plain node), one process per call; medians of 9 (version), 7 (explain) and 5 (lookup) runs after a warm-up. Wall time includes waiting for other processes on this shared machine; CPU is the child's user+system time. Data shipped in dist-cli/data/: ${(dataBytes / MiB).toFixed(1)} MiB (both releases' catalog tables, notes, index terms, changes and lookup indexes).`,
      '',
      '| call | wall ms | CPU ms | peak RSS |',
      '|---|---|---|---|',
      `| chartlint version | ${fmt(versionMs)} | ${fmt(data.version.cpuMs)} | ${data.version.peakRssMb ?? '?'} MB |`,
      `| chartlint explain M99.60 --json | ${fmt(explainMs)} | ${fmt(data.explain.cpuMs)} | ${data.explain.peakRssMb ?? '?'} MB |`,
      `| chartlint lookup "foram sten head" --json | ${fmt(lookupMs)} | ${fmt(data.lookup.cpuMs)} | ${data.lookup.peakRssMb ?? '?'} MB |`,
      '',
      `Batch: \`chartlint analyze --jsonl\` over ${(data.batch.inputBytes / MiB).toFixed(1)} MiB (${texts.length} real MTSamples spine notes, repeated) with --jobs ${jobs}, ${ROUNDS} rounds, each one batch run between two sweeps of the floor (one precompiled RegExp sweep of the stenosis vocabulary over the same texts, in this process): median ${fmt(batchWall)} ms wall, ${fmt(batchCpu)} ms CPU over all threads; floor median ${fmt(floor)} ms wall, ${fmt(floorCpu)} ms CPU. Ratio ${ratio.toFixed(2)}× (median of the rounds' wall-against-wall ratios, the target's measure; rounds ${data.batch.rounds.map((r) => `${r.ratio}× (${r.wallMs}/${r.floorMs} ms)`).join(', ')}); CPU against CPU ${cpuRatio.toFixed(2)}× (median of the rounds'). With --jobs 1: ${fmt(oneJob.wallMs)} ms wall, ${fmt(oneJob.cpuMs)} ms CPU (${fmt((oneJob.cpuMs * 1000) / texts.length)} µs CPU per note).`,
      '',
      `Peak RSS of the batch: ${data.batch.peakRssMb2MiB ?? '?'} MB on 2 MiB of input, ${data.batch.peakRssMb16MiB ?? '?'} MB on 16 MiB (streamed: input size does not show in memory).`,
    ].join('\n');
    const targets = [
      { name: 'chartlint version ≤ 300 ms (wall)', met: versionMs <= 300, detail: `${fmt(versionMs)} ms wall, ${fmt(data.version.cpuMs)} ms CPU` },
      { name: 'chartlint explain M99.60 --json ≤ 600 ms (wall)', met: explainMs <= 600, detail: `${fmt(explainMs)} ms wall, ${fmt(data.explain.cpuMs)} ms CPU` },
      {
        name: 'analyze --jsonl over 16 MiB of real notes ≤ 6× one regex sweep',
        met: ratio <= 6,
        detail: `${ratio.toFixed(2)}× (median of ${ROUNDS} rounds: ${data.batch.rounds.map((r) => r.ratio).join(' / ')}; ${fmt(batchWall)} ms vs ${fmt(floor)} ms wall, --jobs ${jobs}; CPU ${fmt(batchCpu)} ms vs ${fmt(floorCpu)} ms, ${cpuRatio.toFixed(2)}×)`,
      },
      {
        name: 'analyze --jsonl memory does not grow with input (16 MiB peak ≤ 2 MiB peak + 64 MB)',
        met: data.batch.peakRssMb16MiB !== undefined && data.batch.peakRssMb2MiB !== undefined && data.batch.peakRssMb16MiB <= data.batch.peakRssMb2MiB + 64,
        detail: `${data.batch.peakRssMb2MiB ?? '?'} MB → ${data.batch.peakRssMb16MiB ?? '?'} MB`,
      },
    ];
    return { data, markdown, targets };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const suite: BenchSuite = {
  name: 'cli',
  description: 'The built chartlint bin: start-up of version and explain, and analyze --jsonl over 16 MiB of real notes against a regex-sweep floor, with peak memory.',
  run: runCliBench,
};
