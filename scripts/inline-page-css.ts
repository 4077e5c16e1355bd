import type { Plugin } from 'vite';

/**
 * The popup's stylesheets written into its HTML as <style> blocks instead of <link>s. A stylesheet
 * in <head> blocks the first paint until it arrives, and the popup had three (theme, code entry,
 * popup: ~4.6 KB together), each its own request through the extension's resource loader: on a
 * loaded machine the static shell waited for all three before it could paint. Inline, the shell
 * paints as soon as its HTML is parsed. The CSS files stay in the bundle for anything else that
 * links them. MV3's default extension-page CSP restricts scripts, not styles.
 */
export function inlinePageCss(pages: string[]): Plugin {
  return {
    name: 'chartlint:inline-page-css',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      for (const page of pages) {
        const html = bundle[page];
        if (html?.type !== 'asset' || typeof html.source !== 'string') continue;
        html.source = html.source.replace(
          /<link rel="stylesheet"[^>]*? href="\/([^"]+)"[^>]*>/g,
          (link, file: string) => {
            const css = bundle[file];
            if (css?.type !== 'asset') return link;
            const text = typeof css.source === 'string' ? css.source : new TextDecoder().decode(css.source);
            // "</style" inside the CSS would end the block early; minified CSS never holds it, but say so loudly.
            if (/<\/style/i.test(text))
              throw new Error(`${file} holds "</style": cannot inline it into ${page}`);
            return `<style>${text}</style>`;
          },
        );
      }
    },
  };
}
