/**
 * QA stop 55: a signed note shown read-only as other EHR libraries print it. Its line breaks as
 * text in a pre-wrap block (no <br>) were read as spaces, so a list's lines ran into one sentence
 * and the denied numbness on one line negated the stenosis on the next; a <pre> or a block of text
 * under a title that is no heading tag (a card header's span, a bold line, a definition term) was
 * not found as the note at all. The fixture prints the same note each way (?v=).
 * Unit tests: src/content/note-text-blocks.test.ts.
 */
import { expect, test } from './fixtures';
import { badge, expectOverlay, storedTabState } from './page-helpers';

for (const layout of ['block', 'card', 'bold', 'dl'] as const) {
  test(`a read-only note (${layout}) is found under its title and read line by line`, async ({
    page,
    server,
    tabIdOf,
    serviceWorker,
  }) => {
    await page.goto(`${server.url}/fixtures/note-views.html?v=${layout}`);
    await page.getByLabel('Diagnosis').click();
    await page.keyboard.type('M99.63');
    await expectOverlay(badge(page, 'M99.63')).toBeVisible();
    const tabId = await tabIdOf(page);
    const state = async () => storedTabState(serviceWorker, tabId);
    const verdictOf = async () => (await state())?.result.verdicts?.find((v) => v.code === 'M99.63')?.verdict;
    // The MRI line's stenosis is the note's own, not the line before it's denial.
    await expect.poll(verdictOf).toBe('supported');
    const notes = Object.values((await state())?.frames ?? {})
      .flatMap((f) => f.fields)
      .filter((f) => f.kind === 'note');
    expect(notes.map((f) => f.label)).toEqual([
      layout === 'card' || layout === 'dl' ? 'Visit notes' : 'Progress note',
    ]);
  });
}
