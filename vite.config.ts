import { crx } from '@crxjs/vite-plugin';
import { defineConfig } from 'vite';
import baseManifest from './manifest.json' with { type: 'json' };
import pkg from './package.json' with { type: 'json' };
import { deriveManifest } from './scripts/derive-manifest.ts';
import { compactLocales } from './scripts/compact-locales.ts';
import { htmlVersion } from './scripts/html-version.ts';
import { inlinePageCss } from './scripts/inline-page-css.ts';
import { kbDataAsAsset } from './scripts/kb-data-as-asset.ts';

// One manifest.json is the source; the Firefox variant is derived from it (scripts/derive-manifest.ts).
// TARGET=firefox selects the variant. OUT_DIR lets parallel test runs build into their own folder.
const firefox = process.env.TARGET === 'firefox';
const manifest = deriveManifest(baseManifest, { firefox, version: pkg.version });

export default defineConfig({
  plugins: [
    kbDataAsAsset(),
    compactLocales(),
    htmlVersion(pkg.version),
    crx({
      manifest,
      browser: firefox ? 'firefox' : 'chrome',
      // A self-contained content script: no loader, nothing web-accessible for pages to probe.
      contentScripts: { standaloneFiles: ['src/content/main.ts'] },
    }),
    // The popup opens on every click of the toolbar button: its first paint waits on no request.
    inlinePageCss(['src/ui/popup/index.html']),
  ],
  define: {
    __FIREFOX__: JSON.stringify(firefox),
    __CHARTLINT_VERSION__: JSON.stringify(pkg.version),
  },
  build: {
    outDir: process.env.OUT_DIR ?? (firefox ? 'dist-firefox' : 'dist'),
    emptyOutDir: true,
    // The polyfill fetch()es preloaded chunks; Chromium and Firefox support modulepreload natively,
    // and the built code should hold no fetch() that a privacy review has to explain.
    modulePreload: { polyfill: false },
    target: 'es2022',
    // crxjs discovers side_panel pages but not Firefox's sidebar_action, nor an HTML page listed in
    // web_accessible_resources (the badge's findings frame, src/ui/hint), so name them here.
    rolldownOptions: {
      input: { hint: 'src/ui/hint/index.html', ...(firefox ? { sidebar: 'src/ui/side-panel/index.html' } : {}) },
    },
  },
  server: { port: 5173, strictPort: false },
});
