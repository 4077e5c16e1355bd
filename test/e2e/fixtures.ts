/**
 * The browser-test harness: Chromium with the built extension loaded (dist/, or CHARTLINT_DIST),
 * the extension id from its service worker, a localhost server for the demo EHR and fixture pages,
 * and helpers to open extension pages and take screenshots.
 *
 * One browser per Playwright worker is shared by the tests that do not need a fresh profile:
 * launching Chromium and warming the worker's catalog cost seconds a test on a 2-core machine.
 * Between tests the shared browser is put back to how a fresh profile starts (one blank tab, empty
 * extension storage, no granted permissions, no open side panel or popup); if that cannot be
 * proved, or the test failed, the browser is thrown away and the next test gets a new one.
 * The blank tab is the one the last test used first, navigated back to about:blank, and it is the
 * next test's first tab (the page fixture, openPage): see takeTab.
 * A test that stops the service worker (stopServiceWorker) keeps the shared browser: the worker
 * Chrome starts again has read the catalog before the reset, as a new browser's has before its
 * first test: in the test, or else in a warm-up after it (a launch to its first badge cost 13–18
 * CPU-s, the launch alone 5–6: measured 2026-12-04 under load).
 * A test that needs its own browser (a reloaded extension, network or install-time observations,
 * or anything it sets on the context itself: routes, init scripts, event listeners, which a reset
 * does not undo) says so: `test('…', { tag: FRESH_BROWSER }, …)`, or for a whole file
 * `test.use({ freshBrowser: true })`.
 */
