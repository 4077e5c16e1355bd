import { dirname, relative, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

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

/**
 * The unit files that take longest (they start child processes: a build-kb check, `npm pack`,
 * web-ext lint, CLI worker threads; or read whole releases), longest first. Vitest runs the files
 * of a run it has timed before longest first, but a fresh clone (as `npm test` runs in CI) has no
 * such timings, and then it runs the largest files first: these are small, so they ran last, and
 * the other worker had nothing left to do while the last of them ran (a quarter of a minute of
 * one idle core at the end of the unit step). They start first when there are no timings; a file
 * missing here only runs later, and a stale entry only starts early.
 */
const LONGEST_FILES = [
  'scripts/package.test.ts',
  'src/cli/commands/analyze-date.test.ts',
  'scripts/build-kb.test.ts',
  'src/kb/catalog-table.test.ts',
  'src/cli/batch/run-batch.test.ts',
  'src/cli/packed-bin.test.ts',
  'src/background/release-catalog.test.ts',
  'src/kb/title-hashes.test.ts',
  'src/kb/search/numeric-ranges.test.ts',
  'src/kb/data-files.test.ts',
  'src/core/analyze.property.test.ts',
  'src/kb/search/prebuilt.test.ts',
];
class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const root = this.ctx.config.root;
    const rank = (spec: TestSpecification) => {
      const file = relative(root, spec.moduleId);
      // Timed before: vitest's own order (longest first) stands.
      if (this.ctx.cache.getFileTestResults(`${spec.project.name}:${file}`)) return LONGEST_FILES.length;
      const at = LONGEST_FILES.indexOf(file);
      return at < 0 ? LONGEST_FILES.length : at;
    };
    // Vitest queues one project's files after the other's: reorder only within a project.
    const project = new Map<string, number>();
    for (const spec of sorted)
      if (!project.has(spec.project.name)) project.set(spec.project.name, project.size);
    return sorted
      .map((spec, at) => ({ spec, at, project: project.get(spec.project.name) ?? 0, rank: rank(spec) }))
      .sort((a, b) => a.project - b.project || a.rank - b.rank || a.at - b.at)
      .map(({ spec }) => spec);
  }
}

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
    sequence: { sequencer: LongestFirst },
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
