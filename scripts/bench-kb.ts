/**
 * Measures what the knowledge base costs: raw and gzipped size of every shipped data file, and
 * how long the catalog takes to parse and index in Node. A report, not a test: speed targets
 * live here, never in timed unit tests. Run: npx tsx scripts/bench-kb.ts
 */
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { buildCatalog } from '../src/kb/catalog.ts';
import type { RawCatalog } from '../src/kb/raw-types.ts';

const ROOT = new URL('..', import.meta.url).pathname;
const BUDGET_GZ = 1.5 * 1024 * 1024;
const kb = (n: number) => `${(n / 1024).toFixed(0)} KiB`;

let totalRaw = 0;
let totalGz = 0;
for (const dir of ['src/kb/data', 'src/kb/curated']) {
  for (const f of readdirSync(ROOT + dir).filter((x) => x.endsWith('.json')).sort()) {
    const bytes = readFileSync(`${ROOT}${dir}/${f}`);
    const gz = gzipSync(bytes, { level: 9 }).length;
    totalRaw += bytes.length;
    totalGz += gz;
    console.log(`${`${dir}/${f}`.padEnd(52)} raw ${kb(bytes.length).padStart(10)}  gzip ${kb(gz).padStart(8)}`);
  }
}
console.log(`${'total'.padEnd(52)} raw ${kb(totalRaw).padStart(10)}  gzip ${kb(totalGz).padStart(8)}  (budget ${kb(BUDGET_GZ)} gzip: ${totalGz <= BUDGET_GZ ? 'ok' : 'OVER'})`);

const text = readFileSync(`${ROOT}src/kb/data/icd10cm-fy2026.catalog.json`, 'utf8');
const runs = 7;
const parse: number[] = [];
const build: number[] = [];
for (let i = 0; i < runs; i++) {
  const t0 = performance.now();
  const raw = JSON.parse(text) as RawCatalog;
  const t1 = performance.now();
  const catalog = buildCatalog(raw);
  const t2 = performance.now();
  if (catalog.entries.length !== 98186) throw new Error('unexpected catalog size');
  parse.push(t1 - t0);
  build.push(t2 - t1);
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
console.log(`catalog JSON.parse: median ${median(parse).toFixed(0)} ms, first ${parse[0]?.toFixed(0)} ms (${runs} runs, Node ${process.version})`);
console.log(`catalog index build: median ${median(build).toFixed(0)} ms, first ${build[0]?.toFixed(0)} ms`);
const heap = process.memoryUsage().heapUsed;
console.log(`heap used after ${runs} loads: ${(heap / 1024 / 1024).toFixed(0)} MiB`);

// End to end through the public API: first loadCatalog (import + parse + index), then every M99 reference.
const { loadCatalog, explainCode, billableM99Codes } = await import('../src/kb/index.ts');
const t0 = performance.now();
const catalog = await loadCatalog();
const t1 = performance.now();
const m99 = billableM99Codes(catalog);
for (const code of m99) await explainCode(code);
const t2 = performance.now();
console.log(`loadCatalog() first call: ${(t1 - t0).toFixed(0)} ms; explainCode for all ${m99.length} billable M99 codes: ${(t2 - t1).toFixed(0)} ms`);
