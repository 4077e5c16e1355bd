/** Web components: the diagnosis input two open shadow roots deep, defined after first render. */
import { expect, test } from './fixtures';
import { CERVICAL_NOTE, expectOverlay, finding } from './page-helpers';

test('a diagnosis input inside nested open shadow roots is found and badged', async ({ openPage }) => {
  const { page, dx } = await openPage('M99.60', {
    path: '/fixtures/web-component.html',
    before: (page) => page.getByLabel('Progress note').fill(CERVICAL_NOTE),
    field: 'Diagnosis (ICD-10-CM)',
  });
  await expectOverlay(finding(page, 'region-mismatch', 'M99.60')).toHaveCount(1);
  // The overlay is attached to <html>, never inside the page's components.
  const hostParent = await page.evaluate(
    () => document.querySelector('[data-chartlint]')?.parentElement?.tagName,
  );
  expect(hostParent).toBe('HTML');
  await expect(dx).toBeFocused();
});
