import { defineConfig } from 'vitest/config';

// Unit tests only; the browser tests are Playwright's (playwright.config.ts).
// Core, kb, protocol and CLI tests run in plain Node so that a stray DOM use fails;
// content and UI tests get happy-dom.
export default defineConfig({
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
          include: ['src/{core,kb,protocol,cli,platform}/**/*.test.ts', 'scripts/**/*.test.ts', 'test/unit/**/*.test.ts', 'test/corpus/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'happy-dom',
          include: ['src/{content,background,ui}/**/*.test.{ts,tsx}'],
        },
      },
    ],
  },
});
