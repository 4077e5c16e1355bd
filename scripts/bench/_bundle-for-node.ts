/**
 * Bundles a bench entry with the core for plain `node` (a vite SSR build, as the benches time the
 * core), csv-parse included: the output runs from a temporary directory with no node_modules, and
 * a Node build lets the entry read the corpus with node:fs. Returns the bundle's path.
 */
import { build } from 'vite';

export async function bundleForNode(entry: URL, outDir: string, fileName: string): Promise<string> {
  await build({
    configFile: false,
    publicDir: false,
    logLevel: 'silent',
    ssr: { noExternal: true },
    build: {
      ssr: entry.pathname,
      rolldownOptions: { output: { entryFileNames: fileName } },
      outDir,
      emptyOutDir: true,
      minify: false,
    },
  });
  return `${outDir}/${fileName}`;
}
