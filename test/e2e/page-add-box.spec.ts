/**
 * A code typed in a box beside an Add button is a draft until it is added (stop 49's gaps; page
 * test/fixtures/pages/add-box.html): a plain box whose Add button adds to the list beside it is
 * never read, so "M99.6" on the way to "M99.61" flashes no finding; a picker that empties itself
 * into the list on Add is told so at the first Add; the demo EHR's picker, which keeps its value
 * after Add, is still checked as it is typed.
 * Unit tests: src/content/query-box.test.ts.
 */
import type { Page } from '@playwright/test';
import type { TabState } from '../../src/protocol/messages';
import { expect, test } from './fixtures';
import { badge, expectOverlay, storedTabState } from './page-helpers';

type Probe = Pick<Page, 'evaluate'>;
const codesOf = (state: TabState | undefined) => (state?.result.codes ?? []).map((c) => c.code);
const noteChars = (state: TabState | undefined) =>
  Object.values(state?.frames ?? {})
    .flatMap((f) => f.fields)
    .find((f) => f.kind === 'note')?.chars ?? 0;

/**
 * Types `text` in the add box, then a word at the end of the note, and waits until the worker
 * holds the note's longer text: the snapshot that holds the draft has been read by then.
 */
async function typeDraft(page: Page, probe: Probe, tabId: number, text: string): Promise<void> {
  const before = noteChars(await storedTabState(probe, tabId));
  await page.locator('#icd').click();
  await page.keyboard.press('End');
  await page.keyboard.type(text);
  await page.getByLabel('Progress note').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Ok.');
  await expect.poll(async () => noteChars(await storedTabState(probe, tabId))).toBeGreaterThan(before);
}

test('a code typed in a plain box beside Add is a draft: no finding for "M99.6" or "M99.61" until it joins the list', async ({
  page,
  server,
  tabIdOf,
  serviceWorker,
}) => {
  await page.goto(`${server.url}/fixtures/add-box.html`);
  await expectOverlay(badge(page, 'M54.2')).toBeVisible();
  const tabId = await tabIdOf(page);
  const probe: Probe = serviceWorker;
  const codes = async () => codesOf(await storedTabState(probe, tabId));

  // Half a code, then the whole one: neither is entered while it is in the box.
  await typeDraft(page, probe, tabId, 'M99.6');
  expect(await codes()).toEqual(['M54.2']);
  await expectOverlay(badge(page, 'M99.6')).toHaveCount(0);
  await typeDraft(page, probe, tabId, '1');
  expect(await codes()).toEqual(['M54.2']);
  await expectOverlay(badge(page, 'M99.61')).toHaveCount(0);

  // Added: the list holds it and it is checked there; the box is empty again.
  await page.locator('#add').click();
  await expect(page.locator('#icd')).toHaveValue('');
  await expect.poll(codes).toEqual(['M54.2', 'M99.61']);
  await expectOverlay(badge(page, 'M99.61')).toBeVisible();
});

test('a picker that empties itself into the list on Add is told a draft at the first Add', async ({
  page,
  server,
  tabIdOf,
  serviceWorker,
}) => {
  await page.goto(`${server.url}/fixtures/add-box.html?box=picker`);
  await expectOverlay(badge(page, 'M54.2')).toBeVisible();
  const tabId = await tabIdOf(page);
  const probe: Probe = serviceWorker;
  const codes = async () => codesOf(await storedTabState(probe, tabId));

  // Before any Add, a picker is read as it is typed (the demo EHR's is).
  await page.locator('#icd').click();
  await page.keyboard.type('M99.61');
  await expect.poll(codes).toContain('M99.61');
  // Enter adds it: the code is in the list and the box is emptied, so the box is a draft box.
  await page.keyboard.press('Enter');
  await expect(page.locator('#icd')).toHaveValue('');
  await expect.poll(codes).toEqual(['M54.2', 'M99.61']);
  // The next code typed is a draft.
  await typeDraft(page, probe, tabId, 'M54.1');
  expect(await codes()).toEqual(['M54.2', 'M99.61']);
  await expectOverlay(badge(page, 'M54.1')).toHaveCount(0);
});

test('the demo EHR’s diagnosis picker keeps its value after Add and is still checked as it is typed', async ({
  openPage,
  tabIdOf,
  serviceWorker,
}) => {
  const { page, dx } = await openPage('M99.60');
  await page.locator('#dx-add').click();
  await expect(page.locator('#dx-list li')).toHaveText(['M99.60']);
  await expect(dx).toHaveValue('M99.60');
  const tabId = await tabIdOf(page);
  const probe: Probe = serviceWorker;
  // Emptied by hand and typed again: read as typed, never a draft.
  await dx.fill('');
  await dx.pressSequentially('M50.121', { delay: 20 });
  await expectOverlay(badge(page, 'M50.121')).toBeVisible();
  await expect.poll(async () => codesOf(await storedTabState(probe, tabId))).toContain('M50.121');
});
