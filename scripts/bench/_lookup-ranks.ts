/**
 * Where the lookup ranks each relevance query's expected codes: hit@1, hit@3, hit@5 and MRR
 * (reciprocal rank of the first expected code in the top 20, 0 when absent), overall and by the
 * queries' `split`, from an index built from the source (so a ranking or index change is measured
 * before the prebuilt index is rebuilt).
 *
 *   npx tsx scripts/bench/_lookup-ranks.ts [QUERIES.json] [--split NAME] [--show] [--out RANKS.json]
 *
 * --show lists every query with its rank and top 3; --out writes { query: rank } to compare runs;
 * --time also reports the query time (each query's median of 15 runs, then p50/p95/max across them).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { buildCatalog } from '../../src/kb/catalog';
import type { RawCatalog, RawIndexTerms } from '../../src/kb/raw-types';
import { buildSearchIndex } from '../../src/kb/search/build-search-index';
import type { LookupIndexWords } from '../../src/kb/search/index-words';
import { searchCodes } from '../../src/kb/search/search-codes';

type Query = { q: string; expect: string[]; kind: string; split?: string };
const root = new URL('../../', import.meta.url);
const readJson = (path: string): unknown => JSON.parse(readFileSync(new URL(path, root), 'utf8'));

const args = process.argv.slice(2);
const flag = (name: string) => {
  const at = args.indexOf(name);
  return at < 0 ? undefined : (args.splice(at, 2)[1] ?? '');
};
const show = args.includes('--show');
const time = args.includes('--time');
const split = flag('--split');
const out = flag('--out');
const file = args.find((a) => !a.startsWith('--')) ?? 'src/kb/search/queries.json';

const catalog = buildCatalog(readJson('src/kb/data/icd10cm-fy2026.catalog.json') as RawCatalog);
const indexTerms = readJson('src/kb/data/icd10cm-fy2026.index-terms.json') as RawIndexTerms;
const lookupIndexTerms = (readJson('src/kb/search/data/index-words.json') as LookupIndexWords).entries;
const index = buildSearchIndex(catalog, { indexTerms, lookupIndexTerms });

const queries = (JSON.parse(readFileSync(file, 'utf8')) as { queries: Query[] }).queries.filter(
  (q) => split === undefined || (q.split ?? '') === split,
);
const ranks: Record<string, number | null> = {};
const rows = queries.map((q) => {
  const codes = searchCodes(index, q.q, { limit: 20 }).hits.map((h) => h.entry.code);
  const i = codes.findIndex((c) => q.expect.includes(c));
  ranks[q.q] = i < 0 ? null : i + 1;
  return { q, rank: i < 0 ? undefined : i + 1, top: codes.slice(0, 3) };
});
const score = (rs: (number | undefined)[]) => ({
  n: rs.length,
  hit1: rs.filter((r) => r === 1).length,
  hit3: rs.filter((r) => r !== undefined && r <= 3).length,
  hit5: rs.filter((r) => r !== undefined && r <= 5).length,
  mrr: rs.reduce((s: number, r) => s + (r ? 1 / r : 0), 0) / Math.max(1, rs.length),
});
const line = (name: string, s: ReturnType<typeof score>) =>
  `${name.padEnd(12)} n=${s.n} hit@1 ${s.hit1} (${((100 * s.hit1) / s.n).toFixed(1)}%) hit@3 ${s.hit3} (${((100 * s.hit3) / s.n).toFixed(1)}%) hit@5 ${s.hit5} MRR ${s.mrr.toFixed(3)}`;
if (show)
  for (const r of rows)
    process.stdout.write(
      `${String(r.rank ?? '-').padStart(2)}  ${r.q.q.padEnd(40)} want ${r.q.expect.slice(0, 3).join('/')}  got ${r.top.join(' ')}\n`,
    );
process.stdout.write(`${line('all', score(rows.map((r) => r.rank)))}\n`);
for (const s of [...new Set(rows.map((r) => r.q.split ?? ''))])
  process.stdout.write(
    `${line(s || '(none)', score(rows.filter((r) => (r.q.split ?? '') === s).map((r) => r.rank)))}\n`,
  );
if (time) {
  const per = queries.map((q) => {
    const runs: number[] = [];
    for (let k = 0; k < 15; k++) {
      const start = performance.now();
      searchCodes(index, q.q, { limit: 20 });
      runs.push(performance.now() - start);
    }
    return runs.sort((a, b) => a - b)[7] ?? 0;
  });
  per.sort((a, b) => a - b);
  const at = (p: number) => (per[Math.min(per.length - 1, Math.ceil(p * per.length) - 1)] ?? 0).toFixed(3);
  process.stdout.write(`query ms (limit 20): p50 ${at(0.5)} p95 ${at(0.95)} max ${at(1)}\n`);
}
if (out) writeFileSync(out, `${JSON.stringify(ranks, null, 1)}\n`);
