/**
 * Settings, site access, enterprise policy and privacy, in the real browser (issue 8).
 * Pages on http://chartlint-ehr.test (mapped to our local server) stand for a real EHR: the
 * manifest's content_scripts do not match that host, so ChartLint must not run there until the
 * user enables it.
 */
import type { Page, Worker } from '@playwright/test';
import { COLD_WORKER_TIMEOUT, DIST, expect, PICTURES, test } from './fixtures';
import { badge, expectOverlay, storedTabState } from './page-helpers';
import { OTHER_HOST, OTHER_HOST_FLAG, PopupDriver, UNGRANTED_HOST, extensionKey, launch, variantOf, writeExtensionPolicy } from './settings-support';

const DX = { role: 'combobox', name: 'Diagnosis (ICD-10-CM)' } as const;

async function typeCode(page: Page, code: string) {
  await page.getByRole(DX.role, { name: DX.name }).pressSequentially(code, { delay: 15 });
}

/** Proves a negative: after typing, give the extension time to react, then check it did not. */
async function expectNoChartLint(page: Page) {
  await page.waitForTimeout(1200);
  await expect(page.locator('[data-chartlint]')).toHaveCount(0);
}

const registered = (worker: Worker) =>
  worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((s) => ({ id: s.id, matches: s.matches, allFrames: s.allFrames })));
const syncedSettings = (worker: Worker) => worker.evaluate(async () => (await chrome.storage.sync.get('settings')).settings as { enabledSites?: string[] } | undefined);

