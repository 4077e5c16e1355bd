// ESLint keeps the architecture honest (style guide §2, §9). Each ban says why in its message,
// so whoever trips it learns the rule instead of disabling it.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const surfaces = ['content', 'background', 'ui', 'cli'];
const surfaceBan = (self) =>
  surfaces
    .filter((s) => s !== self)
    .map((s) => ({
      group: [`**/${s}/**`, `../${s}/*`, `../../${s}/*`],
      message: `Surfaces (content, background, ui, cli) never import each other: share code through core, kb, protocol or platform.`,
    }));
// Surfaces reach the knowledge base only through its public entries: src/kb/index.ts, and
// src/kb/search/index.ts (its own lazily loaded chunk). Internals (catalog builders, raw data
// files, curated JSON) may change with every release.
const kbZone = {
  regex: '^(\\.\\./)+kb/(?!search$|index$)',
  message: 'Surfaces reach src/kb only through its public index (src/kb/index.ts, or src/kb/search for lookup): export what you need there.',
};
const polyfillBan = {
  name: 'webextension-polyfill',
  message: 'Only src/platform touches the browser API; import the function you need from there.',
};

export default tseslint.config(
  {
    ignores: ['node_modules', 'dist', 'dist-*', '.cache', 'test-results', 'playwright-report', 'src/kb/data', 'bin', '**/*.js', '!eslint.config.js'],
  },
  js.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    extends: [tseslint.configs.strictTypeChecked],
    // One TypeScript program for every file, the root tsconfig's (it includes all of src, test and
    // scripts). The project service gave src/core's sources their own program from
    // src/core/tsconfig.json besides the root one (80.0 against 86.7 CPU-s for the whole lint, run
    // side by side). The typed rules read the same types there; the core's no-DOM boundary is tsc's
    // (npm run typecheck) and the no-restricted-globals rule below.
    languageOptions: { parserOptions: { project: './tsconfig.json', tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { paths: [polyfillBan] }],
      // No enums of our own: a union of string literals says the same, checks the same, and leaves
      // nothing behind in the built JavaScript. With none declared, no-unsafe-enum-assignment (new in
      // strict-type-checked) guards only a library's enums (TypeScript's ScriptTarget in one test) and
      // was about a tenth of the lint's rule time (11.4 s by ESLint's TIMING, stop 57): off.
      'no-restricted-syntax': ['error', { selector: 'TSEnumDeclaration', message: 'Use a union of string literals instead of an enum.' }],
      '@typescript-eslint/no-unsafe-enum-assignment': 'off',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts'],
    rules: {
      'no-console': 'error',
      'no-restricted-globals': [
        'error',
        ...['document', 'window', 'navigator', 'chrome', 'browser', 'fetch', 'XMLHttpRequest', 'localStorage'].map((name) => ({
          name,
          message: 'src/core is pure: text in, findings out. It runs in Node and never touches the DOM, the browser API or the network.',
        })),
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [polyfillBan],
          patterns: [
            {
              regex: '^(\\.\\./)+(kb|platform|protocol|content|background|ui|cli|demo)(/|$)',
              message: 'src/core imports nothing outside itself (style guide §2): pass data in instead.',
            },
            {
              group: ['preact', 'preact/*', '@preact/*', 'node:*', '@floating-ui/*'],
              message: 'src/core is pure TypeScript that runs anywhere: no UI, Node or DOM libraries.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/kb/**/*.ts'],
    ignores: ['src/kb/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [polyfillBan],
          patterns: [
            {
              regex: '^(\\.\\./)+(platform|protocol|content|background|ui|cli|demo)(/|$)',
              message: 'src/kb is data plus pure code: it may import core only, and must run in Node and in every extension page.',
            },
            {
              group: ['preact', 'preact/*', 'node:*'],
              message: 'src/kb must run in Node and in every extension page: no UI or Node-only libraries.',
            },
          ],
        },
      ],
    },
  },
  ...surfaces.map((s) => ({
    files: [`src/${s}/**/*.{ts,tsx}`],
    // The release's packaged files are imported by path until the release is chosen inside kb.
    ignores: {
      background: ['src/background/raw-catalog.ts', 'src/background/release-catalog.ts'],
      ui: ['src/ui/popup/packaged-catalog.ts'],
    }[s] ?? [],
    rules: { 'no-restricted-imports': ['error', { paths: [polyfillBan], patterns: [...surfaceBan(s), kbZone] }] },
  })),
  {
    // The content script runs in every frame of a page and is parsed there each time (its size
    // budget: test/unit/built-code.test.ts). The core's index brings every rule and its data, and
    // platform/i18n both whole message catalogues: import the one core file you need, and the
    // badge's messages from badge-text.ts. (Its tests may import anything.)
    files: ['src/content/**/*.ts'],
    ignores: ['src/content/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [polyfillBan],
          patterns: [
            ...surfaceBan('content'),
            kbZone,
            {
              regex: '^\\.\\./(core(/index)?|platform/i18n)$',
              message:
                'The content script runs in every frame: import the core file you need (not the core index), and messages through src/content/badge-text.ts (not platform/i18n).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/background/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'localStorage'].map((name) => ({
          name,
          message: 'The MV3 background is a service worker: there is no window or document, and state goes to storage.session.',
        })),
      ],
    },
  },
  {
    files: ['src/platform/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['scripts/**/*.ts', 'test/**/*.ts', 'src/cli/**/*.ts', '*.config.ts', 'src/**/*.test.{ts,tsx}'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
    },
  },
  {
    files: ['eslint.config.js'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: { ...globals.node } },
  },
);
