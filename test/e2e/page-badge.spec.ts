/**
 * The inline badge on the demo EHR: it appears when a code is entered, states its count, expands
 * on hover, focus or click into the findings (message, evidence, suggestion with copy, dismiss,
 * Open panel), closes with Esc, and never takes focus or changes what the user typed.
 */
import type { Worker } from '@playwright/test';
import { dismissalsKey } from '../../src/protocol/storage-keys';
import { expect, test } from './fixtures';
import { badge, expectOverlay, finding, findings, overlay } from './page-helpers';

/** The findings the worker holds as dismissed on a page (storage.session, where the side panel reads them). */
const dismissedKeys = (worker: Worker, url: string) =>
  worker.evaluate(async (key) => Object.keys(((await chrome.storage.session.get(key))[key] as object | undefined) ?? {}), dismissalsKey(url));

// One page for the badge's whole life on a field: it appears folded and stating its count, then
// opens on hover and click, closes with Esc, and follows the field on scroll.
test('a code typed into the diagnosis field gets a badge that states its findings, expands on hover and click, closes with Esc, follows the field on scroll; a finding dismissed there leaves the count and can be shown again; "Open panel" opens the side panel', async ({ openPage, serviceWorker }) => {
  const { page, dx } = await openPage('M99.60');

  const status = badge(page, 'M99.60');
  await expectOverlay(status).toBeVisible();
  await expectOverlay(status).toHaveAttribute('role', 'status');
  // The demo note documents cervical foraminal stenosis: the head-region code is a region mismatch.
  await expectOverlay(overlay(page).getByRole('status', { name: /ChartLint: [1-9]\d* findings? for M99\.60/ })).toBeVisible();
  await expectOverlay(finding(page, 'region-mismatch', 'M99.60')).toHaveCount(1);
  // Quiet: the findings stay folded until the user asks, and focus stays in the field.
  await expectOverlay(overlay(page).locator('.panel')).toBeHidden();
  await expect(dx).toBeFocused();
  await expect(dx).toHaveValue('M99.60');

  // Badge sits inside the field's box (right end), so it points at the field it describes.
  const field = (await dx.boundingBox())!;
  const box = (await status.boundingBox())!;
  expect(box.x).toBeGreaterThan(field.x);
  expect(box.x + box.width).toBeLessThanOrEqual(field.x + field.width + 1);
  expect(box.y).toBeGreaterThanOrEqual(field.y - 1);
  expect(box.y + box.height).toBeLessThanOrEqual(field.y + field.height + 1);

  const panel = overlay(page).getByRole('dialog', { name: 'ChartLint findings for M99.60' });
  await status.hover();
  await expectOverlay(panel).toBeVisible();
  const item = finding(page, 'region-mismatch', 'M99.60');
  await expectOverlay(item).toContainText('M99.60');
  await expectOverlay(item.locator('.evidence')).toContainText(/foramin/);
  await expectOverlay(item.locator('code')).toHaveText('M99.61');
  await expectOverlay(item.locator('.sr-only')).toHaveText('Error: ');
  await page.keyboard.press('Escape');
  await expectOverlay(panel).toBeHidden();

  // Click pins it open; moving the mouse away does not close it; Esc does.
  await status.locator('button').click();
  await expectOverlay(panel).toBeVisible();
  await page.mouse.move(5, 5);
  await page.waitForTimeout(500);
  await expectOverlay(panel).toBeVisible();
  await page.keyboard.press('Escape');
  await expectOverlay(panel).toBeHidden();

  // Scrolling the page moves the badge with its field.
  const gap = async () => Math.round((await status.boundingBox())!.y - (await dx.boundingBox())!.y);
  const start = { gap: await gap(), field: (await dx.boundingBox())!.y };
  await page.mouse.move(600, 400);
  await page.mouse.wheel(0, 150);
  await expect.poll(async () => (await dx.boundingBox())!.y).toBeLessThan(start.field - 50);
  await expect.poll(gap).toBe(start.gap);

  // Each of these had a test of its own that loaded the demo EHR and typed the code again.
  await test.step('a finding dismissed on the page leaves the count and can be shown again', async () => {
    const count = Number(await status.getAttribute('data-count'));
    expect(count).toBeGreaterThan(0);

    await status.locator('button').click();
    await item.getByRole('button', { name: /^Dismiss/ }).click();
    await expectOverlay(item).toHaveCount(0);
    await expectOverlay(status).toHaveAttribute('data-count', String(count - 1));
    await expectOverlay(status).toHaveAttribute('aria-label', new RegExp(`ChartLint: ${count - 1} findings? for M99.60`));
    await expectOverlay(findings(page, 'M99.60')).toHaveCount(count - 1);
    // The worker has recorded the dismissal (where the side panel reads it) before the user shows
    // it again, as at a user's pace: the badge asks to show again only the dismissals it holds, and
    // any verdict from the worker replaces those (a verdict computed before the dismissal was
    // recorded would leave it none to ask for).
    await expect.poll(() => dismissedKeys(serviceWorker, page.url())).toEqual(['region-mismatch|M99.60']);

    await overlay(page).getByRole('button', { name: 'Show 1 dismissed' }).click();
    await expectOverlay(item).toHaveCount(1);
    await expectOverlay(status).toHaveAttribute('data-count', String(count));
    await expect.poll(() => dismissedKeys(serviceWorker, page.url())).toEqual([]);
  });

  await test.step('"Open panel" opens the side panel from the badge', async () => {
    await overlay(page).getByRole('button', { name: 'Open panel' }).click();
    await expect
      .poll(() =>
        serviceWorker.evaluate(
          async () => (await chrome.runtime.getContexts({ contextTypes: ['SIDE_PANEL'] })).length,
        ),
      )
      .toBeGreaterThan(0);
  });
});

