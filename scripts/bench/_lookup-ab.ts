/**
 * `npx tsx scripts/bench/_lookup-ab.ts REF [ROUNDS]`: query time of the lookup at git commit REF
 * against the working tree, in one process, on the same FY2026 catalog and query set
 * (src/kb/search/queries.json of the tree, plus every keystroke prefix of each query). The two
 * run in alternating rounds, so both see the same load on a shared machine; each query's median
 * over the rounds, then p50/p95 across queries.
 */
import { execSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RawCatalog, RawIndexTerms } from '../../src/kb/raw-types';

const [ref, roundsArg = '15'] = process.argv.slice(2);
if (!ref) throw new Error('usage: tsx scripts/bench/_lookup-ab.ts REF [ROUNDS]');
const root = new URL('../../', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'chartlint-lookup-ab-'));

type Search = {
  buildCatalog: (raw: RawCatalog) => unknown;
  build: (c: unknown, o: unknown) => unknown;
  search: (i: unknown, q: string, o: unknown) => unknown;
};
async function load(from: string): Promise<Search> {
  const catalog = (await import(join(from, 'src/kb/catalog.ts'))) as { buildCatalog: Search['buildCatalog'] };
  const build = (await import(join(from, 'src/kb/search/build-search-index.ts'))) as {
    buildSearchIndex: Search['build'];
  };
  const search = (await import(join(from, 'src/kb/search/search-codes.ts'))) as {
    searchCodes: Search['search'];
  };
  return { buildCatalog: catalog.buildCatalog, build: build.buildSearchIndex, search: search.searchCodes };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
};
const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? NaN;
};

try {
  execSync(`git -C ${root} archive ${ref} src | tar -x -C ${work}`);
  symlinkSync(join(root, 'node_modules'), join(work, 'node_modules'));
  const read = (path: string): unknown => JSON.parse(readFileSync(join(root, path), 'utf8'));
  const raw = read('src/kb/data/icd10cm-fy2026.catalog.json') as RawCatalog;
  const indexTerms = read('src/kb/data/icd10cm-fy2026.index-terms.json') as RawIndexTerms;
  const queries = (read('src/kb/search/queries.json') as { queries: { q: string }[] }).queries.map(
    (q) => q.q,
  );
  const typing = queries.flatMap((q) =>
    Array.from({ length: q.trim().length }, (_, i) => q.trim().slice(0, i + 1)),
  );
  const sides = await Promise.all(
    [work, root].map(async (from) => {
      const s = await load(from);
      const index = s.build(s.buildCatalog(raw), { indexTerms });
      return { s, index, perQuery: queries.map((): number[] => []), perKey: typing.map((): number[] => []) };
    }),
  );
  const rounds = Number(roundsArg);
  for (let r = 0; r < rounds; r++) {
    for (const side of r % 2 === 0 ? sides : [...sides].reverse()) {
      queries.forEach((q, i) => {
        const t = performance.now();
        side.s.search(side.index, q, { limit: 20 });
        side.perQuery[i]?.push(performance.now() - t);
      });
      if (r % 3 === 0)
        typing.forEach((q, i) => {
          const t = performance.now();
          side.s.search(side.index, q, { limit: 20 });
          side.perKey[i]?.push(performance.now() - t);
        });
    }
  }
  const line = (name: string, side: (typeof sides)[number]) => {
    const q = side.perQuery.map(median);
    const k = side.perKey.map(median);
    return `${name}: ${queries.length} queries p50 ${percentile(q, 50).toFixed(3)} ms, p95 ${percentile(q, 95).toFixed(3)} ms; ${typing.length} keystrokes p50 ${percentile(k, 50).toFixed(3)} ms, p95 ${percentile(k, 95).toFixed(3)} ms`;
  };
  process.stdout.write(
    `load ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}, ${rounds} alternating rounds\n`,
  );
  process.stdout.write(`${line(`base ${ref}`, sides[0]!)}\n${line('tree', sides[1]!)}\n`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
