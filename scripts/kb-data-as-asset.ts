import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';
import { encodeTitleHashes, packTitleHashes } from '../src/kb/title-hashes';
import type { RawCatalog } from '../src/kb/raw-types';
import { baseCatalogFile, catalogTable } from './kb/catalog-table-files';

const KB_DATA = /[\\/]src[\\/]kb[\\/]data[\\/][^\\/]+\.json$/;
const KB_CATALOG = /\.catalog\.json$/;
/** The kb modules the generated modules import, by path (the build runs from the repository). */
const kbModule = (name: string) => JSON.stringify(fileURLToPath(new URL(`../src/kb/${name}`, import.meta.url)));
// The curated M99 prose (57 KB) ships as an asset only for `?load` (the worker's side-panel
// explanations); pages keep importing it as their own chunk.
const KB_CURATED = /[\\/]src[\\/]kb[\\/]curated[\\/][^\\/]+\.json$/;
const PREFIX = '\0kb-data:';
// The virtual id must not end in .json, or Vite's own JSON plugin would parse our module as JSON.
const SUFFIX = '.fetched.js';

/**
 * In extension builds, the knowledge-base data files (src/kb/data/*.json) ship once each, gzipped,
 * as assets/kb/<name>.json.gz, and are read with fetch() from the extension's own origin and the browser's
 * native DecompressionStream. Why:
 * - the catalog is 12 MB of JSON; gzipped it is under 1 MB, and web-ext lint (and so the Firefox
 *   store) refuses to parse text files over 5 MB, which it reports as an error;
 * - pages load it with import() (lazily), but service workers may not use import() or top-level
 *   await, so they import `<file>.json?load`, a function that reads the same file.
 * A catalog file imported as `<file>.catalog.json?table` ships as its per-category table instead
 * (src/kb/catalog-table.ts, derived here as the CLI build derives its own): the index as
 * assets/kb/<name>.catalog-table.json (tens of KB) and the rows as assets/kb/<name>.catalog-table.jsonl.gz
 * (a later release's file holds only the lines that differ; the others are read from the oldest
 * release's). The module is a function that fetches and inflates the table's bytes, unparsed, for
 * the worker to read one category at a time: where the gzipped catalog file cost an inflate, a 12 MB
 * JSON.parse and 98,000 entries built at every worker start, this costs the inflate alone.
 * Gzipped rather than plain: the same 1 MB in the package as the catalog file (plain, the package
 * grew by 12 MB installed, 1 MB zipped), and in Chromium the worker's fetch of the 12 MB plain file
 * took longer than the small file's fetch and native inflate (0.7-1.4 s against 0.5-0.8 s wall,
 * single runs on a 2-core machine at load 13-20).
 * A catalog file imported as `<file>.catalog.json?titles` ships as the sorted (hash, entry index)
 * pairs of its normalised long and short titles (src/kb/title-hashes.ts), assets/kb/<name>.catalog-titles.bin.gz,
 * and the module is a function that fetches and inflates them as uint32s, unparsed: the worker looks a
 * title up by binary search and decodes only its candidates' categories, where it built a Map of every
 * title from every row at each start. The file holds the pairs packed (packTitleHashes: gaps between
 * sorted hashes as varints, indices in three byte planes) and the module unpacks them: 0.69 MB
 * gzipped per release, where the plain uint32 pairs took 0.99 MB (1.23 MB before gzip).
 * A catalog file imported whole (`<file>.catalog.json`, or `?load`; releases.generated.ts's loaders,
 * kb's loadCatalog) is read from the same table files and decoded (decodeCatalogTable gives the very
 * file back), so the 1 MB gzipped catalog file does not ship beside its table: the popup's lookup,
 * the one page that reads a whole catalog, reads the table the worker reads.
 * Node (CLI, tests) imports the plain JSON and never sees this plugin.
 */
