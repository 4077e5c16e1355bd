/**
 * What the extension's background pays, from the packaged catalog's bytes in memory to its first
 * answer, in a fresh process each time (a new or restarted service worker is a fresh isolate):
 *   before: the gzipped catalog file, inflated, JSON.parsed whole, and built (buildCatalog), as the
 *           worker read it until the per-category table;
 *   after:  the per-category table's gzipped bytes (src/kb/catalog-table.ts) inflated, its index
 *           parsed, opened with openCatalogTable over readTableBytes, as src/background/release-catalog.ts
 *           reads it (with FY2027, the FY2026 table it shares lines with is inflated too).
 * For each, the CPU ms (user + system, this process) and wall ms to the first lookup('M99.60') and,
 * in another fresh process, to an explanation of M99.6 (notes, index terms and the curated prose
 * read before the clock starts: both sides read them the same way). Sides interleaved.
 *   npx tsx scripts/bench/_worker-catalog.ts [RUNS] [RELEASE]
 * Node's zlib stands in for the browser's DecompressionStream (both native).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { buildCatalog, explainFrom, loadM99Curated, openCatalogTable, readTableBytes, toIndexTerms, type Catalog, type CatalogTableIndex, type RawCatalog, type RawIndexTerms, type RawNotes } from '../../src/kb';
import { catalogTable } from '../kb/catalog-table-files';

const root = new URL('../../', import.meta.url);
const dataFile = (version: string, kind: string) => new URL(`src/kb/data/icd10cm-${version.toLowerCase()}.${kind}.json`, root).pathname;
const dir = join(tmpdir(), 'chartlint-worker-catalog');

type Result = { cpu: number; wall: number };

async function child(side: 'before' | 'after', version: string, what: 'lookup' | 'explain'): Promise<Result> {
  const file = (name: string) => readFileSync(join(dir, name));
  const gz = side === 'before' ? file(`${version}.catalog.json.gz`) : undefined;
  const index = side === 'after' ? file(`${version}.index.json`) : undefined;
  const tableGz = side === 'after' ? file(`${version}.table.jsonl.gz`) : undefined;
  const baseGz = side === 'after' ? file(`${version}.base.jsonl.gz`) : undefined;
  const notes = JSON.parse(readFileSync(dataFile(version, 'notes'), 'utf8')) as RawNotes;
  const terms = toIndexTerms(JSON.parse(readFileSync(dataFile(version, 'index-terms'), 'utf8')) as RawIndexTerms);
  const curated = await loadM99Curated();

  const cpu0 = process.cpuUsage();
  const wall0 = performance.now();
  let catalog: Catalog;
  if (gz) catalog = buildCatalog(JSON.parse(gunzipSync(gz).toString('utf8')) as RawCatalog);
  else {
    const parsed = JSON.parse(index!.toString('utf8')) as CatalogTableIndex;
    const table = new Uint8Array(gunzipSync(tableGz!));
    const bytes = parsed.base ? { index: parsed, table, base: new Uint8Array(gunzipSync(baseGz!)) } : { index: parsed, table };
    catalog = openCatalogTable(parsed, readTableBytes(bytes));
  }
  if (what === 'lookup') {
    if (catalog.lookup('M99.60')?.code !== 'M99.60') throw new Error('no M99.60');
  } else {
    const explained = await explainFrom('M99.6', { catalog, notes, terms, curated: () => Promise.resolve(curated) });
    if (explained.code !== 'M99.6') throw new Error('no M99.6');
  }
  const cpu = process.cpuUsage(cpu0);
  return { cpu: (cpu.user + cpu.system) / 1000, wall: performance.now() - wall0 };
}

const [mode, ...rest] = process.argv.slice(2);
if (mode === 'child') {
  const [side, version, what] = rest as ['before' | 'after', string, 'lookup' | 'explain'];
  console.log(JSON.stringify(await child(side, version, what)));
} else {
  const runs = Number(mode ?? 5);
  const version = rest[0] ?? 'FY2026';
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${version}.catalog.json.gz`), gzipSync(readFileSync(dataFile(version, 'catalog')), { level: 9 }));
  const { index, table } = catalogTable(dataFile(version, 'catalog'));
  writeFileSync(join(dir, `${version}.index.json`), `${JSON.stringify(index)}\n`);
  writeFileSync(join(dir, `${version}.table.jsonl.gz`), gzipSync(table, { level: 9 }));
  writeFileSync(join(dir, `${version}.base.jsonl.gz`), gzipSync(index.base ? catalogTable(dataFile('FY2026', 'catalog'), undefined).table : '', { level: 9 }));
  const results = new Map<string, Result[]>();
  for (let i = 0; i < runs; i++)
    for (const what of ['lookup', 'explain'] as const)
      for (const side of ['before', 'after'] as const) {
        const out = execFileSync(process.execPath, [...process.execArgv, new URL(import.meta.url).pathname, 'child', side, version, what], { encoding: 'utf8' });
        const key = `${side} ${what}`;
        results.set(key, [...(results.get(key) ?? []), JSON.parse(out.trim().split('\n').pop()!) as Result]);
      }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  console.log(`${version}, ${runs} fresh processes per row (load average ${load})`);
  for (const [key, rs] of results)
    console.log(
      `  ${key.padEnd(15)} CPU ms median ${median(rs.map((r) => r.cpu)).toFixed(1).padStart(6)} [${rs.map((r) => r.cpu.toFixed(0)).join(' ')}]  wall ms median ${median(rs.map((r) => r.wall)).toFixed(1).padStart(6)}`,
    );
}