test.describe('site access', () => {
  // These three tests run one after the other on one browser of one variant: each leaves the
  // site disabled, as it found it, and its tabs are closed after it; a failed test ends the
  // Playwright worker, so the next one launches a new browser. One launch and catalog read fewer
  // for the second test (13-18 CPU-s on this 2-core machine), one launch fewer for the third
  // (5-6 CPU-s), which asks on a host the variant holds no grant for.
  test.describe('one browser of the site-access variant', () => {
    test.describe.configure({ mode: 'default' });
    let variant: ReturnType<typeof variantOf> | undefined;
    let shared: ReturnType<typeof launch> | undefined;
    const siteAccessBrowser = () => {
      // The user's "Allow" in the prompt cannot be clicked headless, so this variant already holds
      // the grant (host_permissions) for OTHER_HOST, and none for UNGRANTED_HOST; everything after
      // the prompt is the real code path. A real toolbar click grants activeTab, which lets the
      // popup read the tab's address; a popup opened by action.openPopup() gets no such grant, so
      // the variant has "tabs" to stand in (on OTHER_HOST the grant shows the address anyway).
      variant ??= variantOf(DIST, (m) => {
        m.permissions = [...(m.permissions as string[]), 'tabs'];
        m.host_permissions = [`http://${OTHER_HOST}/*`];
      });
      shared ??= launch(variant.dir, [OTHER_HOST_FLAG]);
      return shared;
    };
    // Launched before the first test, on the hook's clock: the first test is the suite's longest.
    test.beforeAll(async () => {
      await siteAccessBrowser();
    });
    test.afterEach(async () => {
      const browser = await shared?.catch(() => undefined);
      // The launch's own first tab stays open: the browser keeps a window.
      for (const page of browser?.context.pages().slice(1) ?? []) await page.close();
    });
    test.afterAll(async () => {
      await (await shared?.catch(() => undefined))?.close();
      variant?.remove();
    });

    test('enabling registers the content script on that site in all frames; disabling removes it', async ({ server }) => {
      // The first test of the group launches the group's own browser and reads its catalog: 41-44 s
      // of the default 45 under a load of 25-36 (stop 59), so room for the launch beside the steps.
      test.setTimeout(120_000);
      const browser = await siteAccessBrowser();
      const origin = `http://${OTHER_HOST}:${server.port}`;
      const page = await browser.context.newPage();
      await page.goto(`${origin}/`);
      await typeCode(page, 'M99.60');
      await expectNoChartLint(page);

      let popup = await PopupDriver.open(browser.context, browser.worker, browser.extensionId);
      await popup.click('[data-site-access=off] button');
      await popup.waitFor('document.querySelector("[data-site-access=on]")');
      await popup.close();

      // Started at once in the open tab, then registered for every later load of the site. The
      // first badge of a new browser waits for the worker's catalog read (COLD_WORKER_TIMEOUT).
      await expectOverlay(badge(page, 'M99.60')).toBeVisible({ timeout: COLD_WORKER_TIMEOUT });
      expect(await registered(browser.worker)).toEqual([{ id: 'chartlint-sites', matches: [`http://${OTHER_HOST}/*`], allFrames: true }]);
      expect((await syncedSettings(browser.worker))?.enabledSites).toEqual([origin]);
      await page.reload();
      await typeCode(page, 'M99.61');
      await expectOverlay(badge(page, 'M99.61')).toBeVisible();

      // The options page lists the site.
      const options = await browser.context.newPage();
      await options.goto(`chrome-extension://${browser.extensionId}/src/ui/options/index.html`);
      await expect(options.locator(`[data-site="${origin}"]`)).toBeVisible();
      await options.close();

      await page.bringToFront();
      popup = await PopupDriver.open(browser.context, browser.worker, browser.extensionId);
      await popup.click('[data-site-access=on] button');
      await popup.waitFor('document.querySelector("[data-site-access=off]")');
      await popup.close();
      expect(await registered(browser.worker)).toEqual([]);
      expect((await syncedSettings(browser.worker))?.enabledSites).toEqual([]);
      await page.reload();
      await typeCode(page, 'M99.62');
      await expectNoChartLint(page);
    });

    test('removing a site on the options page unregisters it', async ({ server }) => {
      const browser = await siteAccessBrowser();
      const origin = `http://${OTHER_HOST}:${server.port}`;
      const page = await browser.context.newPage();
      await page.goto(`${origin}/`);
      const popup = await PopupDriver.open(browser.context, browser.worker, browser.extensionId);
      await popup.click('[data-site-access=off] button');
      await popup.waitFor('document.querySelector("[data-site-access=on]")');
      await popup.close();
      expect(await registered(browser.worker)).toHaveLength(1);

      const options = await browser.context.newPage();
      await options.goto(`chrome-extension://${browser.extensionId}/src/ui/options/index.html`);
      await options.getByRole('button', { name: `Remove ${origin}` }).click();
      await expect(options.getByRole('status')).toContainText(`no longer runs on ${origin}`);
      await expect(options.locator(`[data-site="${origin}"]`)).toHaveCount(0);
      expect(await registered(browser.worker)).toEqual([]);
    });

    // Last: the access request it leaves waiting is no state for a later test to meet.
    test('"Enable on this site" asks the browser for access in the click, and nothing runs before', async ({ server }) => {
      // A host the variant holds no grant for: the user's first "Enable on this site" there.
      const browser = await siteAccessBrowser();
      const page = await browser.context.newPage();
      await page.goto(`http://${UNGRANTED_HOST}:${server.port}/`);
      await typeCode(page, 'M99.60');
      await expectNoChartLint(page);

      const popup = await PopupDriver.open(browser.context, browser.worker, browser.extensionId);
      await popup.waitFor('document.querySelector("[data-site-access=off]")');
      await popup.click('[data-site-access] button');
      // The click asked the browser for access: the worker now waits for the grant (the popup
      // itself closes when the prompt takes focus). Headless Chromium cannot answer the prompt,
      // so this is as far as the real prompt path goes here; nothing is granted or registered.
      const origin = `http://${UNGRANTED_HOST}:${server.port}`;
      await expect
        .poll(() => browser.worker.evaluate((key) => chrome.storage.session.get(key).then((items) => items[key]), `pending-site/${origin}`))
        .toMatchObject({ origin });
      expect(await browser.worker.evaluate((o) => chrome.permissions.contains({ origins: [o] }), `http://${UNGRANTED_HOST}/*`)).toBe(false);
      expect(await registered(browser.worker)).toEqual([]);
      await expectNoChartLint(page);
      await popup.close();
    });
  });
});