export function kbDataAsAsset(): Plugin {
  const emitted = new Set<string>();
  return {
    name: 'chartlint:kb-data-as-asset',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (!importer) return null;
      for (const mode of ['table', 'titles'])
        if (source.endsWith(`.catalog.json?${mode}`)) {
          const resolved = await this.resolve(source.slice(0, -`?${mode}`.length), importer, { skipSelf: true });
          return resolved && KB_DATA.test(resolved.id) ? `${PREFIX}${mode}:${resolved.id}${SUFFIX}` : null;
        }
      const lazy = source.endsWith('.json?load');
      if (!lazy && !source.endsWith('.json')) return null;
      const resolved = await this.resolve(lazy ? source.slice(0, -'?load'.length) : source, importer, { skipSelf: true });
      if (!resolved || !(KB_DATA.test(resolved.id) || (lazy && KB_CURATED.test(resolved.id)))) return null;
      return `${PREFIX}${lazy ? 'load' : 'data'}:${resolved.id}${SUFFIX}`;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const [mode, ...rest] = id.slice(PREFIX.length, -SUFFIX.length).split(':');
      const file = rest.join(':');
      const emit = (fileName: string, source: () => string | Uint8Array) => {
        if (emitted.has(fileName)) return;
        emitted.add(fileName);
        this.emitFile({ type: 'asset', fileName, source: source() });
      };
      if (mode === 'titles') {
        const fileName = `assets/kb/${basename(file).replace(/\.catalog\.json$/, '.catalog-titles.bin')}.gz`;
        emit(fileName, () => {
          const bytes = encodeTitleHashes((JSON.parse(readFileSync(file, 'utf8')) as RawCatalog).entries);
          return gzipSync(packTitleHashes(new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.length / 4)), { level: 9 });
        });
        return [
          `import { unpackTitleHashes } from ${kbModule('title-hashes.ts')};`,
          `export default async function read() {`,
          `  const response = await fetch(${JSON.stringify(`/${fileName}`)});`,
          `  if (!response.ok || !response.body) throw new Error('ChartLint could not read ${fileName}');`,
          `  return unpackTitleHashes(new Uint8Array(await new Response(response.body.pipeThrough(new DecompressionStream('gzip'))).arrayBuffer()));`,
          `}`,
        ].join('\n');
      }
      if (mode === 'table') {
        const { indexName, index, tableName, table } = catalogTable(file);
        emit(`assets/kb/${indexName}`, () => `${JSON.stringify(index)}\n`);
        emit(`assets/kb/${tableName}.gz`, () => gzipSync(table, { level: 9 }));
        // The base table is the oldest release's own table (the same bytes, whichever release emits it first).
        const baseFile = baseCatalogFile(file);
        if (index.base && baseFile) emit(`assets/kb/${index.base.file}.gz`, () => gzipSync(catalogTable(baseFile, undefined).table, { level: 9 }));
        const url = (name: string) => JSON.stringify(`/assets/kb/${name}`);
        // Every fetch() names its packaged file literally (test/unit/built-code.test.ts proves the
        // built code fetches nothing else), so the helper takes the response, not a URL.
        const bytes = (name: string) => `fetch(${url(name)}).then((r) => inflated(r, ${url(name)}))`;
        return [
          `async function inflated(response, name) {`,
          `  if (!response.ok || !response.body) throw new Error('ChartLint could not read ' + name);`,
          `  return new Uint8Array(await new Response(response.body.pipeThrough(new DecompressionStream('gzip'))).arrayBuffer());`,
          `}`,
          // The three files are fetched at once; no parse but the index's (tens of KB).
          `export default async function read() {`,
          `  const [index, table, base] = await Promise.all([`,
          `    fetch(${url(indexName)}).then((r) => { if (!r.ok) throw new Error('ChartLint could not read ' + ${url(indexName)}); return r.json(); }),`,
          `    ${bytes(`${index.table.file}.gz`)},`,
          `    ${index.base ? bytes(`${index.base.file}.gz`) : 'undefined'},`,
          `  ]);`,
          `  return base ? { index, table, base } : { index, table };`,
          `}`,
        ].join('\n');
      }
      if (KB_CATALOG.test(file)) {
        // The whole catalog, decoded from its table (the table's own module fetches and emits its files).
        return [
          `import readTable from ${JSON.stringify(`${file}?table`)};`,
          `import { decodeCatalogTable, readTableBytes } from ${kbModule('catalog-table.ts')};`,
          `async function read() {`,
          `  const bytes = await readTable();`,
          `  return decodeCatalogTable(bytes.index, readTableBytes(bytes));`,
          `}`,
          mode === 'load' ? `export default read;` : `export default await read();`,
        ].join('\n');
      }
      const fileName = `assets/kb/${basename(file)}.gz`;
      emit(fileName, () => gzipSync(readFileSync(file), { level: 9 }));
      return [
        `async function read() {`,
        // A read of the extension's own packaged file (chrome-extension://…/assets/kb/…), not the network.
        `  const response = await fetch(${JSON.stringify(`/${fileName}`)});`,
        `  if (!response.ok || !response.body) throw new Error('ChartLint could not read ${fileName}');`,
        `  return new Response(response.body.pipeThrough(new DecompressionStream('gzip'))).json();`,
        `}`,
        mode === 'load' ? `export default read;` : `export default await read();`,
      ].join('\n');
    },
  };
}
