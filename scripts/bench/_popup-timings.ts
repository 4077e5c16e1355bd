/**
 * Opens the built popup page in Chromium and reads what it took: first paint (the browser's
 * paint timing) and the lookup's own performance measures (src/ui/popup/popup-state.ts records
 * "lookup:catalog", "lookup:index" and the "lookup:ready" mark).
 */
import { rm } from 'node:fs/promises';
import { launchExtension } from '../lib/launch-extension';
import { median } from './_suite';

export type PopupTimings = { browser: string; runs: number; firstPaintMs: number; catalogMs: number; indexBuildMs: number; readyMs: number };

type PageTimings = { paint: number; catalog: number; index: number; ready: number };

export async function measurePopup(dist: string, runs: number): Promise<PopupTimings> {
  const { context, extensionId, profile } = await launchExtension({ dist, headless: true });
  try {
    const samples: PageTimings[] = [];
    const url = `chrome-extension://${extensionId}/src/ui/popup/index.html`;
    // One untimed open first: the very first open also compiles the extension's scripts.
    for (let i = 0; i <= runs; i++) {
      const page = await context.newPage();
      await page.setViewportSize({ width: 400, height: 600 });
      await page.goto(url);
      await page.waitForFunction(() => performance.getEntriesByName('lookup:ready').length > 0, undefined, { timeout: 20_000 });
      // Plain expressions only: tsx would wrap a named helper in __name(), which the page lacks.
      const t = await page.evaluate(() => ({
        paint: (performance.getEntriesByName('first-contentful-paint')[0] ?? performance.getEntriesByName('first-paint')[0])?.startTime ?? NaN,
        catalog: performance.getEntriesByName('lookup:catalog')[0]?.duration ?? NaN,
        index: performance.getEntriesByName('lookup:index')[0]?.duration ?? NaN,
        ready: performance.getEntriesByName('lookup:ready')[0]?.startTime ?? NaN,
      }));
      if (i > 0) samples.push(t);
      await page.close();
    }
    return {
      browser: `Chromium ${context.browser()?.version() ?? ''}`.trim(),
      runs,
      firstPaintMs: median(samples.map((s) => s.paint)),
      catalogMs: median(samples.map((s) => s.catalog)),
      indexBuildMs: median(samples.map((s) => s.index)),
      readyMs: median(samples.map((s) => s.ready)),
    };
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
}
