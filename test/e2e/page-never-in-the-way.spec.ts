/**
 * "Never in the way": while the user types with ChartLint active, field values, the page's DOM
 * outside ChartLint's host, the caret/selection and focus stay exactly as the user left them.
 */
import { expect, test } from './fixtures';
import { badge, CERVICAL_NOTE, expectOverlay, finding, pageMutations, watchPageDom } from './page-helpers';

test('typing with ChartLint active changes nothing but what the user typed', async ({ openPage }) => {
  const errors: string[] = [];
  const { page, dx } = await openPage('m99.60', {
    path: '/fixtures/plain-form.html',
    beforeLoad: (page) => page.on('pageerror', (e) => errors.push(e.message)),
    before: async (page) => {
      await watchPageDom(page);
      await page.getByLabel('Progress note').pressSequentially(CERVICAL_NOTE, { delay: 2 });
    },
    field: 'Diagnosis code',
    delay: 30,
    badge: 'M99.60',
  });
  const note = page.getByLabel('Progress note');
  await expectOverlay(finding(page, 'region-mismatch', 'M99.60')).toHaveCount(1);

  // Keep typing while the badge is shown: every keystroke lands, in order, in the focused field.
  await dx.pressSequentially(' M99.61', { delay: 30 });
  await expectOverlay(badge(page, 'M99.61')).toBeVisible();
  await expect(dx).toBeFocused();
  await expect(dx).toHaveValue('m99.60 M99.61');
  await expect(note).toHaveValue(CERVICAL_NOTE);

  // The caret stays where the user put it while analysis runs and the badge updates.
  await dx.press('Home');
  await dx.press('ArrowRight');
  await dx.press('ArrowRight');
  await dx.press('Shift+ArrowRight');
  await page.waitForTimeout(600);
  expect(
    await dx.evaluate((e: HTMLInputElement) => [
      e.selectionStart,
      e.selectionEnd,
      document.activeElement === e,
    ]),
  ).toEqual([2, 3, true]);

  // Contenteditable: the selection (a DOM Range) is untouched too.
  const editor = page.locator('#assessment');
  await editor.click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Recheck M99.61 in 4 weeks.');
  await page.keyboard.press('Shift+ArrowLeft');
  await page.waitForTimeout(600);
  expect(
    await page.evaluate(() => {
      const s = getSelection()!;
      return [s.anchorNode?.textContent, s.anchorOffset, s.focusOffset, document.activeElement?.id];
    }),
  ).toEqual(['Plan: Recheck M99.61 in 4 weeks.', 32, 31, 'assessment']);

  // The only DOM changes outside our host are the browser's own edits inside the contenteditable.
  const changes = await pageMutations(page);
  expect(changes.filter((c) => !/^(characterData on <#text>|childList on <P>)/.test(c))).toEqual([]);
  expect(await page.evaluate(() => document.querySelectorAll('[data-chartlint]').length)).toBe(1);
  expect(await page.evaluate(() => document.querySelector('[data-chartlint]')!.parentElement!.tagName)).toBe(
    'HTML',
  );
  expect(errors).toEqual([]);
});

test('typing stays exact in a page that re-renders on each keystroke', async ({ page, server }) => {
  await page.goto(`${server.url}/fixtures/rerender-form.html`);
  const text = 'MRI: C5-6 foraminal stenosis. Dx M99.60 reviewed.';
  await page.locator('#note').pressSequentially(text, { delay: 10 });
  await expect(page.locator('#note')).toHaveValue(text);
  await expect(page.locator('#note')).toBeFocused();
});
