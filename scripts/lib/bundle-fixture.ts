/**
 * Bundles a fixture page's script on request, for pages built on npm packages that ship only an ES
 * module build with bare imports (react-select and its emotion/babel helpers): the browser cannot
 * load those from /vendor/ as they are. `react` and `react-dom` are not bundled again: they resolve
 * to the UMD globals the page loads first (window.React, window.ReactDOM), as in the other React 18
 * fixtures, so the page runs one React. Each bundle is built once per server and kept in memory.
 */
import type { Plugin } from 'esbuild';

const GLOBALS: Record<string, string> = {
  react: 'React',
  'react-dom': 'ReactDOM',
  'react-dom/client': 'ReactDOM',
};

/** Maps `import … from 'react'` to the page's own UMD React. */
const umdGlobals: Plugin = {
  name: 'umd-globals',
  setup(build) {
    build.onResolve({ filter: /^react(-dom(\/client)?)?$/ }, (args) => ({
      path: args.path,
      namespace: 'umd-global',
    }));
    build.onLoad({ filter: /.*/, namespace: 'umd-global' }, (args) => ({
      contents: `module.exports = window.${GLOBALS[args.path]};`,
      loader: 'js',
    }));
  },
};

const built = new Map<string, Promise<string>>();

/** The bundled script for `entry` (an absolute path to a fixture's .js file). */
export function bundleFixture(entry: string): Promise<string> {
  let bundle = built.get(entry);
  if (!bundle) {
    bundle = (async () => {
      // Loaded only when a bundled fixture is asked for: the demo server never needs esbuild.
      const { build } = await import('esbuild');
      const result = await build({
        entryPoints: [entry],
        bundle: true,
        write: false,
        format: 'esm',
        target: 'es2022',
        minify: false,
        legalComments: 'none',
        define: { 'process.env.NODE_ENV': '"production"' },
        plugins: [umdGlobals],
        logLevel: 'silent',
      });
      return result.outputFiles[0]!.text;
    })();
    built.set(entry, bundle);
    // A failed build is not cached: the next request tries again (and reports the error).
    bundle.catch(() => built.delete(entry));
  }
  return bundle;
}
