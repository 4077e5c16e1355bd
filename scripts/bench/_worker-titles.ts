/**
 * What the extension's background pays to resolve a page's first official title to its code, from
 * the packaged files' bytes in memory, in a fresh process each time (a new or restarted service
 * worker is a fresh isolate):
 *   before: the per-category table inflated, every row decoded (decodeCatalogTable) and the Map of
 *           every normalised long and short title built (buildTitleIndex), as the worker did until
 *           the title hashes;
 *   after:  the table and the titles' (hash, entry index) pairs inflated, the table opened
 *           (openCatalogTable) and the title looked up by hash (openTitleHashes), decoding only its
 *           candidates' categories, as src/background/release-catalog.ts loadTitleLookup does.
 * Both resolve the same widget texts (resolveTitles) and must give the same answer. Prints CPU ms
 * (user + system, this process) and wall ms, median of RUNS fresh processes per side, interleaved.
 *   npx tsx scripts/bench/_worker-titles.ts [RUNS] [RELEASE]
 * Node's zlib stands in for the browser's DecompressionStream (both native).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { decodeCatalogTable, encodeTitleHashes, openCatalogTable, openTitleHashes, readTableBytes, type CatalogTableIndex, type RawCatalog } from '../../src/kb';
import { buildTitleIndex, resolveTitles } from '../../src/background/title-index';
import { catalogTable } from '../kb/catalog-table-files';

const root = new URL('../../', import.meta.url);
const dataFile = (version: string) => new URL(`src/kb/data/icd10cm-${version.toLowerCase()}.catalog.json`, root).pathname;
const dir = join(tmpdir(), 'chartlint-worker-titles');
// What a diagnosis widget shows: a long title with a status and a remove mark, a short title, free text.
const TEXTS = ['Osseous and subluxation stenosis of intervertebral foramina of head region – Active ×', 'Spinal stenosis, lumbar region without neurogenic claudication', 'neck pain'];

type Result = { cpu: number; wall: number; found: string };

function child(side: 'before' | 'after', version: string): Result {
  const file = (name: string) => readFileSync(join(dir, name));
  const indexText = file(`${version}.index.json`);
  const tableGz = file(`${version}.table.jsonl.gz`);
  const baseGz = file(`${version}.base.jsonl.gz`);
  const titlesGz = file(`${version}.titles.bin.gz`);

  const cpu0 = process.cpuUsage();
  const wall0 = performance.now();
  const index = JSON.parse(indexText.toString('utf8')) as CatalogTableIndex;
  const table = new Uint8Array(gunzipSync(tableGz));
  const bytes = index.base ? { index, table, base: new Uint8Array(gunzipSync(baseGz)) } : { index, table };
  let found: Record<string, string>;
  if (side === 'before') found = resolveTitles(buildTitleIndex(decodeCatalogTable(index, readTableBytes(bytes)).entries), TEXTS);
  else {
    const catalog = openCatalogTable(index, readTableBytes(bytes));
    const words = gunzipSync(titlesGz);
    found = resolveTitles(openTitleHashes(new Uint32Array(words.buffer, words.byteOffset, words.length / 4), (i) => catalog.at(i)), TEXTS);
  }
  const cpu = process.cpuUsage(cpu0);
  return { cpu: (cpu.user + cpu.system) / 1000, wall: performance.now() - wall0, found: JSON.stringify(found) };
}

const [mode, ...rest] = process.argv.slice(2);
if (mode === 'child') {
  const [side, version] = rest as ['before' | 'after', string];
  console.log(JSON.stringify(child(side, version)));
} else {
  const runs = Number(mode ?? 5);
  const version = rest[0] ?? 'FY2027';
  mkdirSync(dir, { recursive: true });
  const { index, table } = catalogTable(dataFile(version));
  writeFileSync(join(dir, `${version}.index.json`), `${JSON.stringify(index)}\n`);
  writeFileSync(join(dir, `${version}.table.jsonl.gz`), gzipSync(table, { level: 9 }));
  writeFileSync(join(dir, `${version}.base.jsonl.gz`), gzipSync(index.base ? catalogTable(dataFile('FY2026'), undefined).table : '', { level: 9 }));
  writeFileSync(join(dir, `${version}.titles.bin.gz`), gzipSync(encodeTitleHashes((JSON.parse(readFileSync(dataFile(version), 'utf8')) as RawCatalog).entries), { level: 9 }));
  const results = new Map<string, Result[]>();
  for (let i = 0; i < runs; i++)
    for (const side of ['before', 'after'] as const) {
      const out = execFileSync(process.execPath, [...process.execArgv, new URL(import.meta.url).pathname, 'child', side, version], { encoding: 'utf8' });
      results.set(side, [...(results.get(side) ?? []), JSON.parse(out.trim().split('\n').pop()!) as Result]);
    }
  const answers = new Set([...results.values()].flat().map((r) => r.found));
  if (answers.size !== 1) throw new Error(`the sides answer differently: ${[...answers].join(' / ')}`);
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  console.log(`${version}, ${runs} fresh processes per side (load average ${load}); both answer ${[...answers][0]}`);
  for (const [side, rs] of results)
    console.log(`  ${side.padEnd(7)} CPU ms median ${median(rs.map((r) => r.cpu)).toFixed(1).padStart(7)} [${rs.map((r) => r.cpu.toFixed(0)).join(' ')}]  wall ms median ${median(rs.map((r) => r.wall)).toFixed(1).padStart(7)}`);
}
