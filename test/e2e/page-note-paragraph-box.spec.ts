/**
 * Page shapes from the blind page QA of stop 54 (/tmp/qapages54 grid, H1), on a fixture page of our
 * own: a signed note shown read-only as a box of paragraphs, named by the heading before it or by
 * its own role=document and aria-label. It was not read ("No note text was found"). A hidden hint,
 * a <template> and an earlier visit kept hidden stay unread.
 * Its visit date (12/01/2026, in an ARIA grid) is settled month first by the note's own dates (M2).
 * Unit tests: src/content/note-boxes.test.ts, src/content/find-date-fields.test.ts.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectOverlay, finding, storedTabState } from './page-helpers';

type Probe = Pick<Page, 'evaluate'>;

test('a read-only note shown as a box of paragraphs is checked against the code the user types, and no hidden text is', async ({
  page,
  server,
  tabIdOf,
  serviceWorker,
}) => {
  const probe: Probe = serviceWorker;
  for (const view of ['heading', 'labelled']) {
    await page.goto(`${server.url}/fixtures/note-paragraph-box.html?view=${view}`);
    await page.getByLabel('Visit diagnosis (ICD-10)').click();
    await page.keyboard.type('M99.61');
    // The note's L5-S1 foraminal stenosis against a cervical code: the region is wrong.
    await expectOverlay(finding(page, 'region-mismatch', 'M99.61')).toHaveCount(1);
    const tabId = await tabIdOf(page);
    const state = await storedTabState(probe, tabId);
    const labels = Object.values(state?.frames ?? {})
      .flatMap((f) => f.fields)
      .filter((f) => f.kind === 'note')
      .map((f) => f.label);
    expect(labels, view).toContain(view === 'heading' ? 'Signed note' : 'Progress note (final)');
    // The visit date that reads two ways is read month first, as the note's MRI date shows (M2).
    expect(state?.result.release?.dateOfService, view).toBe('2026-12-01');
    const mismatch = state?.result.findings.find((f) => f.rule === 'region-mismatch');
    expect(mismatch?.suggestions, view).toContain('M99.63');
    // Quoted from the shown note only: never the hint's example, the template or the earlier visit.
    const quoted = (state?.result.findings ?? []).flatMap((f) => f.evidence.map((e) => e.text)).join('\n');
    expect(quoted, view).toContain('facet overgrowth');
    expect(quoted, view).not.toMatch(/Example|Macro|C5-C6|T7-T8|osseous/);
  }
});
