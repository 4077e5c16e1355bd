/**
 * Helpers of the side-panel specs (side-panel.spec.ts, side-panel-details.spec.ts).
 */
import type { BrowserContext, Request } from '@playwright/test';

/**
 * The knowledge-base files that extension pages (not the worker) request until `read()` is called,
 * which stops listening. Resource timing leaves chrome-extension: reads out, so this listens to the
 * browser context's requests (and stops, as the context outlives the test: fixtures.ts).
 */
export function kbFilesReadByPages(context: BrowserContext): { read: () => string[] } {
  const urls: string[] = [];
  const listener = (request: Request) => {
    if (request.url().includes('/assets/kb/') && !request.serviceWorker()) urls.push(request.url());
  };
  context.on('request', listener);
  return {
    read: () => {
      context.off('request', listener);
      return urls;
    },
  };
}
