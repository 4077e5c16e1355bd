/**
 * The browser-test harness: a fresh Chromium profile per test with the built extension loaded
 * (dist/, or CHARTLINT_DIST), the extension id from its service worker, a localhost server for the
 * demo EHR and fixture pages, and helpers to open extension pages and take screenshots.
 */
import { test as base, expect, type BrowserContext, type Locator, type Page, type Worker } from '@playwright/test';
import { existsSync, mkdirSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { tabIdOf as tabIdOfUrl } from '../../scripts/lib/demo-tour';
import { launchExtension } from '../../scripts/lib/launch-extension';
import { startServer, type RunningServer } from '../../scripts/lib/serve';
import { badge, expectOverlay } from './page-helpers';

export const DIST = resolve(process.env.CHARTLINT_DIST ?? 'dist');
/** Screenshots go to docs/screenshots when CHARTLINT_SCREENSHOTS=docs (README images), else test-results. */
export const SCREENSHOT_DIR = resolve(process.env.CHARTLINT_SCREENSHOTS === 'docs' ? 'docs/screenshots' : 'test-results/screenshots');

type TestFixtures = {
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  /** Opens an extension page (e.g. 'src/ui/side-panel/index.html?tabId=3') in a new tab. */
  openExtensionPage: (path: string, viewport?: { width: number; height: number }) => Promise<Page>;
  /** The id of the browser tab showing `page`, as the extension sees it. */
  tabIdOf: (page: Page) => Promise<number>;
  /** Stops every service worker (as Chrome does after 30 s idle) and waits for it to be gone. */
  stopServiceWorker: (page: Page) => Promise<void>;
  saveScreenshot: (page: Page, name: string) => Promise<string>;
  /**
   * The common start of a page test: opens the demo EHR in a new tab, types `code` into its
   * diagnosis field key by key (as a user does) and waits for ChartLint's badge for that code.
   */
  openDemo: (code: string) => Promise<{ page: Page; dx: Locator }>;
};
type WorkerFixtures = { server: RunningServer };

export const test = base.extend<TestFixtures, WorkerFixtures>({
  server: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const server = await startServer();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],

  // eslint-disable-next-line no-empty-pattern
  context: async ({}, use) => {
    if (!existsSync(join(DIST, 'manifest.json'))) {
      throw new Error(`No built extension in ${DIST}: run \`npm run build\` first.`);
    }
    // The same launch as `npm start` (scripts/lib/launch-extension.ts): one place for the flags.
    const { context, profile } = await launchExtension({ dist: DIST, headless: true });
    await use(context);
    await context.close();
    await rm(profile, { recursive: true, force: true });
  },

  serviceWorker: async ({ context }, use) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await use(worker);
  },

  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },

  openExtensionPage: async ({ context, extensionId }, use) => {
    await use(async (path, viewport) => {
      const page = await context.newPage();
      if (viewport) await page.setViewportSize(viewport);
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    });
  },

  tabIdOf: async ({ context, extensionId }, use) => {
    await use(async (page) => {
      // Any extension context can read storage.session; the worker may be stopped, so use a page.
      return tabIdOfUrl(await ensureExtensionProbe(context, extensionId), page.url());
    });
  },

  stopServiceWorker: async ({ context }, use) => {
    await use(async (page) => {
      const cdp = await context.newCDPSession(page);
      type Versions = { versions: { runningStatus: string }[] };
      // Playwright does not notice a worker stopped over CDP, but CDP itself reports it.
      const stopped = new Promise<void>((done) => {
        cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }: Versions) => {
          if (versions.length > 0 && versions.every((v) => v.runningStatus === 'stopped')) done();
        });
      });
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await stopped;
      await cdp.detach();
    });
  },

  openDemo: async ({ context, server }, use) => {
    await use(async (code) => {
      const page = await context.newPage();
      await page.goto(server.url);
      const dx = page.getByRole('combobox', { name: 'Diagnosis (ICD-10-CM)' });
      await dx.pressSequentially(code, { delay: 20 });
      await expectOverlay(badge(page, code.toUpperCase())).toBeVisible();
      return { page, dx };
    });
  },

  // eslint-disable-next-line no-empty-pattern
  saveScreenshot: async ({}, use) => {
    await use(async (page: Page, name: string) => {
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      const path = join(SCREENSHOT_DIR, `${name}.png`);
      await page.screenshot({ path });
      return path;
    });
  },
});

const probes = new WeakMap<BrowserContext, Page>();

/** A hidden extension page used to read extension storage from tests. */
async function ensureExtensionProbe(context: BrowserContext, extensionId: string): Promise<Page> {
  const existing = probes.get(context);
  if (existing && !existing.isClosed()) return existing;
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/src/ui/options/index.html`);
  probes.set(context, page);
  return page;
}

export { expect };
