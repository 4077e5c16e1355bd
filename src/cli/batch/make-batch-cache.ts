/**
 * `node dist-cli/make-batch-cache.mjs LINES.jsonl`: a step of `npm run build:cli`, never shipped
 * (scripts/build-cli.ts runs it in a fresh Node process and deletes it). Writes
 * dist-cli/batch-code.cache, the V8 code cache every thread of a long `analyze --jsonl` batch
 * loads the core through (load-batch-code.ts), after analyzing the given lines so that the
 * functions a batch runs are in it. V8 takes a cache only under the flags it was made with, so
 * this process tunes V8 exactly as a batch does first.
 */
import { readFileSync } from 'node:fs';
import { tuneJitForBatch } from './batch-jit';
import { makeBatchCodeCache } from './load-batch-code';

tuneJitForBatch();
const file = process.argv[2];
const lines = file
  ? readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => line.trim())
  : [];
const made = await makeBatchCodeCache(lines);
process.stdout.write(`${JSON.stringify(made)}\n`);
process.exitCode = made.saved ? 0 : 1;
