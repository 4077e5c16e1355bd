/**
 * Page shapes from the blind page QA of stop 49 (/tmp/qapages49 q4, q6, q7), on one fixture page
 * that imitates them: a Choices.js-like picker's closed dropdown offers codes that were never
 * chosen, the chart's Problem List beside the visit's diagnoses is chart context, and a code typed
 * in an "Add diagnosis" box is a query until it is added.
 * Unit tests: src/content/option-lists.test.ts, chart-context.test.ts, query-box.test.ts.
 */
import type { Page } from '@playwright/test';
import type { TabState } from '../../src/protocol/messages';
import { expect, test } from './fixtures';
import { badge, expectOverlay, storedTabState } from './page-helpers';

type Probe = Pick<Page, 'evaluate'>;
const codesOf = (state: TabState | undefined) => (state?.result.codes ?? []).map((c) => c.code);
const noteOf = (state: TabState | undefined) =>
  Object.values(state?.frames ?? {})
    .flatMap((f) => f.fields)
    .find((f) => f.kind === 'note');

test('only the visit’s chosen diagnoses are entered: not the closed dropdown, the problem list, or a query not yet added', async ({
  page,
  server,
  tabIdOf,
  serviceWorker,
}) => {
  await page.goto(`${server.url}/fixtures/chart-context.html`);
  const tabId = await tabIdOf(page);
  const probe: Probe = serviceWorker;
  const codes = async () => codesOf(await storedTabState(probe, tabId));

  // As loaded: one chosen code. The dropdown's items (M48.062, M99.02, M54.2, M54.17) and the
  // problem list's (M54.2, I10) are not entered.
  await expectOverlay(badge(page, 'M51.17')).toBeVisible();
  await expect.poll(codes).toEqual(['M51.17']);

  // Choosing from the picker the way a user does: type, Enter, then back to the note.
  await page.locator('#dx-search').click();
  await page.keyboard.type('radiculopathy, lumbosacral region');
  await page.keyboard.press('Enter');
  await page.getByLabel('Progress note').click();
  await expect.poll(codes).toEqual(['M51.17', 'M54.17']);

  // A code typed in the add box and not added yet is a query: a later keystroke in the note is
  // read (the snapshot after the query was sent), and the query's code is still not entered.
  await page.locator('#add').click();
  await page.keyboard.type('M48.062');
  await page.getByLabel('Progress note').click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Plan: PT.');
  await expect.poll(async () => noteOf(await storedTabState(probe, tabId))?.chars ?? 0).toBeGreaterThan(280);
  expect(await codes()).toEqual(['M51.17', 'M54.17']);
  await expectOverlay(badge(page, 'M48.062')).toHaveCount(0);
  await expectOverlay(badge(page, 'M54.2')).toHaveCount(0);
  await expectOverlay(badge(page, 'I10')).toHaveCount(0);

  // Added with Enter: now it is one of the visit's.
  await page.locator('#add').click();
  await page.keyboard.press('Enter');
  await expect.poll(codes).toEqual(['M51.17', 'M54.17', 'M48.062']);
});
