/**
 * Page shapes from the blind page QA of 2026-12-06 (stop 48, /tmp/qapages48), on fixture pages that
 * imitate them: suggestion lists are never entered codes, the payer shown as a logo or a pill is
 * read, and a charge line scrolled out of a virtualised grid is still checked.
 * Unit tests: src/content/option-lists.test.ts, coverage-text.test.ts, grid-rows-seen.test.ts.
 */
import type { Page } from '@playwright/test';
import type { TabState } from '../../src/protocol/messages';
import { expect, test } from './fixtures';
import { badge, expectOverlay, finding, storedTabState } from './page-helpers';

type Probe = Pick<Page, 'evaluate'>;
const fieldsOf = (state: TabState | undefined) => Object.values(state?.frames ?? {}).flatMap((f) => f.fields);
const codesOf = (state: TabState | undefined) => (state?.result.codes ?? []).map((c) => c.code);

test('a datalist and a suggestion menu offer codes: only what is typed into the input is entered', async ({
  page,
  server,
  tabIdOf,
  serviceWorker,
}) => {
  await page.goto(`${server.url}/fixtures/datalist-codes.html`);
  const tabId = await tabIdOf(page);
  const probe: Probe = serviceWorker;
  // The note and the empty inputs read: no code entered, whatever the lists offer.
  await expect
    .poll(async () => fieldsOf(await storedTabState(probe, tabId)).some((f) => f.kind === 'note'))
    .toBe(true);
  expect(codesOf(await storedTabState(probe, tabId))).toEqual([]);
  await page.getByLabel('Diagnosis', { exact: true }).fill('M99.03');
  await expectOverlay(badge(page, 'M99.03')).toBeVisible();
  await expect.poll(async () => codesOf(await storedTabState(probe, tabId))).toEqual(['M99.03']);
  await expectOverlay(badge(page, 'M99.04')).toHaveCount(0);
  await expectOverlay(badge(page, 'M54.16')).toHaveCount(0);
});

test('the payer shown as a logo after its label, or as a pill with no colon, is read; an unnamed logo names none', async ({
  page,
  server,
  tabIdOf,
  serviceWorker,
}) => {
  // Medicare, with no AT on the manipulation line of an acute visit.
  for (const shape of ['logo', 'pill']) {
    await page.goto(`${server.url}/fixtures/payer-logo.html?coverage=${shape}`);
    await expectOverlay(finding(page, 'manipulation-modifier', '98940')).toHaveCount(1);
  }
  await page.goto(`${server.url}/fixtures/payer-logo.html?coverage=unnamed`);
  await expectOverlay(badge(page, 'M99.03')).toBeVisible();
  const tabId = await tabIdOf(page);
  const probe: Probe = serviceWorker;
  await expect
    .poll(async () => (await storedTabState(probe, tabId))?.result.chiro?.payer.payer)
    .toBe('unknown');
  await expectOverlay(finding(page, 'manipulation-modifier', '98940')).toHaveCount(0);
});

test('a charge line scrolled out of a virtualised grid is still checked, and the field says it was read in part', async ({
  page,
  server,
  tabIdOf,
  serviceWorker,
}) => {
  await page.goto(`${server.url}/fixtures/ag-grid-virtual-lines.html`);
  const cell = (row: number) =>
    page.locator(`#lines [role="row"][row-index="${row}"] [role="gridcell"][col-id="cpt"]`);
  // 98942 (five regions) against a note that documents two.
  await expect(cell(0)).toHaveText('98942');
  await expectOverlay(finding(page, 'manipulation-region-count', '98942')).toHaveCount(1);
  const tabId = await tabIdOf(page);
  const probe: Probe = serviceWorker;
  const procedureField = async () =>
    fieldsOf(await storedTabState(probe, tabId)).find((f) => f.kind === 'procedure');
  // Most of its sixteen lines are not drawn: the field is read in part.
  await expect.poll(async () => (await procedureField())?.partial).toBe(true);
  // Scrolled to the last lines: the first line leaves the page, and is still checked.
  await cell(1).hover();
  await page.mouse.wheel(0, 2000);
  await expect(cell(15)).toBeVisible();
  await expect(cell(0)).toHaveCount(0);
  // A keystroke in the note: a snapshot taken after the scroll, seen by the note's new length.
  const noteChars = async () =>
    fieldsOf(await storedTabState(probe, tabId)).find((f) => f.kind === 'note')?.chars ?? 0;
  const before = await noteChars();
  await page.getByLabel('Progress note').click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Ice.', { delay: 10 });
  await expect.poll(noteChars).toBeGreaterThan(before);
  expect((await storedTabState(probe, tabId))?.result.chiro?.procedures.map((p) => p.code)).toContain(
    '98942',
  );
  await expectOverlay(finding(page, 'manipulation-region-count', '98942')).toHaveCount(1);
});

test('a picker over a hidden select, a combobox showing its choice and a chip grid around its entry are one field each', async ({
  page,
  server,
  tabIdOf,
  serviceWorker,
}) => {
  await page.goto(`${server.url}/fixtures/one-widget-pickers.html`);
  await expectOverlay(badge(page, 'M99.63')).toBeVisible();
  const tabId = await tabIdOf(page);
  const probe: Probe = serviceWorker;
  const diagnosisFields = async () =>
    fieldsOf(await storedTabState(probe, tabId)).filter((f) => f.kind === 'diagnosis');
  await expect.poll(async () => (await diagnosisFields()).length).toBeGreaterThan(0);
  // Three widgets, three fields, each code read once; no field named by a search box's placeholder.
  expect((await diagnosisFields()).map((f) => f.label)).toHaveLength(3);
  expect(codesOf(await storedTabState(probe, tabId)).sort()).toEqual(['M48.061', 'M54.16', 'M99.63']);
});
