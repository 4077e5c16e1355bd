/**
 * The fixtures hand a test the tab the previous test of its browser used, navigated back to
 * about:blank (test/e2e/fixtures.ts, takeTab): cheaper than a new tab, and honest only if nothing
 * of the previous test's page reaches the next. These two run in order in one worker: the first
 * leaves a checked code in the kept tab, the second gets that same tab and finds none of it, in
 * the worker's state, the side panel, the tab's history, its emulated colour scheme or the
 * permissions the first test granted.
 */
import { expect, test } from './fixtures';
import { badge, expectOverlay, storedTabState } from './page-helpers';

test.describe('the kept tab', () => {
  test.describe.configure({ mode: 'serial' });
  let first: { tabId: number; url: string } | undefined;

  test('a test leaves a checked code in its tab', async ({ openPage, tabIdOf, context, server }) => {
    await context.grantPermissions(['clipboard-read'], { origin: server.url });
    const { page } = await openPage('M99.60', { colorScheme: 'dark' });
    expect(
      await page.evaluate(
        async () => (await navigator.permissions.query({ name: 'clipboard-read' as PermissionName })).state,
      ),
    ).toBe('granted');
    first = { tabId: await tabIdOf(page), url: page.url() };
  });

  test("the next test gets that tab blank: none of the previous test's page shows in it", async ({
    page,
    server,
    tabIdOf,
    serviceWorker,
    openExtensionPage,
  }) => {
    expect(first, 'the first test ran in this worker').toBeDefined();
    expect(page.url()).toBe('about:blank');
    // The previous test's emulated dark scheme went with it.
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(false);
    await page.goto(`${server.url}/fixtures/plain-form.html`);
    // The permission the previous test granted this origin went with it.
    expect(
      await page.evaluate(
        async () => (await navigator.permissions.query({ name: 'clipboard-read' as PermissionName })).state,
      ),
    ).not.toBe('granted');
    await page.getByLabel('Diagnosis code').focus();
    await page.keyboard.insertText('M99.03');
    await expectOverlay(badge(page, 'M99.03')).toBeVisible();
    const tabId = await tabIdOf(page);
    // The same browser tab as the first test's (else this test proves nothing about reuse).
    expect(tabId).toBe(first!.tabId);

    // The worker's state of the tab is this page's alone.
    const state = await storedTabState(serviceWorker, tabId);
    expect(state?.url).toBe(page.url());
    expect(JSON.stringify(state)).toContain('M99.03');
    expect(JSON.stringify(state)).not.toContain('M99.60');

    // So is the side panel's.
    const panel = await openExtensionPage(`src/ui/side-panel/index.html?tabId=${tabId}`);
    await expect(panel.getByText('M99.03').first()).toBeVisible();
    await expect(panel.locator('body')).not.toContainText('M99.60');

    // Back leads to the blank the tab was handed out on, not to the previous test's page.
    await page.goBack();
    expect(page.url()).not.toBe(first!.url);
    expect(await page.evaluate(() => history.length)).toBeLessThanOrEqual(2);
  });
});