test('a pinned diagnosis selector makes discovery take that box as the diagnosis field', async ({ page, server, openExtensionPage, tabIdOf }) => {
  await page.goto(`${server.url}/fixtures/pinned-fields.html`);
  const options = await openExtensionPage('src/ui/options/index.html');
  // Unpinned, the multi-line "Line 3" box reads as a note (the worker's state says so once it has
  // the page), and notes get no code badge.
  const tabId = await tabIdOf(page);
  const kindOfLine3 = async () =>
    Object.values((await storedTabState(options, tabId))?.frames ?? {})
      .flatMap((f) => f.fields)
      .find((f) => f.label === 'Line 3')?.kind;
  await expect.poll(kindOfLine3).toBe('note');
  await expectOverlay(badge(page, 'M99.33')).toHaveCount(0);

  await options.getByLabel('Pin fields for another site').fill(server.url);
  await options.getByRole('button', { name: 'Add' }).click();
  const site = options.locator(`[data-selectors="${server.url}"]`);
  await site.getByLabel('Diagnosis field (one CSS selector per line)').fill('#line-3');
  await site.getByRole('button', { name: 'Save selectors' }).click();
  await expect(options.getByRole('status')).toContainText('Selectors saved');

  await page.bringToFront();
  await page.reload();
  await expectOverlay(badge(page, 'M99.33')).toBeVisible();
});

test('an administrator policy wins over the user and shows as locked', async ({ server, saveScreenshot }) => {
  const { key, id } = extensionKey();
  const variant = variantOf(DIST, (m) => (m.key = key));
  const lockedSite = `http://${OTHER_HOST}:${server.port}`;
  const removePolicy = writeExtensionPolicy(id, {
    mode: 'interruptive',
    rules: { 'classified-elsewhere': { enabled: false } },
    enabledSites: [lockedSite],
    pairedOrigins: [[lockedSite, 'https://notes.chartlint-ehr.test']],
  });
  let browser: Awaited<ReturnType<typeof launch>> | undefined;
  try {
    browser = await launch(variant.dir);
    expect(browser.extensionId).toBe(id);
    // Chromium validated the policy against public/managed-schema.json and exposes it read-only.
    await expect.poll(() => browser!.worker.evaluate(() => chrome.storage.managed.get(null))).toMatchObject({ mode: 'interruptive' });

    // The user had chosen otherwise; the administrator's values still win.
    await browser.worker.evaluate(() => chrome.storage.sync.set({ settings: { mode: 'quiet', rules: { 'classified-elsewhere': { enabled: true } } } }));
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/src/ui/options/index.html`);
    await expect(options.getByText('Some settings are managed by your organisation')).toBeVisible();
    await expect(options.getByRole('radio', { name: /Interruptive/ })).toBeChecked();
    await expect(options.getByRole('radio', { name: /Quiet/ })).toBeDisabled();
    const rule = options.locator('[data-rule="classified-elsewhere"]');
    await expect(rule.getByRole('checkbox')).not.toBeChecked();
    await expect(rule.getByRole('checkbox')).toBeDisabled();
    await expect(rule).toContainText('Locked by your administrator');
    // A rule the administrator left alone stays the user's to change.
    await expect(options.locator('[data-rule="site-mismatch"]').getByRole('checkbox')).toBeEnabled();
    const site = options.locator(`[data-site="${lockedSite}"]`);
    await expect(site).toContainText('Locked by your administrator');
    await expect(site.getByRole('button')).toHaveCount(0);
    // The administrator's frame pair: listed, locked, with no Remove button that could not remove it.
    const pair = options.locator(`[data-pair="${lockedSite} https://notes.chartlint-ehr.test"]`);
    await expect(pair).toContainText('Locked by your administrator');
    await expect(pair.getByRole('button')).toHaveCount(0);
    // README image (docs/screenshots with CHARTLINT_SCREENSHOTS=docs): the page with locked values.
    if (PICTURES) {
      await options.setViewportSize({ width: 960, height: await options.evaluate(() => document.documentElement.scrollHeight) });
      await saveScreenshot(options, 'options-managed');
    }
  } finally {
    removePolicy();
    await browser?.close();
    variant.remove();
  }
});
