/**
 * Evidence in the page, on the side panel's explicit request (BackgroundApi 'tab-evidence/show' →
 * ContentApi 'evidence/show'): a textarea span is selected and scrolled into view.
 */
import type { Page } from '@playwright/test';
import type { Span } from '../../src/core/types';
import { expect, test } from './fixtures';
import { badge, CERVICAL_NOTE, expectOverlay, finding, showEvidence, storedTabState } from './page-helpers';

async function noteEvidence(probe: Page, tabId: number): Promise<Span> {
  const state = await storedTabState(probe, tabId);
  const mismatch = state?.result.findings.find((f) => f.rule === 'region-mismatch');
  const span = mismatch?.evidence.find((e) => !e.text.includes('M99'));
  if (!span) throw new Error('no note evidence in the tab state');
  return span;
}

test('evidence in a textarea is selected and scrolled into view, only when asked; a span whose field is gone answers false instead of failing', async ({
  openPage,
  openExtensionProbe,
  tabIdOf,
}) => {
  // A long note: the evidence sits below the textarea's visible lines.
  const filler = Array.from({ length: 30 }, (_, i) => `Line ${i + 1}: routine charting.`).join('\n');
  const { page } = await openPage('M99.60', {
    path: '/fixtures/plain-form.html',
    before: (page) => page.getByLabel('Progress note').fill(`${filler}\n${CERVICAL_NOTE}`),
    field: 'Diagnosis code',
  });
  const note = page.getByLabel('Progress note');
  await expectOverlay(finding(page, 'region-mismatch', 'M99.60')).toHaveCount(1);
  // Nothing was selected by ChartLint on its own.
  expect(await note.evaluate((e: HTMLTextAreaElement) => e.selectionStart === e.selectionEnd)).toBe(true);

  const tabId = await tabIdOf(page);
  const probe = await openExtensionProbe();
  const span = await noteEvidence(probe, tabId);
  const reply = await showEvidence(probe, tabId, span);
  expect(reply).toEqual({ ok: true, value: true });
  const selected = await note.evaluate((e: HTMLTextAreaElement) => ({
    text: e.value.slice(e.selectionStart, e.selectionEnd),
    scrolled: e.scrollTop > 0,
    focused: document.activeElement === e,
  }));
  expect(selected).toEqual({ text: span.text, scrolled: true, focused: true });
  await expectOverlay(badge(page, 'M99.60')).toBeVisible();

  // Same page and probe (a test of its own loaded the form, typed the code and opened a probe again).
  await test.step('a span whose field is gone answers false instead of failing', async () => {
    const gone = await showEvidence(probe, tabId, { fieldId: '0:field-999', start: 0, end: 3, text: 'abc' });
    expect(gone).toEqual({ ok: true, value: false });
  });
});
