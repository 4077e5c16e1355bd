/**
 * Blind page QA of stop 56: pages written as other vendors' engineers would (test/fixtures/pages/
 * vendor-*.html), driven as a user does. Before the fixes, the design system's tokens (the code
 * only in a token's aria-label and title, in the component's shadow root) gave no code, and the
 * signed note shown as a <dl> of its parts was no note (the code "not checked"). The block editor
 * and the claim grid were read already and are kept here as they are.
 * Unit tests: src/content/find-fields-vendor-pages.test.ts.
 */
import type { Page, Worker } from '@playwright/test';
import { expect, test } from './fixtures';
import { storedTabState } from './page-helpers';

const NOTE =
  'Neck pain into the right arm. MRI cervical spine: severe right C6-C7 foraminal stenosis from uncovertebral spurs. CMT to the cervical spine.';

function tabResult(page: Page, serviceWorker: Worker, tabIdOf: (page: Page) => Promise<number>) {
  const result = async () => (await storedTabState(serviceWorker, await tabIdOf(page)))?.result;
  return {
    codes: async () => (await result())?.codes.map((c) => c.code),
    procedures: async () => (await result())?.chiro?.procedures.map((p) => p.code),
    verdict: async (code: string) => (await result())?.verdicts?.find((v) => v.code === code)?.verdict,
  };
}

for (const editable of ['true', 'plaintext-only']) {
  test(`a block editor that draws its own spans (contenteditable=${editable}, role=textbox, zero-width anchors) is read as the note`, async ({
    page,
    server,
    tabIdOf,
    serviceWorker,
  }) => {
    await page.goto(`${server.url}/fixtures/vendor-slate-note.html?ce=${editable}`);
    await page.getByLabel('Visit diagnosis').pressSequentially('M99.61');
    await page.getByRole('textbox', { name: 'Clinical note' }).click();
    await page.keyboard.type(NOTE.slice(0, 60));
    await page.keyboard.press('Enter');
    await page.keyboard.type(NOTE.slice(60));
    const tab = tabResult(page, serviceWorker, tabIdOf);
    await expect.poll(() => tab.verdict('M99.61')).toBe('supported');
    await expect.poll(tab.codes).toEqual(['M99.61']);
  });
}

test('a component’s diagnosis tokens named only by aria-label and title give their codes; its portalled list’s offers do not', async ({
  page,
  server,
  tabIdOf,
  serviceWorker,
}) => {
  await page.goto(`${server.url}/fixtures/vendor-shadow-picker.html`);
  const picker = page.getByRole('combobox', { name: 'Diagnoses (ICD-10)' });
  await picker.pressSequentially('foramina');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.getByLabel('Progress note').fill(NOTE);
  const tab = tabResult(page, serviceWorker, tabIdOf);
  await expect.poll(() => tab.verdict('M99.61')).toBe('supported');
  // Typing again opens the portalled list: its offers are never chosen codes.
  await picker.pressSequentially('neck');
  await expect(page.getByRole('option').first()).toBeVisible();
  await page.getByLabel('Progress note').press('End');
  await page.keyboard.type(' Plan: recheck.');
  await expect.poll(tab.codes).toEqual(['M99.61']);
});

test('a signed note shown as a <dl> of its parts is the note the claim’s code is checked against', async ({
  page,
  server,
  tabIdOf,
  serviceWorker,
}) => {
  await page.goto(`${server.url}/fixtures/vendor-signed-dl.html`);
  await page.getByLabel('Diagnosis for this claim').pressSequentially('M99.61');
  await page.getByLabel('Procedure code').pressSequentially('98940');
  const tab = tabResult(page, serviceWorker, tabIdOf);
  await expect.poll(() => tab.verdict('M99.61')).toBe('supported');
  await expect.poll(tab.procedures).toEqual(['98940']);
});

test('a claim grid’s ticked rows give their codes (code and description in cells of their own), its service line the procedure', async ({
  page,
  server,
  tabIdOf,
  serviceWorker,
}) => {
  await page.goto(`${server.url}/fixtures/vendor-claim-grid.html`);
  const find = page.getByLabel('Find a diagnosis');
  await find.pressSequentially('foramina');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await find.pressSequentially('radiculo');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.getByLabel('Include B').uncheck();
  await page.getByLabel('CPT/HCPCS line 1').pressSequentially('98940');
  await page.getByLabel('Clinical note').fill(NOTE);
  const tab = tabResult(page, serviceWorker, tabIdOf);
  await expect.poll(() => tab.verdict('M99.61')).toBe('supported');
  await expect.poll(tab.codes).toEqual(['M99.61']);
  await expect.poll(tab.procedures).toEqual(['98940']);
  await page.getByLabel('Include B').check();
  await expect.poll(tab.codes).toEqual(['M99.61', 'M54.12']);
});
