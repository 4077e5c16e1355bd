/**
 * Opens the built popup page in Chromium and reads what it took: first paint (the browser's
 * paint timing) and the lookup's own performance measures (src/ui/popup/popup-state.ts records
 * "lookup:catalog", "lookup:index" and the "lookup:ready" mark).
 */
import { rm } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { launchExtension } from '../lib/launch-extension';
import { median } from './_suite';

export type PopupTimings = { browser: string; runs: number; firstPaintMs: number; shownMs: number; catalogMs: number; indexBuildMs: number; readyMs: number };

/**
 * What one open of the popup took (ms from navigation; catalog and index are durations). `shown`
 * is the later of first paint and the load event's end: Chromium shows a toolbar popup only when
 * its document has loaded (ExtensionPopup waits for DocumentOnLoadCompletedInPrimaryMainFrame),
 * so that, not first paint alone, is when the user can see it.
 */
export type PageTimings = { paint: number; loaded: number; shown: number; rendered: number; catalog: number; index: number; ready: number };

/** The popup page of a browser that loaded the extension. */
export const popupUrl = (extensionId: string) => `chrome-extension://${extensionId}/src/ui/popup/index.html`;

/** Reads an open popup's timings: the browser's first paint and the page's own measures (read once "lookup:ready" is marked). */
export async function readPageTimings(page: Page): Promise<PageTimings> {
  // Plain expressions only: tsx would wrap a named helper in __name(), which the page lacks.
  const t = await page.evaluate(() => ({
    paint: (performance.getEntriesByName('first-contentful-paint')[0] ?? performance.getEntriesByName('first-paint')[0])?.startTime ?? NaN,
    loaded: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.loadEventEnd ?? NaN,
    rendered: performance.getEntriesByName('popup:rendered')[0]?.startTime ?? NaN,
    catalog: performance.getEntriesByName('lookup:catalog')[0]?.duration ?? NaN,
    index: performance.getEntriesByName('lookup:index')[0]?.duration ?? NaN,
    ready: performance.getEntriesByName('lookup:ready')[0]?.startTime ?? NaN,
  }));
  return { ...t, shown: Math.max(t.paint, t.loaded) };
}

export async function measurePopup(dist: string, runs: number): Promise<PopupTimings> {
  const { context, extensionId, profile } = await launchExtension({ dist, headless: true });
  try {
    const samples: PageTimings[] = [];
    const url = popupUrl(extensionId);
    // One untimed open first: the very first open also compiles the extension's scripts.
    for (let i = 0; i <= runs; i++) {
      const page = await context.newPage();
      await page.setViewportSize({ width: 400, height: 600 });
      await page.goto(url);
      await page.waitForFunction(() => performance.getEntriesByName('lookup:ready').length > 0, undefined, { timeout: 20_000 });
      const t = await readPageTimings(page);
      if (i > 0) samples.push(t);
      await page.close();
    }
    return {
      browser: `Chromium ${context.browser()?.version() ?? ''}`.trim(),
      runs,
      firstPaintMs: median(samples.map((s) => s.paint)),
      shownMs: median(samples.map((s) => s.shown)),
      catalogMs: median(samples.map((s) => s.catalog)),
      indexBuildMs: median(samples.map((s) => s.index)),
      readyMs: median(samples.map((s) => s.ready)),
    };
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
}
