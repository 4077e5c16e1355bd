/**
 * `npx tsx scripts/bench/_build-analyze-worker.ts OUT_DIR` bundles the analyze bench's worker to
 * OUT_DIR/worker.mjs and keeps it, for A/B runs between two trees:
 * `node --expose-gc OUT_DIR/worker.mjs dense|typical|hostile`.
 */
import { resolve } from 'node:path';
import { build } from 'vite';

const out = process.argv[2];
if (out === undefined) {
  console.error('usage: npx tsx scripts/bench/_build-analyze-worker.ts OUT_DIR');
  process.exit(2);
}
await build({
  configFile: false,
  publicDir: false,
  logLevel: 'silent',
  build: {
    lib: {
      entry: new URL('./_analyze-worker.ts', import.meta.url).pathname,
      formats: ['es'],
      fileName: () => 'worker.mjs',
    },
    outDir: resolve(out),
    emptyOutDir: true,
    minify: false,
  },
});
