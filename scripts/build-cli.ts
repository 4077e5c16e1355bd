/**
 * `npm run build:cli`: bundles the CLI (src/cli/main.ts and its analyze worker, with core, kb and
 * every runtime dependency) into plain ES modules in dist-cli/, which bin/chartlint.mjs runs with
 * plain `node`. No TypeScript loader at start-up, no dev dependency at run time: the packed
 * package (`npm pack`) works on its own.
 *
 * The knowledge-base JSON files are copied next to the bundle as dist-cli/data/*.json and read with
 * readFileSync + JSON.parse when a command first needs them (JSON.parse is the fastest way V8 has
 * to load data, much faster than the same data compiled as a JavaScript module). The 12 MB
 * catalogs are not copied: each is written as a per-category table (src/kb/catalog-table.ts,
 * dist-cli/data/*.catalog-table.json{,l}) that the CLI reads one category at a time
 * (src/cli/catalog-tables.ts), so `explain` and every batch worker skip parsing the whole file.
 * `npm run build` calls this too, so the bin is rebuilt with the extension.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type BuildOptions, type Plugin } from 'vite';
import { CATALOG, catalogTable } from './kb/catalog-table-files';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
/** Shipped data files read at run time: the release files and the prebuilt lookup indexes. */
const DATA = /[\\/]src[\\/]kb[\\/](?:search[\\/])?data[\\/][^\\/]+\.json$/;
const PREFIX = '\0cli-data:';
const SUFFIX = '.read.js';

/**
 * Turns `import('…/data/X.json')` into a module that reads dist-cli/data/X.json at run time.
 * One instance serves both builds below; each catalog's table is derived once.
 */
function dataFromDisk(): Plugin {
  const tables = new Map<string, ReturnType<typeof catalogTable>>();
  return {
    name: 'chartlint:cli-data-from-disk',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (!importer || !source.endsWith('.json')) return null;
      const resolved = await this.resolve(source, importer, { skipSelf: true });
      if (!resolved || !DATA.test(resolved.id)) return null;
      return `${PREFIX}${resolved.id}${SUFFIX}`;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const file = id.slice(PREFIX.length, -SUFFIX.length);
      if (CATALOG.test(file)) {
        // Ship the table instead of the catalog file; anything that still asks for the raw file gets it from the table.
        let made = tables.get(file);
        if (!made) tables.set(file, (made = catalogTable(file)));
        const { indexName, index, tableName, table } = made;
        this.emitFile({ type: 'asset', fileName: `data/${indexName}`, source: `${JSON.stringify(index)}\n` });
        this.emitFile({ type: 'asset', fileName: `data/${tableName}`, source: table });
        return [
          `import { readFileSync } from 'node:fs';`,
          `import { decodeCatalogTable } from ${JSON.stringify(join(root, 'src/kb/catalog-table.ts'))};`,
          `const file = (name) => readFileSync(new URL(\`./data/\${name}\`, import.meta.url));`,
          `const index = JSON.parse(file(${JSON.stringify(indexName)}).toString('utf8'));`,
          `const table = file(index.table.file);`,
          `const base = index.base ? file(index.base.file) : table;`,
          `export default decodeCatalogTable(index, (start, end, fromBase) => (fromBase ? base : table).subarray(start, end).toString('utf8'));`,
        ].join('\n');
      }
      this.emitFile({ type: 'asset', fileName: `data/${basename(file)}`, source: readFileSync(file) });
      return [
        `import { readFileSync } from 'node:fs';`,
        `export default JSON.parse(readFileSync(new URL(${JSON.stringify(`./data/${basename(file)}`)}, import.meta.url), 'utf8'));`,
      ].join('\n');
    },
  };
}

/**
 * Builds the CLI into `outDir` (default dist-cli/); returns the path of the entry module.
 *
 * A second build writes dist-cli/batch-code.cjs: the batch's analysis (src/cli/batch/batch-code.ts,
 * with the core) as one CommonJS file, which each thread of a long `analyze --jsonl` batch loads
 * through a V8 code cache (src/cli/batch/load-batch-code.ts); ES modules have no code cache in
 * Node 20. The cache, dist-cli/batch-code.cache, is made here (writeBatchCodeCache), so the bin
 * never writes into its own folder.
 */
