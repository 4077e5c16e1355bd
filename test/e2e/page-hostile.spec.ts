/**
 * Hostile or broken pages: a strict CSP, redefined built-ins, forged extension-like messages, and
 * an extension reload that orphans the running content script.
 */
import type { Worker } from '@playwright/test';
import type { TabState } from '../../src/protocol/messages';
import { expect, FRESH_BROWSER, test } from './fixtures';
import { badge, CERVICAL_NOTE, expectOverlay, finding } from './page-helpers';

async function allTabStates(probe: Worker): Promise<TabState[]> {
  return probe.evaluate(
    async () =>
      Object.values(await chrome.storage.session.get(null)).filter(
        (v) => v && typeof v === 'object' && 'frames' in v,
      ) as TabState[],
  );
}

test('strict CSP and redefined built-ins: ChartLint still reads, badges and stays out of the page', async ({
  context,
  server,
  serviceWorker,
  tabIdOf,
}) => {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${server.url}/fixtures/hostile.html?csp=strict`);
  // The page's own scripts ran (external file, allowed by its CSP) and broke what they could.
  expect(await page.evaluate(() => JSON.stringify({ a: 1 }))).toBe('"hijacked"');

  // The note entered at once, as pasted (typed, its 113 keys cost 0.3-0.8 CPU-s more); the code is typed.
  await page.getByLabel('Progress note').fill(CERVICAL_NOTE);
  await page.getByLabel('Diagnosis code').pressSequentially('M99.60', { delay: 25 });
  await expectOverlay(badge(page, 'M99.60')).toBeVisible();
  await expectOverlay(finding(page, 'region-mismatch', 'M99.60')).toHaveCount(1);
  // The overlay's own stylesheet applies under the page's style-src 'self' (it lives in our shadow root).
  const display = await badge(page, 'M99.60').evaluate(
    (e) => getComputedStyle(e.querySelector('button')!).borderRadius,
  );
  expect(display).toBe('999px');
  // ChartLint never called the page's fake `chrome.runtime`.
  expect(
    await page.evaluate(
      () => (window as unknown as { __hostile: { fakeRuntimeUsed?: boolean } }).__hostile.fakeRuntimeUsed,
    ),
  ).toBeUndefined();
  expect(errors).toEqual([]);

  // Forged postMessages (page/snapshot, findings/update) never reach the worker or the badge.
  const tabId = await tabIdOf(page);
  const probe = serviceWorker;
  const states = await allTabStates(probe);
  const mine = states.find((s) => s.tabId === tabId)!;
  const frames = Object.values(mine.frames);
  expect(frames.map((f) => f.docId)).not.toContain('forged');
  // Stored fields keep excerpts around what was read (a code read from forged text would be one).
  expect(frames.flatMap((f) => f.fields.map((x) => x.text ?? x.excerpts?.map((e) => e.text).join(''))).join('\n')).not.toContain('M99.69');
  expect(mine.result.codes.map((c) => c.code)).not.toContain('M99.69');
  expect(states.some((s) => s.url.includes('evil.test'))).toBe(false);
  await expectOverlay(badge(page, 'Z99.99')).toHaveCount(0);
});

test('after the extension reloads, the orphaned content script leaves quietly', { tag: FRESH_BROWSER }, async ({
  openPage,
  serviceWorker,
}) => {
  const problems: string[] = [];
  const { page, dx } = await openPage('M99.60', {
    path: '/fixtures/plain-form.html',
    beforeLoad: (page) => {
      page.on('pageerror', (e) => problems.push(e.message));
      page.on('console', (m) => {
        // (The fixture server has no favicon: that 404 is the page's, not ours.)
        if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) problems.push(m.text());
      });
    },
    field: 'Diagnosis code',
    delay: 25,
  });

  await serviceWorker.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
  // The user keeps typing into the page as if nothing happened.
  await dx.pressSequentially(' M99.61', { delay: 40 });
  await page.getByLabel('Progress note').pressSequentially('Neck pain.', { delay: 20 });
  await expect(page.locator('[data-chartlint]')).toHaveCount(0, { timeout: 6000 });
  await expect(dx).toHaveValue('M99.60 M99.61');
  await expect(page.getByLabel('Progress note')).toHaveValue('Neck pain.');
  expect(problems).toEqual([]);
});