import { test as base, expect as baseExpect, type BrowserContext, type CDPSession, type Locator, type Page, type Request, type TestInfo, type Worker } from '@playwright/test';
import { appendFileSync, existsSync, mkdirSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { tabIdOf as tabIdOfUrl } from '../../scripts/lib/demo-tour';
import { launchExtension } from '../../scripts/lib/launch-extension';
import { meterCpu } from '../../scripts/lib/process-cpu';
import { startServer, type RunningServer } from '../../scripts/lib/serve';
import { badge, expectOverlay, POLL_INTERVALS } from './page-helpers';

export const DIST = resolve(process.env.CHARTLINT_DIST ?? 'dist');
/** Screenshots go to docs/screenshots when CHARTLINT_SCREENSHOTS=docs (README images), else test-results. */
export const SCREENSHOT_DIR = resolve(process.env.CHARTLINT_SCREENSHOTS === 'docs' ? 'docs/screenshots' : 'test-results/screenshots');
/**
 * Pictures for a person to look at, which no assertion reads (a badge on each widget, the chiro
 * panel in Spanish and dark, the pages behind saveScreenshot), are taken unless CHARTLINT_PICTURES=0.
 * `npm test` sets it for its browser step (scripts/test-all.ts): nobody looks at the pictures of
 * that run (CI throws its clone away), and they cost the step CPU (a 1280×860 page about 0.2 CPU-s,
 * a full-page shot of a tall page about 1, measured 2026-12-07). The README's set
 * (CHARTLINT_SCREENSHOTS=docs) is always taken. Not pictures in this sense, and always taken: the
 * tour's (screenshots.spec.ts asserts their sizes) and panel-layout's of a view that failed.
 */
export const PICTURES = process.env.CHARTLINT_PICTURES !== '0' || process.env.CHARTLINT_SCREENSHOTS === 'docs';

/** Takes a picture for a person to look at (`shoot`), unless pictures are off (see PICTURES). */
export async function picture(shoot: () => Promise<unknown>): Promise<void> {
  if (PICTURES) await shoot();
}

/** The tag of a test that gets a browser of its own instead of the worker's shared one. */
export const FRESH_BROWSER = '@fresh-browser';

type TestFixtures = {
  /** With CHARTLINT_E2E_CPU=FILE: appends each test's CPU seconds (see cpuPerTest). */
  cpuPerTest: undefined;
  /** True: this test gets a new browser and profile (see FRESH_BROWSER). */
  freshBrowser: boolean;
  context: BrowserContext;
  /**
   * The test's first tab: the browser's kept blank tab (see takeTab), or a new one. A test that
   * sets anything on its page that outlives a navigation and that the reset does not undo (init
   * scripts, routes, exposed functions) opens its own with context.newPage().
   */
  page: Page;
  serviceWorker: Worker;
  extensionId: string;
  /** Opens an extension page (e.g. 'src/ui/side-panel/index.html?tabId=3') in a new tab. */
  openExtensionPage: (path: string, viewport?: { width: number; height: number }) => Promise<Page>;
  /**
   * Opens a tab on the extension's origin that runs none of its code (see openProbe), to read
   * extension storage or message the worker from the test.
   */
  openExtensionProbe: () => Promise<Page>;
  /** The id of the browser tab showing `page`, as the extension sees it. */
  tabIdOf: (page: Page) => Promise<number>;
  /** Stops every service worker (as Chrome does after 30 s idle) and waits for it to be gone. */
  stopServiceWorker: (page: Page) => Promise<void>;
  /** A picture of the page for a person to look at, unless pictures are off (see PICTURES). */
  saveScreenshot: (page: Page, name: string) => Promise<string>;
  /**
   * The common start of a page test: opens a page of the test server in a new tab (the demo EHR
   * unless `path` says otherwise), types `typed` into its diagnosis field key by key (as a user
   * does) and waits for ChartLint's badge on it. See OpenPageOptions for the other pages, fields,
   * notes and badges.
   */
  openPage: (typed: string, options?: OpenPageOptions) => Promise<{ page: Page; dx: Locator }>;
};
export type OpenPageOptions = {
  /** The page on the test server, e.g. '/fixtures/plain-form.html' (default: the demo EHR). */
  path?: string;
  /** The OS colour scheme, emulated before the page loads. */
  colorScheme?: 'light' | 'dark';
  /** What the test sets on the page before it loads (init scripts, listeners). */
  beforeLoad?: (page: Page) => unknown;
  /** What the test does on the page before the code is typed (a note, a watcher). */
  before?: (page: Page) => unknown;
  /** The field the code is typed into: its label, or a locator (default: the demo EHR's diagnosis combobox). */
  field?: string | ((page: Page) => Locator);
  /** Milliseconds between keys (default 20). */
  delay?: number;
  /**
   * Enter the text in one input event, as a user pastes it, instead of key by key. For a test that
   * counts what the badge showed: typed, a stall on a busy machine longer than the typing pause lets
   * the badge show a partial code ("M50.12") and rightly count its finding.
   */
  paste?: boolean;
  /**
   * The code of the badge that shows ChartLint read the field (default: the typed text in
   * capitals; pass the code as ChartLint writes it when they differ), or false to return at once.
   */
  badge?: string | false;
};
type WorkerFixtures = { server: RunningServer; sharedBrowser: SharedBrowser };

type Launched = { context: BrowserContext; extensionId: string; profile: string };

async function launch(): Promise<Launched> {
  if (!existsSync(join(DIST, 'manifest.json'))) {
    throw new Error(`No built extension in ${DIST}: run \`npm run build\` first.`);
  }
  // The same launch as `npm start` (scripts/lib/launch-extension.ts): one place for the flags.
  const browser = await launchExtension({ dist: DIST, headless: true });
  watchGrants(browser.context);
  // The tab a new profile opens with is the first one handed out (takeTab).
  const first = browser.context.pages()[0];
  if (first) keep(browser.context, first);
  return browser;
}

async function close(browser: Launched): Promise<void> {
  await browser.context.close().catch(() => undefined);
  await rm(browser.profile, { recursive: true, force: true });
}

/**
 * Shared browsers whose worker a test stopped, until the release: the request listener that watches
 * for the restarted worker's fetch of a release's catalog table, and whether it has seen one
 * (`readAgain`: the test paid that read itself, and the release only resets; every test that stops
 * the worker goes on to a badge or a panel, which needs it). Else the release reads the catalog
 * into the worker again.
 */
const stoppedWorkers = new WeakMap<BrowserContext, { watch: (request: Request) => void; readAgain: boolean }>();

/** The running service worker of `context`, woken by an extension page if Chrome stopped it. */
async function liveWorker(context: BrowserContext, extensionId?: string): Promise<Worker> {
  const running = context.serviceWorkers()[0];
  if (running) return running;
  const started = context.waitForEvent('serviceworker');
  if (extensionId) {
    // Any extension event starts the worker again; a message from one of its pages is one.
    const page = await openProbe(context, extensionId);
    await page.evaluate(() => chrome.runtime.sendMessage({ type: 'test/wake' }).catch(() => undefined));
    const worker = await started;
    await page.close();
    return worker;
  }
  return started;
}

/**
 * The blank tab each browser keeps between tests, handed to the next test as its first tab
 * (takeTab): a new tab cost a renderer process and Playwright's set-up of it, 1.3-2.0 CPU-s on the
 * demo EHR against about 0.7 for a kept tab navigated there (measured 2026-12-04).
 * `listeners` counts the Page's event listeners when it was handed out: a test that added one
 * (page.on) gets its tab closed at the reset instead of kept.
 */
type KeptTab = { page: Page; taken: boolean; listeners: number };
const kept = new WeakMap<BrowserContext, KeptTab>();
const DEFAULT_VIEWPORT = { width: 1280, height: 860 };

/** Makes `page` the browser's kept blank tab, its media calls watched (see mediaChanged). */
function keep(context: BrowserContext, page: Page): void {
  watchMedia(page);
  kept.set(context, { page, taken: false, listeners: 0 });
}

/** The listeners a shared browser's context has between tests (Playwright's own), counted at its first reset. */
const contextListeners = new WeakMap<BrowserContext, number>();

/** The listeners of a Page or BrowserContext (their event emitter's; Playwright's types leave these out). */
function listenerCount(target: Page | BrowserContext): number {
  const emitter = target as unknown as { eventNames(): (string | symbol)[]; listenerCount(name: string | symbol): number };
  return emitter.eventNames().reduce((sum, name) => sum + emitter.listenerCount(name), 0);
}

/**
 * What a test changed that the reset puts back only when it was changed: each call cost the reset
 * a protocol round trip and Playwright's bookkeeping of it, whether or not anything had changed
 * (an empty test's reset: clearPermissions 8-14 ms of CPU, emulateMedia 15-24, a CDP session opened
 * and detached around the history reset 18-26; 30 tests at load 23-28). Tests change them only
 * through these calls: context.grantPermissions (page-badge, page-editors, popup-lookup,
 * side-panel) and page.emulateMedia (axe, the schemes of page tests, openPage's colorScheme).
 */
const granted = new WeakSet<BrowserContext>();
const mediaChanged = new WeakSet<Page>();
const mediaWatched = new WeakSet<Page>();
/** The kept tab's CDP session, opened at its first reset and used by every later one. */
const historySession = new WeakMap<Page, CDPSession>();

function watchGrants(context: BrowserContext): void {
  const grant = context.grantPermissions.bind(context);
  context.grantPermissions = (permissions, options) => {
    granted.add(context);
    return grant(permissions, options);
  };
}

function watchMedia(page: Page): void {
  if (mediaWatched.has(page)) return;
  mediaWatched.add(page);
  const emulate = page.emulateMedia.bind(page);
  page.emulateMedia = (options) => {
    mediaChanged.add(page);
    return emulate(options);
  };
}

/**
 * The test's first tab: the kept blank tab of its browser the first time a test asks, else a new
 * one. Isolation is the browser's own: the tab only ever comes back on about:blank, after a
 * cross-document navigation that ended the previous test's documents (their content scripts sent
 * page/leave, and the reset waited until the worker held no frame of them) and with its history
 * cleared (see reset). The old page's leaving also gives the tab back its whole character
 * allowance in the worker (clearLiveFrames, src/background/live-tabs.ts), as a new tab has.
 */
async function takeTab(context: BrowserContext): Promise<Page> {
  const tab = kept.get(context);
  if (tab && !tab.taken && !tab.page.isClosed() && tab.page.url() === 'about:blank') {
    tab.taken = true;
    tab.listeners = listenerCount(tab.page);
    return tab.page;
  }
  return context.newPage();
}

/** The kept tab back on about:blank with no history and the default viewport and media, or undefined if the test added listeners to it. */
async function blankKeptTab(context: BrowserContext): Promise<Page | undefined> {
  const tab = kept.get(context);
  if (!tab || tab.page.isClosed()) return undefined;
  const { page } = tab;
  if (tab.taken && listenerCount(page) !== tab.listeners) return undefined;
  if (!tab.taken && page.url() === 'about:blank') return page;
  await page.goto('about:blank');
  // The page settings tests change (panel widths, axe's themes), which a navigation does not
  // undo: back to the context's defaults.
  const viewport = page.viewportSize();
  if (viewport?.width !== DEFAULT_VIEWPORT.width || viewport.height !== DEFAULT_VIEWPORT.height) await page.setViewportSize(DEFAULT_VIEWPORT);
  if (mediaChanged.has(page)) {
    await page.emulateMedia({ media: null, colorScheme: 'light', reducedMotion: 'no-preference', forcedColors: 'none', contrast: 'no-preference' });
    mediaChanged.delete(page);
  }
  // Back and forward lead nowhere, as in a new tab.
  let cdp = historySession.get(page);
  if (!cdp) historySession.set(page, (cdp = await context.newCDPSession(page)));
  await cdp.send('Page.resetNavigationHistory');
  return page;
}

/**
 * Puts a shared browser back to a fresh profile's state. Returns what it could not put back
 * (the caller then throws the browser away), or undefined. Every wait is for a condition, not a time.
 */
async function reset(browser: Launched): Promise<string | undefined> {
  const { context, extensionId } = browser;
  // A listener a test left on the context would hear the next tests' pages.
  const listening = listenerCount(context);
  if (listening !== (contextListeners.get(context) ?? listening)) return 'the test left listeners on the context';
  contextListeners.set(context, listening);
  // One blank tab, as a new profile starts: the kept tab (takeTab), navigated back to about:blank,
  // or a new one if the test changed it or closed it. Closing the test's other tabs makes the
  // worker drop their state and dismissals, as it does for a user; the kept tab's documents said
  // page/leave as they went, and the worker emptied its state (waited for below).
  const blank = (await blankKeptTab(context).catch(() => undefined)) ?? (await context.newPage());
  keep(context, blank);
  for (const page of context.pages()) if (page !== blank) await page.close();
  if (granted.has(context)) {
    await context.clearPermissions();
    granted.delete(context);
  }
  const worker = await liveWorker(context, extensionId);
  return worker.evaluate(async () => {
    const until = Date.now() + 10_000;
    // Closed tabs' state gone; the kept tab's, if any, holds no frame (its page left).
    const idle = async () => {
      const tabs = await chrome.tabs.query({});
      const session = Object.entries(await chrome.storage.session.get(null)).filter(([key]) => key.startsWith('tab/'));
      return tabs.length === 1 && session.every(([key, state]) => key === `tab/${tabs[0]!.id}` && Object.keys((state as { frames: object }).frames).length === 0);
    };
    while (!(await idle())) {
      if (Date.now() > until) return 'closed or blanked tabs kept their state for 10 s';
      await new Promise((done) => setTimeout(done, 50));
    }
    // A side panel opened by a test stays with the window; close it as the user would.
    const errors: string[] = [];
    for (const window of await chrome.windows.getAll()) {
      await chrome.sidePanel.close({ windowId: window.id! }).catch((e: unknown) => errors.push(String(e)));
    }
    await Promise.all([chrome.storage.session.clear(), chrome.storage.local.clear(), chrome.storage.sync.clear()]);
    const openPages = () =>
      chrome.runtime.getContexts({ contextTypes: [chrome.runtime.ContextType.SIDE_PANEL, chrome.runtime.ContextType.POPUP, chrome.runtime.ContextType.TAB] });
    while ((await openPages()).length > 0) {
      if (Date.now() > until) return `extension pages still open: ${(await openPages()).map((c) => c.contextType).join(', ')} ${errors.join('; ')}`;
      await new Promise((done) => setTimeout(done, 50));
    }
    const areas = await Promise.all([chrome.storage.session.get(null), chrome.storage.local.get(null), chrome.storage.sync.get(null)]);
    const left = areas.flatMap((items) => Object.keys(items));
    return left.length > 0 ? `storage not empty: ${left.join(', ')}` : undefined;
  });
}

/**
 * A new worker reads the code catalog when a page first holds a diagnosis field, and answers no
 * snapshot until it is done. It no longer parses the whole catalog (it reads the release's
 * per-category table, src/background/release-catalog.ts), and the demo EHR's official titles are
 * resolved through the packaged title hashes instead of an index of every row: about 430 worker
 * CPU ms (1,070-1,270 with the index) and 3.5-3.7 s from the page's opening to its first badge on a
 * 2-core machine at load 5-17, as on a plain form with no titles (scripts/bench/_first-badge.ts,
 * PAGE=/fixtures/plain-form.html: 3.1-3.8 s, the browser's own start; it once took 8 s, so the first test of a new
 * browser saw its first badge only after the 7 s its assertions wait). That cost, still seconds
 * on a busy machine, belongs to starting the browser: a page with a code is checked once here, its
 * badge waited for, and the browser put back to a fresh state.
 */
/**
 * How long the first badge of a new browser may take: it waits for the worker's catalog read, a
 * start-up cost that a busy 2-core machine stretches past expect's 7 s (see warmCatalog). Tests that
 * launch a browser of their own use it for that first badge only; bounded by the test's 45 s.
 */
export const COLD_WORKER_TIMEOUT = 40_000;

async function warmCatalog(browser: Launched, serverUrl: string): Promise<void> {
  const page = await takeTab(browser.context);
  await page.goto(`${serverUrl}/`);
  await page.getByRole('combobox', { name: 'Diagnosis (ICD-10-CM)' }).focus();
  await page.keyboard.insertText('M99.60');
  // A start-up cost, not an assertion: bounded by the test's own time budget (45 s), not by expect's 7 s.
  await expectOverlay(badge(page, 'M99.60')).toBeVisible({ timeout: COLD_WORKER_TIMEOUT });
  const failure = await reset(browser);
  if (failure) throw new Error(`the warmed browser could not be reset: ${failure}`);
}

/** The worker's browser, launched (and its catalog read) when a test first asks for it. */
class SharedBrowser {
  private current: Promise<Launched> | undefined;

  constructor(private readonly serverUrl: string) {}

  get(): Promise<Launched> {
    this.current ??= launch().then(async (browser) => {
      try {
        await warmCatalog(browser, this.serverUrl);
      } catch (error) {
        await close(browser);
        throw error;
      }
      return browser;
    });
    return this.current;
  }

  /** After a test: back to a fresh profile's state, or gone if that fails or the test failed. */
  async release(testInfo: TestInfo): Promise<void> {
    const browser = await this.current?.catch(() => undefined);
    if (!browser) return;
    const passed = testInfo.status === testInfo.expectedStatus;
    // A worker the test stopped has no catalog when Chrome starts it again, unless the test made it
    // read one (`readAgain`): read it now (warmCatalog, which resets too), as a new browser
    // does before its first test. (Warmed, the worker is running: a stopped one answers no
    // evaluate until woken.) Warmed after every such test, as before 2026-12-07, the four tests
    // that stop it took 32.4 CPU-s against 27.1 (two interleaved runs at load 28): each had
    // already had the catalog read, and the warm-up typed into a demo page again.
    // The watch goes before the reset, which throws away a browser whose context has a listener more.
    const stop = stoppedWorkers.get(browser.context);
    if (stop) browser.context.off('request', stop.watch);
    stoppedWorkers.delete(browser.context);
    const rewarm = stop !== undefined && !stop.readAgain;
    const failure = !passed
      ? 'the test failed'
      : rewarm
        ? await warmCatalog(browser, this.serverUrl).then(() => undefined, (error: unknown) => String(error))
        : await reset(browser).catch((error: unknown) => String(error));
    if (failure === undefined) return;
    if (process.env.CHARTLINT_E2E_DEBUG) console.log(`new browser after "${testInfo.title}": ${failure}`);
    await this.discard();
  }

  async discard(): Promise<void> {
    const browser = await this.current?.catch(() => undefined);
    this.current = undefined;
    if (browser) await close(browser);
  }
}

const launched = new WeakMap<BrowserContext, Launched>();

export const test = base.extend<TestFixtures, WorkerFixtures>({
  // Where the browser tests' CPU goes, test by test: CHARTLINT_E2E_CPU=FILE appends one JSON line a
  // test with the CPU seconds of this Playwright worker's process tree (Node and its browsers, the
  // kept one's reset after the test included) from the test's first fixture to its last teardown.
  // The run's total CPU less their sum is the workers' own start, the shared browsers' launches and
  // their first catalog read (scripts/lib/process-cpu.ts says what a tree's CPU misses).
  cpuPerTest: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use, testInfo) => {
      const file = process.env.CHARTLINT_E2E_CPU;
      if (!file) return use(undefined);
      const before = meterCpu(process.pid).stop() ?? 0;
      const meter = meterCpu(process.pid, 250);
      const started = Date.now();
      await use(undefined);
      const cpu = (meter.stop() ?? 0) - before;
      const line = { file: testInfo.file.replace(`${process.cwd()}/`, ''), title: testInfo.title, status: testInfo.status, cpu, wall: (Date.now() - started) / 1000 };
      appendFileSync(file, `${JSON.stringify(line)}\n`);
    },
    { auto: true },
  ],

  server: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const server = await startServer();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],

  sharedBrowser: [
    // Depends on the server so that it is closed first: the server's close() waits for the
    // browser's keep-alive connections to end.
    async ({ server }, use) => {
      const shared = new SharedBrowser(server.url);
      // Launched (and warmed) before the first test, on the worker's clock, not that test's; a
      // failure here is not final: the first test launches again.
      await shared.get().catch(() => shared.discard());
      await use(shared);
      await shared.discard();
    },
    { scope: 'worker', timeout: 120_000 },
  ],

  freshBrowser: [false, { option: true }],

  context: async ({ freshBrowser, sharedBrowser }, use, testInfo) => {
    if (freshBrowser || testInfo.tags.includes(FRESH_BROWSER)) {
      const browser = await launch();
      launched.set(browser.context, browser);
      await use(browser.context);
      await close(browser);
      return;
    }
    const browser = await sharedBrowser.get();
    launched.set(browser.context, browser);
    await use(browser.context);
    await sharedBrowser.release(testInfo);
  },

  page: async ({ context }, use) => {
    await use(await takeTab(context));
  },

  serviceWorker: async ({ context }, use) => {
    await use(await liveWorker(context, launched.get(context)?.extensionId));
  },

  extensionId: async ({ context }, use) => {
    await use(launched.get(context)!.extensionId);
  },

  openExtensionPage: async ({ context, extensionId }, use) => {
    await use(async (path, viewport) => {
      // A new tab, not the kept one: the popup's "Open in side panel" opened no panel from the kept
      // tab (popup-lookup.spec.ts, every time), and the kept tab saved no CPU measurable on axe's
      // extension pages (75.3 -> 74.9 CPU-s).
      const page = await context.newPage();
      if (viewport) await page.setViewportSize(viewport);
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    });
  },

  openExtensionProbe: async ({ context, extensionId }, use) => {
    await use(() => openProbe(context, extensionId));
  },

  tabIdOf: async ({ context, extensionId }, use) => {
    await use(async (page) => {
      // Any extension context can read storage.session. The running worker answers without a tab
      // of its own: a probe tab (a new renderer and Playwright's set-up of it) cost 0.6 CPU-s a
      // test (10 tests interleaved twice at load 17-19: 29.7/29.1 CPU-s with the probe, 22.6/24.5
      // with the worker). A worker a test stopped answers no evaluate until woken, and waking it
      // would change what the test watches: then a probe page reads it, as before.
      const worker = context.serviceWorkers()[0];
      if (worker && !stoppedWorkers.has(context)) return tabIdOfUrl(worker, page.url());
      return tabIdOfUrl(await ensureExtensionProbe(context, extensionId), page.url());
    });
  },

  stopServiceWorker: async ({ context }, use) => {
    await use(async (page) => {
      // The worker Chrome starts next has read no catalog, until its fetch of one is seen.
      const stop = stoppedWorkers.get(context);
      if (stop) stop.readAgain = false;
      else {
        const entry = {
          readAgain: false,
          watch: (request: Request) => {
            if (request.serviceWorker() && request.url().includes('.catalog-table.')) entry.readAgain = true;
          },
        };
        stoppedWorkers.set(context, entry);
        context.on('request', entry.watch);
      }
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

  openPage: async ({ context, server }, use) => {
    await use(async (typed, options = {}) => {
      // Init scripts and listeners set before the page loads would outlive the test on a kept tab.
      const page = options.beforeLoad ? await context.newPage() : await takeTab(context);
      if (options.colorScheme) await page.emulateMedia({ colorScheme: options.colorScheme });
      await options.beforeLoad?.(page);
      await page.goto(`${server.url}${options.path ?? '/'}`);
      await options.before?.(page);
      const { field = (p: Page) => p.getByRole('combobox', { name: 'Diagnosis (ICD-10-CM)' }) } = options;
      const dx = typeof field === 'string' ? page.getByLabel(field) : field(page);
      if (options.paste) {
        await dx.focus();
        await page.keyboard.insertText(typed);
      } else await dx.pressSequentially(typed, { delay: options.delay ?? 20 });
      const code = options.badge ?? typed.toUpperCase();
      if (code !== false) await expectOverlay(badge(page, code)).toBeVisible();
      return { page, dx };
    });
  },

  // eslint-disable-next-line no-empty-pattern
  saveScreenshot: async ({}, use) => {
    await use(async (page: Page, name: string) => {
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      const path = join(SCREENSHOT_DIR, `${name}.png`);
      await picture(() => page.screenshot({ path }));
      return path;
    });
  },
});

const probes = new WeakMap<BrowserContext, Page>();

/**
 * A tab on the extension's own origin that runs none of ChartLint's code, for reading and writing
 * extension storage and messaging the worker from a test: the extension's manifest, which Chrome
 * shows as a document with the extension's chrome.* APIs, as on any of its pages. The options page
 * served as the probe before, and then read the whole code catalog (12 MB of JSON) for its About
 * section on every load: 1.1–1.6 CPU-s against 0.65 for the manifest (measured 2026-12-04), once
 * per test that asked for a tab id, and again for each probe a spec opened. (The options page no
 * longer loads the catalog, but the manifest still runs no code of ours.) A tab id is now read from
 * the running worker, with no tab (see tabIdOf); the probe serves when a test stopped the worker.
 */
async function openProbe(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/manifest.json`);
  return page;
}

/** The probe of `context`, opened when a test first asks for a tab id. */
async function ensureExtensionProbe(context: BrowserContext, extensionId: string): Promise<Page> {
  const existing = probes.get(context);
  if (existing && !existing.isClosed()) return existing;
  const page = await openProbe(context, extensionId);
  probes.set(context, page);
  return page;
}

/**
 * Playwright's `expect`, with `expect.poll` on the quicker cadence of POLL_INTERVALS unless a
 * call sets its own intervals (see sealed-overlay.ts for why).
 */
export const expect: typeof baseExpect = new Proxy(baseExpect, {
  get(target, key, receiver) {
    if (key !== 'poll') return Reflect.get(target, key, receiver) as unknown;
    const poll: typeof baseExpect.poll = (actual, options) =>
      target.poll(actual, typeof options === 'string' ? { message: options, intervals: POLL_INTERVALS } : { intervals: POLL_INTERVALS, ...options });
    return poll;
  },
});