export async function buildCli(outDir = join(root, 'dist-cli')): Promise<string> {
  const data = dataFromDisk();
  // Our data files are emitted as assets; SSR builds drop assets unless told otherwise.
  await buildNode(outDir, data, true, {
    // Deriving the two catalog tables in the data plugin takes a second or more; that is expected, not a slow plugin to report.
    checks: { bundlerTimings: false },
    input: {
      main: join(root, 'src/cli/main.ts'),
      'analyze-worker': join(root, 'src/cli/batch/analyze-worker.ts'),
      // A build step, run below and deleted: it is not part of the CLI.
      [MAKE_CACHE]: join(root, 'src/cli/batch/make-batch-cache.ts'),
    },
    output: { format: 'es', entryFileNames: '[name].mjs', chunkFileNames: '[name]-[hash].mjs' },
  });
  // The data files are already written by the build above.
  await buildNode(outDir, data, false, {
    checks: { bundlerTimings: false },
    input: { 'batch-code': join(root, 'src/cli/batch/batch-code.ts') },
    output: { format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false },
  });
  writeFileSync(join(outDir, 'package.json'), `${JSON.stringify({ type: 'module', private: true }, null, 2)}\n`);
  writeBatchCodeCache(outDir);
  return join(outDir, 'main.mjs');
}

/** One SSR build for Node into outDir; the first (firstBuild) empties it and writes the data files. */
async function buildNode(outDir: string, data: Plugin, firstBuild: boolean, rolldownOptions: NonNullable<BuildOptions['rolldownOptions']>): Promise<void> {
  await build({
    configFile: false,
    root,
    publicDir: false,
    logLevel: 'warn',
    plugins: [data],
    ssr: { noExternal: true, target: 'node' },
    build: { ssr: true, ssrEmitAssets: firstBuild, outDir, emptyOutDir: firstBuild, target: 'node20', minify: false, sourcemap: false, rolldownOptions },
  });
}

const MAKE_CACHE = 'make-batch-cache';

/**
 * Notes the cache is made over (JSON Lines as `analyze --jsonl` reads them): the development cases
 * of each error class and the chiropractic vignettes, short and varied, so that the functions a
 * batch runs are compiled into the cache. Which notes only decides what is precompiled, never what
 * the CLI answers; without them the cache still holds the code compiled at load.
 */
function warmUpLines(): string[] {
  const lines: string[] = [];
  const read = (file: string) => (existsSync(join(root, file)) ? readFileSync(join(root, file), 'utf8').split('\n').filter((l) => l.trim()) : []);
  for (const line of read('test/corpus/dev-classes/cases.jsonl')) {
    const c = JSON.parse(line) as { text: string; codes?: Record<string, unknown> };
    lines.push(JSON.stringify({ codes: Object.keys(c.codes ?? {}), text: c.text }));
  }
  for (const line of read('test/corpus/chiro/vignettes.jsonl')) {
    const v = JSON.parse(line) as { note: string; codes: string[]; procedures?: string[]; payer?: string | null };
    lines.push(JSON.stringify({ codes: v.codes, text: v.note, procedures: v.procedures ?? [], ...(v.payer ? { payer: v.payer } : {}) }));
  }
  // Whole notes in other styles (PT evaluations, operative and radiology notes, tables flattened to
  // text, Spanish-English): the short cases above left the functions that only long, sectioned
  // notes reach out of the cache, and every batch thread compiled them on first use. Over the 2 MiB
  // bench batch a thread compiled 208 of the bundle's functions lazily with the cases alone and 49
  // with these notes too (--log-function-events), for a cache 8% larger (1.20 to 1.30 MB): 11 M
  // and 42 M fewer instructions per thread over its load and 150 notes in two cachegrind pairs
  // (small, near the noise of ~2%, but never more work). Which notes only decides what is precompiled.
  for (const line of read('test/corpus/notes-heldout/notes.jsonl')) {
    const n = JSON.parse(line) as { note: string; codes?: string[] };
    lines.push(JSON.stringify({ codes: n.codes ?? [], text: n.note }));
  }
  return lines;
}

/**
 * Runs the built make-batch-cache step in a fresh Node process (V8 flags are per process, and the
 * cache must be made under the batch's), then deletes it. A failure only leaves the CLI without a
 * cache, as slow as before it had one, so it is reported and the build goes on.
 */
function writeBatchCodeCache(outDir: string): void {
  const step = join(outDir, `${MAKE_CACHE}.mjs`);
  const lines = join(outDir, `${MAKE_CACHE}.jsonl`);
  writeFileSync(lines, `${warmUpLines().join('\n')}\n`);
  const run = spawnSync(process.execPath, [step, lines], { encoding: 'utf8' });
  rmSync(step, { force: true });
  rmSync(lines, { force: true });
  if (run.status !== 0) console.warn(`build-cli: no code cache for the batch (${(run.stderr || run.stdout).trim()})`);
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  const started = performance.now();
  const entry = await buildCli();
  console.log(`built the CLI (${entry}) in ${Math.round(performance.now() - started)} ms`);
}
