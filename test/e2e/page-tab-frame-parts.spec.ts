/**
 * Stop 56: a diagnosis or procedure module in a frame of its own on a tab of the encounter
 * (test/fixtures/pages/tab-frame-parts.html). A hidden tab's field counts only while the tab in
 * front draws no field of its kind; a frame's script saw no field of the page around it, so the
 * Orders module's code and procedure were read beside the visit's own (only notes were asked).
 * Cross-origin frames are left as they were: the frame cannot see the page around it.
 */
import type { Page, Worker } from '@playwright/test';
import { expect, test } from './fixtures';
import { storedTabState } from './page-helpers';

const MODULE = '/fixtures/tab-frame-part.html?dx=M99.63&cpt=98941';

/**
 * Opens the encounter with `front` as its visible tab's fields, types in the note as a user does,
 * and returns readers of the tab's stored codes and procedure codes.
 */
async function openEncounter(
  {
    page,
    serverUrl,
    tabIdOf,
    serviceWorker,
  }: { page: Page; serverUrl: string; tabIdOf: (page: Page) => Promise<number>; serviceWorker: Worker },
  front: 'all' | 'note',
) {
  await page.goto(
    `${serverUrl}/fixtures/tab-frame-parts.html?front=${front}&frame=${encodeURIComponent(MODULE)}`,
  );
  await page.getByLabel('Progress note').click();
  await page.keyboard.type(' Plan: recheck.');
  const tabId = await tabIdOf(page);
  const result = async () => (await storedTabState(serviceWorker, tabId))?.result;
  return {
    result,
    codes: async () => (await result())?.codes.map((c) => c.code),
    procedures: async () => (await result())?.chiro?.procedures.map((p) => p.code),
  };
}

test('a same-origin module’s diagnosis and procedure on a hidden tab are read only while the tab in front has none of its own', async ({
  page,
  server,
  tabIdOf,
  serviceWorker,
}) => {
  const { result, codes, procedures } = await openEncounter(
    { page, serverUrl: server.url, tabIdOf, serviceWorker },
    'all',
  );
  await expect
    .poll(async () => (await result())?.verdicts?.find((v) => v.code === 'M99.61')?.verdict)
    .toBe('supported');
  await expect.poll(codes).toEqual(['M99.61']);
  await expect.poll(procedures).toEqual(['98940']);

  // The Orders tab in front: its module's fields are drawn, the Visit tab's diagnosis and
  // procedure (hidden, of the kinds the module draws) leave; the note (no note in front) stays.
  await page.getByRole('tab', { name: 'Orders' }).click();
  await expect.poll(codes).toEqual(['M99.63']);
  await expect.poll(procedures).toEqual(['98941']);
  await page.getByRole('tab', { name: 'Visit' }).click();
  await expect.poll(codes).toEqual(['M99.61']);
});

test('a same-origin module’s diagnosis on a hidden tab is read while the tab in front holds only the note', async ({
  page,
  server,
  tabIdOf,
  serviceWorker,
}) => {
  const { codes, procedures } = await openEncounter(
    { page, serverUrl: server.url, tabIdOf, serviceWorker },
    'note',
  );
  await expect.poll(codes).toEqual(['M99.63']);
  await expect.poll(procedures).toEqual(['98941']);
});