test('keyboard users reach the badge with Tab; copy puts the suggestion on the clipboard only', async ({
  context,
  server,
  openPage,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  const { page, dx } = await openPage('M99.60');
  const values = async () =>
    page.evaluate(() =>
      [...document.querySelectorAll('input, textarea')].map((e) => (e as HTMLInputElement).value),
    );
  const before = await values();

  // A real Tab from the field: the badge is the next stop (not the last one of the page).
  await expect(dx).toBeFocused();
  await page.keyboard.press('Tab');
  await expectOverlay(badge(page, 'M99.60').locator('button')).toBeFocused();
  const panel = overlay(page).getByRole('dialog', { name: 'ChartLint findings for M99.60' });
  await expectOverlay(panel).toBeVisible();
  await finding(page, 'region-mismatch', 'M99.60').getByRole('button', { name: 'Copy M99.61' }).click();
  await expectOverlay(
    finding(page, 'region-mismatch', 'M99.60').getByRole('button', { name: 'Copy M99.61' }),
  ).toHaveText('Copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('M99.61');
  expect(await values()).toEqual(before);
});

test('a code with no findings gets a neutral badge; clearing the field removes it', async ({
  page,
  server,
}) => {
  await page.goto(`${server.url}/fixtures/iframe-outer.html`);
  const frame = page.frameLocator('#dx-frame');
  // A non-spine code: nothing to say about it, but the user sees ChartLint read it.
  await frame.getByLabel('ICD-10 code').pressSequentially('J45.909', { delay: 20 });
  await expectOverlay(badge(frame, 'J45.909')).toHaveAttribute('aria-label', 'ChartLint: 0 findings for J45.909');
  await expectOverlay(badge(frame, 'J45.909')).not.toHaveAttribute('data-severity');
  await frame.getByLabel('ICD-10 code').fill('');
  // The badge goes when the worker's answer to the emptied field comes; on a loaded machine that
  // answer took over the default 7 s once (the full suite beside two other builds), so wait as long
  // as the content script itself waits for a reply (SNAPSHOT_REPLY_MS).
  await expectOverlay(overlay(frame).locator('.badge')).toHaveCount(0, { timeout: 20_000 });
});

test('interruptive mode (a setting) opens the findings by itself, still without taking focus', async ({
  openPage,
  serviceWorker,
}) => {
  await serviceWorker.evaluate(() => chrome.storage.sync.set({ settings: { mode: 'interruptive' } }));
  const { page, dx } = await openPage('M99.60');
  await expectOverlay(overlay(page).getByRole('dialog', { name: 'ChartLint findings for M99.60' })).toBeVisible();
  await expect(dx).toBeFocused();
  await dx.pressSequentially('x', { delay: 25 });
  await expect(dx).toHaveValue('M99.60x');
});
