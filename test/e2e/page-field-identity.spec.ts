/**
 * What is a field and what is not, as the page changes its mind or draws helpers (QA stop 51):
 * a field a framework names after load (attributes only, no event) is classified again, and an
 * editor's helpers (Quill's paste target and link tooltip with the page's own CSS, a screen-reader
 * copy, a live region) are never notes of their own.
 * Unit tests: src/content/field-registry.test.ts, src/content/find-fields-library-widgets.test.ts.
 */
import { expect, test } from './fixtures';
import { badge, expectOverlay, storedTabState } from './page-helpers';

const fieldsOf = async (probe: Parameters<typeof storedTabState>[0], tabId: number) => {
  const state = await storedTabState(probe, tabId);
  return Object.values(state?.frames ?? {}).flatMap((frame) =>
    frame.fields.map((f) => ({
      kind: f.kind,
      label: f.label,
      chars: f.chars ?? f.checked ?? f.text?.length ?? 0,
    })),
  );
};

test('a field named a diagnosis field after load is read as one, with no keystroke', async ({
  page,
  server,
  tabIdOf,
  openExtensionProbe,
}) => {
  await page.goto(`${server.url}/fixtures/late-field-names.html`);
  const tabId = await tabIdOf(page);
  const probe = await openExtensionProbe();
  // Read first as a note (an unnamed box in the Encounter section): no code, no badge.
  await expect
    .poll(async () => (await fieldsOf(probe, tabId)).filter((f) => f.kind === 'note').map((f) => f.label))
    .toEqual(['Encounter', 'Progress note']);
  await page.evaluate(() => (window as unknown as { nameFields: () => void }).nameFields());
  // M54.16 against a note with no leg symptoms: a badge on the field it is now.
  await expectOverlay(badge(page, 'M54.16')).toBeVisible();
});

test("an editor's helpers are no notes: one 'Daily note' field, with the editor's text", async ({
  page,
  server,
  tabIdOf,
  openExtensionProbe,
}) => {
  await page.goto(`${server.url}/fixtures/editor-helpers.html`);
  await expectOverlay(badge(page, 'M54.16')).toBeVisible();
  const tabId = await tabIdOf(page);
  const probe = await openExtensionProbe();
  const notes = async () =>
    (await fieldsOf(probe, tabId)).filter((f) => f.kind === 'note').map((f) => [f.label, f.chars > 0]);
  await expect.poll(notes).toEqual([['Daily note', true]]);
});
