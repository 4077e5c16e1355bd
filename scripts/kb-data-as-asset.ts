import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

const KB_DATA = /[\\/]src[\\/]kb[\\/]data[\\/][^\\/]+\.json$/;
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
 * Node (CLI, tests) imports the plain JSON and never sees this plugin.
 */
export function kbDataAsAsset(): Plugin {
  const emitted = new Set<string>();
  return {
    name: 'chartlint:kb-data-as-asset',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (!importer) return null;
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
      const fileName = `assets/kb/${basename(file)}.gz`;
      if (!emitted.has(fileName)) {
        emitted.add(fileName);
        this.emitFile({ type: 'asset', fileName, source: gzipSync(readFileSync(file), { level: 9 }) });
      }
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
