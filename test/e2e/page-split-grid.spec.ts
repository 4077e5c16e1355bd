/**
 * A grid drawn as two tables with no ARIA roles (a header table, then the rows in a table of their
 * own; Kendo-like, stop 49's gaps; page test/fixtures/pages/split-grid.html) is one diagnosis list,
 * its code column one code per row: never two empty diagnosis fields.
 * Unit tests: src/content/split-grid.test.ts.
 */
import type { Page } from '@playwright/test';
import type { TabState } from '../../src/protocol/messages';
import { expect, test } from './fixtures';
import { badge, expectOverlay, storedTabState } from './page-helpers';

type Probe = Pick<Page, 'evaluate'>;
const diagnosisFields = (state: TabState | undefined) =>
  Object.values(state?.frames ?? {})
    .flatMap((f) => f.fields)
    .filter((f) => f.kind === 'diagnosis');

test('the grid’s code column is the visit’s diagnosis list, one field; a row added later is read', async ({
  page,
  server,
  tabIdOf,
  serviceWorker,
}) => {
  await page.goto(`${server.url}/fixtures/split-grid.html`);
  await expectOverlay(badge(page, 'M99.03')).toBeVisible();
  await expectOverlay(badge(page, 'M51.16')).toBeVisible();
  const tabId = await tabIdOf(page);
  const probe: Probe = serviceWorker;
  const state = async () => storedTabState(probe, tabId);
  await expect
    .poll(async () => (await state())?.result.codes.map((c) => c.code))
    .toEqual(['M99.03', 'M51.16']);
  const fields = diagnosisFields(await state());
  expect(fields.map((f) => ({ label: f.label, chars: f.chars }))).toEqual([
    { label: 'Diagnoses', chars: 'M99.03\nM51.16'.length },
  ]);

  await page.locator('#add-row').click();
  await expect
    .poll(async () => (await state())?.result.codes.map((c) => c.code))
    .toEqual(['M99.03', 'M51.16', 'M54.16']);
  expect(diagnosisFields(await state())).toHaveLength(1);
});
