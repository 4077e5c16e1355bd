/**
 * Page shapes from the blind page QA of stop 54 (/tmp/qapages54 tabs, tabs-flow, frame-swap: H2,
 * M1), on a fixture page of our own: one encounter split over tabs, the code on the Codes tab and
 * the note's editor (a srcdoc frame) on the Visit note tab. The code was never checked against the
 * note, and showing the note's tab dropped the entered code. The Previous visit tab stays unread.
 * Unit tests: src/content/chart-tabs.test.ts.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { badge, expectOverlay, storedTabState } from './page-helpers';

type Probe = Pick<Page, 'evaluate'>;

test('the code on one tab is checked against the note on another, whichever tab is in front; the previous visit’s tab is not read', async ({
  page,
  server,
  tabIdOf,
  serviceWorker,
}) => {
  const probe: Probe = serviceWorker;
  await page.goto(`${server.url}/fixtures/chart-tabs.html`);
  await page.getByLabel('Encounter diagnoses').first().click();
  await page.keyboard.type('M99.61');
  await expectOverlay(badge(page, 'M99.61')).toBeVisible();
  const tabId = await tabIdOf(page);
  const result = async () => (await storedTabState(probe, tabId))?.result;
  const verdictOf = async () => (await result())?.verdicts?.find((v) => v.code === 'M99.61')?.verdict;
  // The note behind the Visit note tab supports the cervical code.
  await expect.poll(verdictOf).toBe('supported');

  await page.getByRole('tab', { name: 'Visit note' }).click();
  await expect.poll(async () => (await result())?.codes.map((c) => c.code)).toEqual(['M99.61']);
  await expect.poll(verdictOf).toBe('supported');

  // The previous visit's codes and note are never this visit's.
  await page.getByRole('tab', { name: 'Codes' }).click();
  await expect.poll(verdictOf).toBe('supported');
  const fields = Object.values((await storedTabState(probe, tabId))?.frames ?? {}).flatMap((f) => f.fields);
  expect(fields.map((f) => f.text).join('\n')).not.toContain('L4-L5');
  expect((await result())?.codes.map((c) => c.code)).toEqual(['M99.61']);
});

test('a note frame the page shows by a class, with no click and no typing, is read at once', async ({
  page,
  server,
  tabIdOf,
  serviceWorker,
}) => {
  // No tab bar: the hidden panes are workflow steps, not tabs of the chart, and are not read.
  await page.goto(`${server.url}/fixtures/chart-tabs.html?tabs=none`);
  await page.getByLabel('Encounter diagnoses').first().click();
  await page.keyboard.type('M99.61');
  await expectOverlay(badge(page, 'M99.61')).toBeVisible();
  const tabId = await tabIdOf(page);
  const verdictOf = async () =>
    (await storedTabState(serviceWorker, tabId))?.result.verdicts?.find((v) => v.code === 'M99.61')?.verdict;
  await expect.poll(verdictOf).toBe('not-checked');
  // The page shows the note's step by a class: nothing is typed, clicked or changed in the frame.
  await page.evaluate(() => (window as unknown as { showNoteLater: () => void }).showNoteLater());
  await expect.poll(verdictOf).toBe('supported');
});

test('a note in a frame on a hidden tab leaves while another visit’s tab is in front, and comes back with its own', async ({
  page,
  server,
  tabIdOf,
  serviceWorker,
}) => {
  // QA stop 55: the frame's script saw only its own document, so its note stayed read beside the
  // previous visit's (the rule "a hidden tab counts only while nothing of its kind is drawn" was
  // per document), and a tab switched in the page around it told the frame nothing.
  await page.goto(`${server.url}/fixtures/chart-tabs.html`);
  await page.getByLabel('Encounter diagnoses').first().click();
  await page.keyboard.type('M99.61');
  await expectOverlay(badge(page, 'M99.61')).toBeVisible();
  const tabId = await tabIdOf(page);
  const state = async () => storedTabState(serviceWorker, tabId);
  const noteLabels = async () =>
    Object.values((await state())?.frames ?? {})
      .flatMap((f) => f.fields)
      .filter((f) => f.kind === 'note')
      .map((f) => f.label)
      .sort();
  const verdictOf = async () => (await state())?.result.verdicts?.find((v) => v.code === 'M99.61')?.verdict;
  await expect.poll(verdictOf).toBe('supported');
  await expect.poll(noteLabels).toEqual(['Visit note editor']);

  await page.getByRole('tab', { name: 'Previous visit' }).click();
  await expect.poll(noteLabels).toEqual(['Visit note']);
  await expect.poll(async () => (await state())?.result.codes.map((c) => c.code)).toEqual(['M99.63']);

  await page.getByRole('tab', { name: 'Codes' }).click();
  await expect.poll(noteLabels).toEqual(['Visit note editor']);
  await expect.poll(verdictOf).toBe('supported');
});
