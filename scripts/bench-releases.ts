/**
 * What carrying two ICD-10-CM releases costs: the service worker's catalog memory (one release,
 * both at once, and the one-at-a-time policy src/background/release-catalog.ts follows), the popup
 * lookup per release (catalog build + prebuilt index decode, then every keystroke of the relevance
 * queries), and the knowledge-base build per release. A report, not a test: no thresholds in tests.
 *
 * Run: node --expose-gc --import tsx scripts/bench-releases.ts   (writes reports/releases.md and .json)
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { buildCatalog } from '../src/kb/catalog';
import type { RawCatalog, RawChanges } from '../src/kb/raw-types';
import { historyFor, withHistory } from '../src/kb/release-history';
import { deserializeSearchIndex, type SerializedSearchIndex } from '../src/kb/search/serialize-search-index';
import { searchCodes } from '../src/kb/search/search-codes';
import { RELEASE_TABLE } from './kb/release-table';

const root = new URL('..', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc --import tsx scripts/bench-releases.ts');
const settle = () => {
  for (let i = 0; i < 4; i++) gc();
  return process.memoryUsage().heapUsed;
};
const mib = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(0.95 * xs.length) - 1)] ?? NaN;
const versions = RELEASE_TABLE.map((r) => r.version);
const file = (v: string) => `src/kb/data/icd10cm-${v.toLowerCase()}`;

// ---------------------------------------------------------------------------------------------
// Worker memory: what loadCodeLookup holds per release (the raw catalog as read, the built catalog
// and its lookup, the small change tables), measured as retained heap after full GCs.
type Held = { raw: RawCatalog; lookup: unknown };
const loadWorkerRelease = (v: string): Held => {
  const raw = JSON.parse(read(`${file(v)}.catalog.json`)) as RawCatalog;
  const changes = JSON.parse(read(`${file(v)}.changes.json`)) as RawChanges;
  const lookup = withHistory(buildCatalog(raw).lookup, v, historyFor(changes, undefined));
  return { raw, lookup };
};
const base = settle();
const memory: Record<string, number> = {};
const oneAtATime: number[] = [];
/** Loads every release and keeps them all (what the worker would hold without the one-at-a-time rule). */
function together(): void {
  const held: Held[] = [];
  for (const v of versions) {
    held.push(loadWorkerRelease(v));
    memory[`after ${v}`] = mib(settle() - base);
  }
  memory.allReleasesHeld = mib(settle() - base);
  if (held.length !== versions.length) throw new Error('unreachable');
}
/** The worker's rule: one release held; switching lets the previous one go. */
function oneByOne(): void {
  const slot: { current?: Held } = {};
  for (const v of versions) {
    // Let the previous release go before reading the next one, as release-catalog.ts does.
    delete slot.current;
    slot.current = loadWorkerRelease(v);
    oneAtATime.push(mib(settle() - base));
  }
}
together();
memory.afterRelease = mib(settle() - base);
oneByOne();

// ---------------------------------------------------------------------------------------------
// Popup lookup per release: catalog build + prebuilt index decode, then every keystroke.
type Query = { q: string };
const queries = (JSON.parse(read('src/kb/search/queries.json')) as { queries: Query[] }).queries.map((x) => x.q);
const keystrokes = queries.flatMap((q) => Array.from({ length: q.trim().length }, (_, i) => q.trim().slice(0, i + 1)));
const lookup: Record<string, { readyMs: number; keystrokeP50Ms: number; keystrokeP95Ms: number; keystrokes: number; m9960Top: string | undefined }> = {};
for (const v of versions) {
  const rawText = read(`${file(v)}.catalog.json`);
  const indexText = read(`src/kb/search/data/icd10cm-${v.toLowerCase()}.lookup-index.json`);
  const ready: number[] = [];
  let index: ReturnType<typeof deserializeSearchIndex> | undefined;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    const catalog = buildCatalog(JSON.parse(rawText) as RawCatalog);
    index = deserializeSearchIndex(JSON.parse(indexText) as SerializedSearchIndex, catalog);
    ready.push(performance.now() - t0);
  }
  if (!index) throw new Error('no index');
  const times: number[] = [];
  for (const k of keystrokes) {
    const t0 = performance.now();
    searchCodes(index, k, { limit: 20 });
    times.push(performance.now() - t0);
  }
  lookup[v] = {
    readyMs: Math.round(median(ready)),
    keystrokeP50Ms: Math.round(median(times) * 100) / 100,
    keystrokeP95Ms: Math.round(p95(times) * 100) / 100,
    keystrokes: times.length,
    m9960Top: searchCodes(index, 'm9960', { limit: 1 }).hits[0]?.entry.code,
  };
}

// ---------------------------------------------------------------------------------------------
// Build per release (the build script prints its own time per release).
const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-kb.ts', '--check'], { cwd: root.pathname, encoding: 'utf8' });
const build: Record<string, number> = Object.fromEntries([...run.stdout.matchAll(/^(FY\d{4}): (\d+) ms$/gm)].map((m) => [m[1] ?? '?', Number(m[2])]));

const report = {
  date: new Date().toISOString(),
  machine: { node: process.version, cpus: os.cpus().length, load: os.loadavg().map((x) => Math.round(x * 10) / 10) },
  workerMemoryMiB: { ...memory, oneAtATime, budget: 60 },
  popupLookup: lookup,
  buildKbCheckMs: build,
};
writeFileSync(new URL('reports/releases.json', root), `${JSON.stringify(report, null, 2)}\n`);
const md = [
  '# Two ICD-10-CM releases: memory, popup lookup, build (scripts/bench-releases.ts)',
  '',
  `${report.date}, Node ${process.version}, ${os.cpus().length} cores, load ${report.machine.load.join(' / ')} (shared machine: times are indicative).`,
  '',
  '## Service worker catalog memory (retained heap after GC, MiB)',
  '',
  '| what | MiB |',
  '|---|---|',
  ...Object.entries(memory).map(([k, x]) => `| ${k} (cumulative) | ${x} |`),
  `| one at a time (the worker's policy): ${versions.join(' then ')} | ${oneAtATime.join(' then ')} |`,
  '',
  `Budget: 60 MiB for the catalogs. Both together exceed it, so the worker holds one release at a time (src/background/release-catalog.ts, code-lookup.ts): asking for another release lets the previous one go. The change tables (addenda) stay, a few hundred KiB. The "all releases held" row is what the worker would hold without that rule.`,
  '',
  '## Popup lookup per release',
  '',
  '| release | ready (catalog build + prebuilt index decode), median of 3 | keystroke p50 | keystroke p95 | keystrokes | top hit for "m9960" |',
  '|---|---|---|---|---|---|',
  ...Object.entries(lookup).map(([v, x]) => `| ${v} | ${x.readyMs} ms | ${x.keystrokeP50Ms} ms | ${x.keystrokeP95Ms} ms | ${x.keystrokes} | ${x.m9960Top ?? '-'} |`),
  '',
  '## build:kb --check per release',
  '',
  ...Object.entries(build).map(([v, x]) => `- ${v}: ${x} ms (the first release also parses the shared tabular and index XML)`),
  '',
];
writeFileSync(new URL('reports/releases.md', root), md.join('\n'));
console.log(md.join('\n'));
