/**
 * A short tour of ChartLint on the demo EHR that ends in screenshots: used by `npm start` on a
 * machine with no display, and by the README screenshot test.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { sealedOverlay } from '../../test/e2e/sealed-overlay';

export type TourShots = Record<'demo' | 'sidePanel' | 'popup' | 'options', string>;

/** The id of the tab showing `url`, as the extension recorded it; `probe` is any extension page. */
export async function tabIdOf(probe: Page, url: string): Promise<number> {
  for (let i = 0; i < 200; i++) {
    const id = await probe.evaluate(async (pageUrl) => {
      const all: Record<string, { url?: string; tabId?: number }> = await chrome.storage.session.get(null);
      return Object.entries(all).find(([key, v]) => key.startsWith('tab/') && v.url === pageUrl)?.[1].tabId;
    }, url);
    if (id !== undefined) return id;
    await probe.waitForTimeout(50);
  }
  throw new Error(`ChartLint did not report on ${url}`);
}

export async function takeTourScreenshots(
  context: BrowserContext,
  extensionId: string,
  demoUrl: string,
  dir: string,
  options: { colorScheme?: 'light' | 'dark' } = {},
): Promise<TourShots> {
  await mkdir(dir, { recursive: true });
  const ext = (path: string) => `chrome-extension://${extensionId}/${path}`;
  const demo = await context.newPage();
  await demo.emulateMedia({ colorScheme: options.colorScheme ?? 'light' });
  await demo.goto(demoUrl);
  const dx = demo.getByRole('combobox', { name: 'Diagnosis (ICD-10-CM)' });
  await dx.pressSequentially('M99.60', { delay: 30 });
  // Close the demo EHR's own suggestion list, as a user who typed the whole code would.
  await dx.press('Escape');
  // The inline warning: the badge with its findings, opened as a user would (hover). The overlay's
  // shadow root is closed, so it is read from the extension's world (test/e2e/sealed-overlay.ts).
  const overlay = sealedOverlay(demo);
  const badge = overlay.locator('.badge[data-severity]').first();
  await badge.waitFor();
  await badge.hover();
  await overlay.locator('.panel:not([hidden])').waitFor();
  const shots = {} as TourShots;
  shots.demo = join(dir, 'demo-inline.png');
  await demo.screenshot({ path: shots.demo });

  const probe = await context.newPage();
  await probe.emulateMedia({ colorScheme: options.colorScheme ?? 'light' });
  await probe.setViewportSize({ width: 400, height: 760 });
  await probe.goto(ext('src/ui/options/index.html'));
  const tabId = await tabIdOf(probe, demo.url());

  await probe.goto(ext(`src/ui/side-panel/index.html?tabId=${tabId}`));
  await probe.locator('[data-code]').first().waitFor();
  shots.sidePanel = join(dir, 'side-panel.png');
  await probe.screenshot({ path: shots.sidePanel });

  await probe.setViewportSize({ width: 360, height: 480 });
  await probe.goto(ext('src/ui/popup/index.html'));
  shots.popup = join(dir, 'popup.png');
  await probe.screenshot({ path: shots.popup });

  await probe.setViewportSize({ width: 1000, height: 700 });
  await probe.goto(ext('src/ui/options/index.html'));
  shots.options = join(dir, 'options.png');
  await probe.screenshot({ path: shots.options });
  await probe.close();
  return shots;
}
