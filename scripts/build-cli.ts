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
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'vite';
import { CATALOG, catalogTable } from './kb/catalog-table-files';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
/** Shipped data files read at run time: the release files and the prebuilt lookup indexes. */
const DATA = /[\\/]src[\\/]kb[\\/](?:search[\\/])?data[\\/][^\\/]+\.json$/;
const PREFIX = '\0cli-data:';
const SUFFIX = '.read.js';

/** Turns `import('…/data/X.json')` into a module that reads dist-cli/data/X.json at run time. */
function dataFromDisk(): Plugin {
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
        const { indexName, index, tableName, table } = catalogTable(file);
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

/** Builds the CLI into `outDir` (default dist-cli/); returns the path of the entry module. */
export async function buildCli(outDir = join(root, 'dist-cli')): Promise<string> {
  await build({
    configFile: false,
    root,
    publicDir: false,
    logLevel: 'warn',
    plugins: [dataFromDisk()],
    ssr: { noExternal: true, target: 'node' },
    build: {
      ssr: true,
      // Our data files are emitted as assets; SSR builds drop assets unless told otherwise.
      ssrEmitAssets: true,
      outDir,
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      sourcemap: false,
      rolldownOptions: {
        // Deriving the two catalog tables in the data plugin takes a second or more; that is expected, not a slow plugin to report.
        checks: { bundlerTimings: false },
        input: { main: join(root, 'src/cli/main.ts'), 'analyze-worker': join(root, 'src/cli/batch/analyze-worker.ts') },
        output: { format: 'es', entryFileNames: '[name].mjs', chunkFileNames: '[name]-[hash].mjs' },
      },
    },
  });
  writeFileSync(join(outDir, 'package.json'), `${JSON.stringify({ type: 'module', private: true }, null, 2)}\n`);
  return join(outDir, 'main.mjs');
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  const started = performance.now();
  const entry = await buildCli();
  console.log(`built the CLI (${entry}) in ${Math.round(performance.now() - started)} ms`);
}
