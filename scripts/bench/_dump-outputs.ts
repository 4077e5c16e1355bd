/**
 * `npx tsx scripts/bench/_dump-outputs.ts OUT.tsv`: bundles `_dump-outputs-entry.ts` with the core
 * (as the benches do) and writes analyze()'s output for every corpus note, synthetic note and
 * hostile input to OUT.tsv. Speed work runs it on `main` and on the branch and diffs the two files:
 * an optimisation must not change a single byte.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { bundleForNode } from './_bundle-for-node';

const target = process.argv[2];
if (!target) throw new Error('usage: tsx scripts/bench/_dump-outputs.ts OUT.tsv');
const out = `/tmp/chartlint-dump-${process.pid}`;
const bundle = await bundleForNode(new URL('./_dump-outputs-entry.ts', import.meta.url), out, 'dump.mjs');
const text = execFileSync(process.execPath, [bundle, new URL('../../', import.meta.url).pathname], { encoding: 'utf8', maxBuffer: 2 ** 31 - 1 });
writeFileSync(target, text);
process.stdout.write(`${text.split('\n').length - 1} cases written to ${target}\n`);
