import { dirname, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * The generated release data (src/kb/data/*.json, 12 MB catalogs) read from disk by JSON.parse
 * when a test imports it, instead of going through Vite's JSON transform and module runner: that
 * took about 5 s per catalog per test worker against well under 1 s this way, and the data is the
 * same file. Tests only: the extension and CLI builds bundle these files as before.
 */
const KB_DATA = /[\\/]src[\\/]kb[\\/]data[\\/][^\\/]+\.json$/;
const VIRTUAL = '\0kb-data:';
const kbDataFromDisk: Plugin = {
  name: 'kb-data-from-disk',
  enforce: 'pre',
  resolveId(source, importer) {
    if (!importer || !source.endsWith('.json')) return undefined;
    const file = resolve(dirname(importer), source);
    return KB_DATA.test(file) ? `${VIRTUAL}${file}.js` : undefined;
  },
  load(id) {
    if (!id.startsWith(VIRTUAL)) return undefined;
    const file = id.slice(VIRTUAL.length, -'.js'.length);
    return `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8'));\n`;
  },
};

// Unit tests only; the browser tests are Playwright's (playwright.config.ts).
// Core, kb, protocol and CLI tests run in plain Node so that a stray DOM use fails;
// content and UI tests get happy-dom.
export default defineConfig({
  plugins: [kbDataFromDisk],
  define: { __FIREFOX__: 'false', __CHARTLINT_VERSION__: JSON.stringify('test') },
  test: {
    // A timeout only catches a hang: a busy 2-core CI machine must not fail a correct test for
    // being slow (speed targets live in `npm run bench`, never in a test).
    testTimeout: 120_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          // One module graph per worker instead of one per file: most of these files load the same
          // 12 MB catalog and its search index, which isolation made every file load again (about
          // half of the unit step's CPU). These tests share no mutable module state; spies are
          // restored after each test so none leaks into the next file.
          isolate: false,
          restoreMocks: true,
          include: ['src/{core,kb,protocol,cli,platform}/**/*.test.ts', 'scripts/**/*.test.ts', 'test/unit/**/*.test.ts', 'test/corpus/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'happy-dom',
          // One happy-dom window per worker, not one per file (setting it up was most of this
          // project's time); test/support/dom-between-files.ts empties it after every test.
          isolate: false,
          restoreMocks: true,
          setupFiles: ['test/support/dom-between-files.ts'],
          include: ['src/{content,background,ui}/**/*.test.{ts,tsx}'],
        },
      },
    ],
  },
});
