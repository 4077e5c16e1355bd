import type { Plugin } from 'vite';

/**
 * `%CHARTLINT_VERSION%` in the pages' HTML as the version the build ships (the manifest's, which
 * scripts/derive-manifest.ts takes from package.json): the popup's static shell shows it before
 * any script can ask the manifest.
 */
export function htmlVersion(version: string): Plugin {
  return {
    name: 'chartlint:html-version',
    transformIndexHtml: (html) => html.replaceAll('%CHARTLINT_VERSION%', version),
  };
}
