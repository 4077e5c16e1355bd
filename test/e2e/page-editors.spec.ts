/**
 * Rich-text editors real EHRs embed (Quill 2, TinyMCE 8 in its iframe), loaded from npm: the note
 * is read with its line breaks wherever the editor keeps it, typed or pasted, and the side panel's
 * evidence request highlights the span with the CSS Custom Highlight API (no DOM change).
 */
import type { Page } from '@playwright/test';
import type { TabState } from '../../src/protocol/messages';
import { expect, test } from './fixtures';
import { badge, CERVICAL_NOTE, expectOverlay, finding, pageMutations, showEvidence, storedTabState, watchPageDom } from './page-helpers';

/** The tab's stored state, which the test expects to be there. */
async function tabState(probe: Pick<Page, 'evaluate'>, tabId: number): Promise<TabState> {
  const state = await storedTabState(probe, tabId);
  if (!state) throw new Error(`the worker holds no state for tab ${tabId}`);
  return state;
}

// One Quill page for the typed and the pasted note (two tests loaded it for each): the typed note
// is cleared, and its finding seen gone, before the paste, so the paste's finding is its own.
test('Quill: a note typed into the editor is read with the code from the diagnosis field; a pasted note counts, and evidence is highlighted without touching the DOM', async ({
  context,
  server,
  openPage,
  openExtensionProbe,
  tabIdOf,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  const { page } = await openPage('M99.60', {
    path: '/fixtures/quill-note.html',
    field: 'ICD-10-CM code',
    before: async (page) => {
      await page.locator('.ql-editor').click();
      await page.keyboard.type('Neck pain for three months.');
      await page.keyboard.press('Enter');
      await page.keyboard.type(CERVICAL_NOTE, { delay: 2 });
    },
  });
  await expectOverlay(finding(page, 'region-mismatch', 'M99.60')).toHaveCount(1);
  await expect(page.locator('.ql-editor')).toContainText('uncovertebral osteophyte');

  await test.step('a pasted note counts', async () => {
    await page.locator('.ql-editor').click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await expectOverlay(finding(page, 'region-mismatch', 'M99.60')).toHaveCount(0);
    await page.evaluate((text) => navigator.clipboard.writeText(text), CERVICAL_NOTE);
    await page.keyboard.press('Control+V');
    await expectOverlay(finding(page, 'region-mismatch', 'M99.60')).toHaveCount(1);
  });

  const tabId = await tabIdOf(page);
  const probe = await openExtensionProbe();
  const state = await tabState(probe, tabId);
  const mismatch = state.result.findings.find((f) => f.rule === 'region-mismatch')!;
  const noteSpan = mismatch.evidence.find((e) => !e.text.includes('M99'))!;
  expect(noteSpan.text).toMatch(/stenosis/);

  await watchPageDom(page);
  const shown = await showEvidence(probe, tabId, noteSpan);
  expect(shown).toEqual({ ok: true, value: true });
  // The highlight is registered on the page's document and covers exactly the evidence text.
  const highlighted = await page.evaluate(() => {
    const h = CSS.highlights.get('chartlint-evidence');
    return h ? [...h].map((r) => (r as Range).toString()) : [];
  });
  expect(highlighted).toEqual([noteSpan.text]);
  expect(await pageMutations(page)).toEqual([]);
});

test('TinyMCE: the note inside the editor iframe is read together with the code field', async ({ openPage }) => {
  const { page } = await openPage('M99.60', {
    path: '/fixtures/tinymce-note.html',
    field: 'Diagnosis code',
    before: async (page) => {
      await expect(page.locator('body')).toHaveAttribute('data-editor-ready', 'true');
      await page.frameLocator('iframe.tox-edit-area__iframe').locator('body').click();
      await page.keyboard.type(CERVICAL_NOTE, { delay: 2 });
    },
  });
  await expectOverlay(finding(page, 'region-mismatch', 'M99.60')).toHaveCount(1);
  await expectOverlay(badge(page, 'M99.60')).toHaveAttribute('data-severity', 'error');
});

test('CKEditor 5: the note is read paragraph by paragraph; the code is checked against it', async ({
  openPage,
  serviceWorker,
  tabIdOf,
}) => {
  const { page } = await openPage('M99.60', {
    path: '/fixtures/ckeditor-note.html',
    field: 'Diagnosis code',
    before: async (page) => {
      await expect(page.locator('body')).toHaveAttribute('data-editor-ready', 'true');
      await page.locator('.ck-editor__editable').click();
      await page.keyboard.type('Findings:');
      await page.keyboard.press('Enter');
      await page.keyboard.type(CERVICAL_NOTE, { delay: 2 });
    },
  });
  const editable = page.locator('.ck-editor__editable');
  await expectOverlay(finding(page, 'region-mismatch', 'M99.60')).toHaveCount(1);
  await expect(editable).toContainText('Findings:');
  // One line per paragraph, and none of the editor's filler (zero-width text, <br> placeholders).
  const state = await tabState(serviceWorker, await tabIdOf(page));
  const notes = Object.values(state.frames).flatMap((f) =>
    // The state keeps excerpts around the findings' spans, not whole texts: a short note's
    // excerpts cover all of it (src/protocol/excerpts.ts).
    f.fields.filter((x) => x.kind === 'note').map((x) => x.text ?? x.excerpts?.map((e) => e.text).join('')),
  );
  expect(notes).toContain(`Findings:\n${CERVICAL_NOTE}`);
});
