/** Web components: the diagnosis input two open shadow roots deep, defined after first render. */
import { expect, test } from './fixtures';
import { badge, CERVICAL_NOTE, expectOverlay, finding } from './page-helpers';

test('a diagnosis input inside nested open shadow roots is found and badged', async ({ context, server }) => {
  const page = await context.newPage();
  await page.goto(`${server.url}/fixtures/web-component.html`);
  await page.getByLabel('Progress note').fill(CERVICAL_NOTE);
  const dx = page.getByLabel('Diagnosis (ICD-10-CM)');
  await dx.pressSequentially('M99.60', { delay: 20 });
  await expectOverlay(badge(page, 'M99.60')).toBeVisible();
  await expectOverlay(finding(page, 'region-mismatch', 'M99.60')).toHaveCount(1);
  // The overlay is attached to <html>, never inside the page's components.
  const hostParent = await page.evaluate(
    () => document.querySelector('[data-chartlint]')?.parentElement?.tagName,
  );
  expect(hostParent).toBe('HTML');
  await expect(dx).toBeFocused();
});
