/**
 * Issue 15, frames and navigations never mix patients: a single-page schedule that switches
 * patients with pushState (and Back: popstate) and sets every field's value in code, as React's
 * controlled inputs do (no input event, nothing typed). Each patient's code is judged against
 * that patient's own note, both ways; a note whose value alone a script replaces is judged anew.
 * Blind QA stop 51 (qapages51 H1): patient B's M54.16 had been "supported" by patient A's note.
 */
import { expect, test } from './fixtures';
import { badge, expectOverlay, overlay } from './page-helpers';

test("a patient switched in code, by a click and by Back, has each code judged by that patient's own note", async ({
  page,
  server,
}) => {
  await page.goto(`${server.url}/fixtures/spa-patient-switch.html?pt=north`);
  const verdicts = overlay(page).locator('[data-verdicts]').first();
  // NORTH's note documents M48.062 (stenosis with neurogenic claudication).
  await expectOverlay(badge(page, 'M48.062')).toBeVisible();
  await expectOverlay(verdicts).toHaveAttribute('data-verdicts', 'M48.062:supported');

  // LAKE is chosen from the schedule: the page pushes a history entry and sets the values in code.
  await page.getByRole('link', { name: '09:00 LAKE, Omar' }).click();
  await expect(page).toHaveURL(/pt=lake$/);
  // LAKE's note (neck pain, no arm or leg symptoms) documents no radiculopathy; NORTH's (a left L5
  // radiculopathy) would have supported it.
  await expectOverlay(badge(page, 'M54.16')).toBeVisible();
  await expectOverlay(verdicts).toHaveAttribute('data-verdicts', 'M54.16:finding');
  // The user adds a line to LAKE's note, then goes Back.
  await page.getByLabel('Progress note').press('End');
  await page.getByLabel('Progress note').pressSequentially(' Plan: HEP.', { delay: 20 });
  await expectOverlay(verdicts).toHaveAttribute('data-verdicts', 'M54.16:finding');

  // Back (popstate): NORTH's code against NORTH's note again, not LAKE's (which documents no stenosis).
  await page.goBack();
  await expect(page).toHaveURL(/pt=north$/);
  await expectOverlay(badge(page, 'M48.062')).toBeVisible();
  await expectOverlay(verdicts).toHaveAttribute('data-verdicts', 'M48.062:supported');
});

test('a note whose value alone a script replaces (no event, no markup changed) is read again and judged anew', async ({
  page,
  server,
}) => {
  await page.goto(`${server.url}/fixtures/spa-patient-switch.html?pt=north`);
  const verdicts = overlay(page).locator('[data-verdicts]').first();
  await expectOverlay(verdicts).toHaveAttribute('data-verdicts', 'M48.062:supported');
  // Nothing else on the page changes: noticed by comparing the note's value, within the alive check's 2 s.
  await page.evaluate(() =>
    (window as unknown as { replaceNote: (text: string) => void }).replaceNote(
      'Neck pain only, no leg symptoms. Assessment: cervicalgia.',
    ),
  );
  await expectOverlay(verdicts).toHaveAttribute('data-verdicts', 'M48.062:finding');
});
