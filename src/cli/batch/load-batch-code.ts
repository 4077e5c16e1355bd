import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { RawLine } from '../input/read-lines';
import type * as BatchCodeModule from './batch-code';
import { loadCachedScript, type CachedScript, type CacheUse } from './cached-script';

export type BatchCode = typeof BatchCodeModule;

let loaded: CachedScript<BatchCode> | undefined;

const bundleFile = () => fileURLToPath(new URL('./batch-code.cjs', import.meta.url));
const cacheFile = () => fileURLToPath(new URL('./batch-code.cache', import.meta.url));

/**
 * The batch code (batch-code.ts) of the built CLI, loaded once per thread through its code cache
 * dist-cli/batch-code.cache; undefined when running from source, where `import('./batch-code')`
 * serves instead. The catalog tables are installed in the loaded copy: the bundle holds its own
 * copy of the knowledge-base modules.
 *
 * Why: each analysing thread of a batch (this one and every worker) used to import the core as an
 * ES module, which V8 parses and compiles afresh in every isolate: over 300 of the bench notes at
 * --jobs 1, 3.77 G instructions with the module against 3.52 G with the bundle and its cache
 * (cachegrind), most of it the core's compile and the lazy compiles of its functions.
 *
 * A batch loads it after batch-jit.ts tuned V8: V8 takes a cache only under the flags
 * it was made with, and `npm run build:cli` makes it under those flags (makeBatchCodeCache). The
 * bin never writes it: an installed package's folder may be read-only or shared, and a cache V8
 * refuses (another Node, other flags) only costs the compile every thread paid before.
 */
export function loadBatchCode(): BatchCode | undefined {
  if (loaded) return loaded.exports;
  if (import.meta.url.endsWith('.ts')) return undefined;
  if (!existsSync(bundleFile())) return undefined;
  loaded = loadCachedScript<BatchCode>(bundleFile(), cacheFile());
  loaded.exports.installCatalogTables();
  return loaded.exports;
}

/**
 * A build step (scripts/build-cli.ts, through make-batch-cache.ts, after the build emptied
 * dist-cli/): loads the bundle, analyzes `lines` (JSON Lines as `analyze --jsonl` reads them) so that the functions a
 * batch runs are compiled too (V8 compiles most functions on their first call, and a cache holds
 * what was compiled when it is made), and writes the cache. The caller has tuned V8 as a batch does.
 */
export async function makeBatchCodeCache(
  lines: readonly string[],
): Promise<{ cache: CacheUse; saved: boolean; lines: number }> {
  const script = loadCachedScript<BatchCode>(bundleFile(), cacheFile());
  const code = script.exports;
  code.installCatalogTables();
  const visit = code.visitLookups(
    { today: new Date().toISOString().slice(0, 10) },
    code.loadReleaseCodeLookup,
  );
  const raw: RawLine[] = lines.map((text, i) => ({ line: i + 1, text }));
  await code.analyzeLines(raw, visit);
  return { cache: script.cache, saved: script.saveCache(), lines: raw.length };
}
