/**
 * A note template's pick-lists (blind page QA stop 53, H1, as a class): the answer chosen in a
 * select or a listbox inside the note's editor is read in its place, and never an answer not
 * chosen. Before, the note read "Neurogenic claudication: " with "absent" picked, and the bare
 * label supported M48.062. Fixture: test/fixtures/pages/note-pick-lists.html.
 * Unit tests: src/content/form-answers.test.ts.
 */
import { expect, test } from './fixtures';
import { storedTabState } from './page-helpers';

test('a pick-list inside the note is read as its chosen answer, in place', async ({
  page,
  server,
  tabIdOf,
  serviceWorker,
}) => {
  await page.goto(`${server.url}/fixtures/note-pick-lists.html`);
  const tabId = await tabIdOf(page);
  const state = () => storedTabState(serviceWorker, tabId);
  const verdict = async (code: string) =>
    (await state())?.result.verdicts?.find((v) => v.code === code)?.verdict;
  const noteExcerpts = async () =>
    Object.values((await state())?.frames ?? {})
      .flatMap((f) => f.fields)
      .filter((f) => f.kind === 'note')
      .flatMap((f) => (f.excerpts ?? []).map((e) => e.text))
      .join(' ');

  await page.selectOption('#claudication', { label: 'absent' });
  // Waited for on the answer itself: the verdict is already a finding before the pick (the label
  // unanswered, the HPI's walking symptoms a query), so waiting on it raced the read.
  await expect.poll(noteExcerpts).toContain('Neurogenic claudication: absent');
  await expect.poll(() => verdict('M48.062')).toBe('finding');

  await page.selectOption('#claudication', { label: 'present' });
  await expect.poll(() => verdict('M48.062')).toBe('supported');
  expect(await noteExcerpts()).not.toMatch(/claudication: \S*\s*absent/);

  // The listbox: one click shows "present, right L5", a second "absent".
  await page.locator('#radic').click();
  await page.locator('#note > div').last().click();
  await page.keyboard.press('End');
  await page.keyboard.type(' ');
  await expect.poll(() => verdict('M54.16')).toBe('supported');
  await page.locator('#radic').click();
  await page.locator('#note > div').last().click();
  await page.keyboard.press('End');
  await page.keyboard.type('.');
  await expect.poll(() => verdict('M54.16')).toBe('finding');
  expect(await noteExcerpts()).not.toContain('right L5');
});
