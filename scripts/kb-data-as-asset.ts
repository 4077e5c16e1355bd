import type { Plugin } from 'vite';

const KB_DATA = /[\\/]src[\\/]kb[\\/]data[\\/][^\\/]+\.json$/;
const PREFIX = '\0kb-data:';
// The virtual id must not end in .json, or Vite's own JSON plugin would parse our module as JSON.
const SUFFIX = '.fetched.js';

/**
 * In extension builds, an import of a knowledge-base data file (src/kb/data/*.json) becomes a
 * fetch of that file, packaged once as a plain asset. Without this, Vite would turn each JSON file
 * into a JavaScript chunk for the pages AND ship the same file again as the asset the service worker
 * reads (workers may not use import()), doubling the 1 MB catalog. Node (CLI, tests) imports the JSON
 * directly and never sees this plugin.
 */
export function kbDataAsAsset(): Plugin {
  return {
    name: 'chartlint:kb-data-as-asset',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (!importer || !source.endsWith('.json')) return null;
      const resolved = await this.resolve(source, importer, { skipSelf: true });
      return resolved && KB_DATA.test(resolved.id) ? `${PREFIX}${resolved.id}${SUFFIX}` : null;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const file = id.slice(PREFIX.length, -SUFFIX.length);
      return [
        `import url from ${JSON.stringify(`${file}?url`)};`,
        // A read of the extension's own packaged file (chrome-extension://…), not the network.
        `const response = await fetch(url);`,
        `if (!response.ok) throw new Error('ChartLint could not read ' + url);`,
        `export default await response.json();`,
      ].join('\n');
    },
  };
}
