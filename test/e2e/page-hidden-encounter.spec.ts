/**
 * Page shapes from the blind page QA of stop 52 (/tmp/qapages52 c5, H1), on a fixture page that
 * imitates them: a prior encounter kept in the page but not shown (a tab panel with `hidden`, a
 * class that sets display:none, a closed <details>, a box parked off screen and aria-hidden). Only
 * what the page draws is this visit's: its codes, note and date of service; a switch of tabs brings
 * the other encounter's in and takes this one's out.
 * Unit tests: src/content/rendered.test.ts.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { badge, expectOverlay, finding, storedTabState } from './page-helpers';

type Probe = Pick<Page, 'evaluate'>;

test('a prior encounter the page does not show is not read: its codes, note and date of service; a switch of tabs follows', async ({
  page,
  server,
  tabIdOf,
  serviceWorker,
}) => {
  const probe: Probe = serviceWorker;
  for (const hide of ['hidden', 'class', 'details', 'parked']) {
    await page.goto(`${server.url}/fixtures/hidden-encounter.html?hide=${hide}`);
    await page.getByLabel('Diagnoses').first().click();
    await page.keyboard.type('M54.50');
    await expectOverlay(badge(page, 'M54.50')).toBeVisible();
    const tabId = await tabIdOf(page);
    const state = async () => (await storedTabState(probe, tabId))?.result;
    await expect
      .poll(async () => (await state())?.release?.dateOfService, { message: hide })
      .toBe('2025-09-20');
    expect(
      (await state())?.codes.map((c) => c.code),
      hide,
    ).toEqual(['M54.50']);
    // The hidden note's C6 radiculopathy judges nothing: no finding on codes the user cannot see.
    await expectOverlay(badge(page, 'M50.121')).toHaveCount(0);
    await expectOverlay(finding(page, 'region-mismatch', 'M50.121')).toHaveCount(0);
  }

  // ?hide=parked is the last page: back to the tabs, and the user switches to the prior encounter.
  await page.goto(`${server.url}/fixtures/hidden-encounter.html`);
  await page.getByLabel('Diagnoses').first().click();
  await page.keyboard.type('M54.50');
  await expectOverlay(badge(page, 'M54.50')).toBeVisible();
  const tabId = await tabIdOf(page);
  await page.getByRole('tab', { name: 'Prior' }).click();
  await expect
    .poll(async () => (await storedTabState(probe, tabId))?.result.codes.map((c) => c.code))
    .toEqual(['M50.121', 'M54.12']);
  expect((await storedTabState(probe, tabId))?.result.release?.dateOfService).toBe('2026-11-02');
  await page.getByRole('tab', { name: 'Today' }).click();
  await expect
    .poll(async () => (await storedTabState(probe, tabId))?.result.codes.map((c) => c.code))
    .toEqual(['M54.50']);
});

test('a closed <details> opened by the user is read from then on', async ({
  page,
  server,
  tabIdOf,
  serviceWorker,
}) => {
  await page.goto(`${server.url}/fixtures/hidden-encounter.html?hide=details`);
  await page.getByLabel('Diagnoses').first().click();
  await page.keyboard.type('M54.50');
  await expectOverlay(badge(page, 'M54.50')).toBeVisible();
  await page.getByText('Prior encounter').click();
  const tabId = await tabIdOf(page);
  await expect
    .poll(async () => (await storedTabState(serviceWorker, tabId))?.result.codes.map((c) => c.code))
    .toEqual(['M54.50', 'M50.121', 'M54.12']);
});
