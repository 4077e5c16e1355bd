/**
 * A flowsheet with 5,000 inputs and a stream of DOM mutations: fields are still found (the
 * labelled one, and an unlabelled one once a code is typed into it), and typing stays exact.
 * Speed is measured by `npm run bench:page`, not here.
 */
import { expect, test } from './fixtures';
import { badge } from './page-helpers';

test('5,000 inputs and 1,000 mutations per second: codes are found and typing is exact', async ({
  context,
  server,
}) => {
  const page = await context.newPage();
  await page.goto(`${server.url}/fixtures/many-inputs.html`);
  await expect(page.locator('body')).toHaveAttribute('data-ready', 'true');
  const burst = page.evaluate(() =>
    (window as unknown as { startBurst: (r: number, ms: number) => Promise<number> }).startBurst(1000, 4000),
  );

  const dx = page.getByLabel('Diagnosis code');
  await dx.pressSequentially('M99.63', { delay: 30 });
  // The first code on a page waits for the worker to load the catalog (seconds on a busy machine).
  await expect(badge(page, 'M99.63')).toBeVisible({ timeout: 20_000 });
  await expect(dx).toHaveValue('M99.63');

  // An unlabelled flowsheet cell becomes a diagnosis field when a code is typed into it.
  const cell = page.locator('input[name="vital-4321"]');
  await cell.pressSequentially('M99.61', { delay: 30 });
  await expect(badge(page, 'M99.61')).toBeVisible();
  await expect(cell).toHaveValue('M99.61');
  expect(await burst).toBeGreaterThanOrEqual(3900);
});
