/**
 * A React 18 form with a Downshift autocomplete: the user picks a diagnosis from the dropdown (by
 * keyboard or mouse) and the field then shows only the official title; ChartLint reads the title
 * as the code it names (resolved by the service worker, which holds the catalog).
 */
import { expect, test } from './fixtures';
import { badge, CERVICAL_NOTE, expectOverlay, finding, overlay, storedTabState } from './page-helpers';

test('choosing from the dropdown with the keyboard: the title shown is read as its code', async ({
  page,
  server,
}) => {
  await page.goto(`${server.url}/fixtures/react-combobox.html`);
  // Entered at once, as pasted: the dropdown, not the note, is typed as a user does here (typed, the
  // note's 113 keys cost 0.3-0.8 CPU-s more, measured on page-spa and page-frames).
  await page.getByLabel('Assessment and plan').fill(CERVICAL_NOTE);
  const dx = page.getByRole('combobox', { name: 'Diagnosis' });
  await dx.pressSequentially('m9960', { delay: 30 });
  await expect(page.getByRole('listbox').getByRole('option')).toHaveCount(1);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(dx).toHaveValue('Osseous and subluxation stenosis of intervertebral foramina of head region');
  await expect(page.locator('#chosen-state')).toHaveText('State holds M99.60');

  await expectOverlay(badge(page, 'M99.60')).toBeVisible();
  await expectOverlay(finding(page, 'region-mismatch', 'M99.60')).toHaveCount(1);
  // React still owns its state: the value is exactly what the app set.
  await expect(dx).toHaveValue('Osseous and subluxation stenosis of intervertebral foramina of head region');
});

test('choosing with the mouse from a menu at the end of the body; options listed are not read as chosen', async ({
  page,
  server,
  serviceWorker,
  tabIdOf,
}) => {
  await page.goto(`${server.url}/fixtures/react-combobox.html`);
  const dx = page.getByRole('combobox', { name: 'Diagnosis' });
  await dx.pressSequentially('cervical', { delay: 30 });
  await expect(page.getByRole('listbox').getByRole('option').first()).toBeVisible();
  // While the menu lists M99.61, M99.71, M48.02… nothing is chosen yet. Proven on the analysis the
  // worker stored once it has read the typed word with the menu open (not after a fixed wait,
  // which a slow machine would pass without ChartLint having looked): it found no code, so no badge.
  const probe = serviceWorker;
  const tabId = await tabIdOf(page);
  await expect
    .poll(async () => {
      const state = await storedTabState(probe, tabId);
      // The state keeps no field text, only lengths: the diagnosis field holds the 8 typed letters.
      const read = Object.values(state?.frames ?? {}).some((frame) => frame.fields.some((f) => f.kind === 'diagnosis' && f.chars === 8));
      return read ? state!.result.codes.map((c) => c.code) : undefined;
    })
    .toEqual([]);
  await expectOverlay(overlay(page).locator('.badge')).toHaveCount(0);

  await page.getByRole('option', { name: /M99\.71/ }).click();
  await expect(dx).toHaveValue(
    'Connective tissue and disc stenosis of intervertebral foramina of cervical region',
  );
  await expectOverlay(badge(page, 'M99.71')).toBeVisible();
});

test('a problem list keeps codes in hidden inputs and shows titles in chips: both are read', async ({
  page,
  server,
}) => {
  await page.goto(`${server.url}/fixtures/react-combobox.html`);
  await page.getByLabel('Assessment and plan').fill(CERVICAL_NOTE);
  const add = page.getByRole('combobox', { name: 'Add problem' });
  await add.selectOption({
    label: 'Connective tissue and disc stenosis of intervertebral foramina of cervical region',
  });
  await expect(page.locator('.chip')).toHaveCount(1);
  // The select shows its placeholder again; the code lives only in the chip's hidden input.
  await expect(add).toHaveValue('');
  await expectOverlay(badge(page, 'M99.71')).toBeVisible();
  await add.selectOption({
    label: 'Osseous and subluxation stenosis of intervertebral foramina of head region',
  });
  await expectOverlay(badge(page, 'M99.60')).toBeVisible();
  await expectOverlay(finding(page, 'region-mismatch', 'M99.60')).toHaveCount(1);

  await page.getByRole('button', { name: /^Remove Osseous/ }).click();
  await expectOverlay(badge(page, 'M99.71')).toBeVisible();
  await expectOverlay(overlay(page).locator('.badge[data-code~="M99.60"]')).toHaveCount(0);
});
