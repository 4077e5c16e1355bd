/**
 * `npx tsx scripts/bench/_lookup-probe.ts FILE [RELEASE] [SPLIT]`: scores a query file shaped like
 * src/kb/search/queries.json (each query optionally with a "split") against the lookup built from
 * the release's catalog and index terms (fy2026 or fy2027; default fy2027, what the popup searches
 * today): each query's rank of its first expected code, then first and top 5 per split and kind.
 * SPLIT limits the run to one split (a held-out set is scored without looking at the tuning one).
 */
import { readFileSync } from 'node:fs';
import { buildCatalog } from '../../src/kb/catalog';
import type { RawCatalog, RawIndexTerms } from '../../src/kb/raw-types';
import { buildSearchIndex } from '../../src/kb/search/build-search-index';
import type { LookupIndexWords } from '../../src/kb/search/index-words';
import { searchCodes } from '../../src/kb/search/search-codes';

type Query = { q: string; expect: string[]; kind: string; split?: string };
const [file, release = 'fy2027', only] = process.argv.slice(2);
if (!file) throw new Error('usage: tsx scripts/bench/_lookup-probe.ts FILE [RELEASE] [SPLIT]');
const root = new URL('../../', import.meta.url);
const read = (path: string): unknown => JSON.parse(readFileSync(new URL(path, root), 'utf8'));
const catalog = buildCatalog(read(`src/kb/data/icd10cm-${release}.catalog.json`) as RawCatalog);
const index = buildSearchIndex(catalog, {
  indexTerms: read(`src/kb/data/icd10cm-${release}.index-terms.json`) as RawIndexTerms,
  lookupIndexTerms: (read('src/kb/search/data/index-words.json') as LookupIndexWords).entries,
});
const queries = (JSON.parse(readFileSync(file, 'utf8')) as { queries: Query[] }).queries.filter(
  (q) => !only || q.split === only,
);

const missing = queries.flatMap((q) => q.expect.filter((c) => !catalog.get(c)).map((c) => `${q.q}: ${c}`));
if (missing.length) process.stdout.write(`expected codes not in ${release}: ${missing.join('; ')}\n`);
const scored = queries.map((q) => {
  const codes = searchCodes(index, q.q, { limit: 20 }).hits.map((h) => h.entry.code);
  const at = codes.findIndex((c) => q.expect.includes(c));
  return { ...q, rank: at < 0 ? undefined : at + 1, top: codes.slice(0, 3) };
});
for (const s of scored) {
  const mark = s.rank === 1 ? ' ' : s.rank !== undefined && s.rank <= 5 ? '~' : 'X';
  process.stdout.write(
    `${mark} ${String(s.rank ?? '-').padStart(2)}  ${(s.split ?? '').padEnd(7)} ${s.kind.padEnd(9)} ${JSON.stringify(s.q).padEnd(44)} want ${s.expect.slice(0, 3).join(' ')}  got ${s.top.join(' ')}\n`,
  );
}
const summary = (label: string, xs: typeof scored) => {
  const first = xs.filter((s) => s.rank === 1).length;
  const top5 = xs.filter((s) => s.rank !== undefined && s.rank <= 5).length;
  const pct = (n: number) => `${((100 * n) / xs.length).toFixed(1)}%`;
  process.stdout.write(
    `${label.padEnd(22)} n=${String(xs.length).padStart(3)}  first ${first} (${pct(first)})  top5 ${top5} (${pct(top5)})\n`,
  );
};
for (const split of [...new Set(scored.map((s) => s.split ?? 'all'))])
  summary(
    `split ${split}`,
    scored.filter((s) => (s.split ?? 'all') === split),
  );
for (const kind of [...new Set(scored.map((s) => s.kind))])
  summary(
    `  kind ${kind}`,
    scored.filter((s) => s.kind === kind),
  );
summary('all', scored);
