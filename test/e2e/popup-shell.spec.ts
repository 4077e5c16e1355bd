/**
 * The popup's static shell (src/ui/popup/index.html, painted before the app loads) lays out as the
 * app does, so nothing jumps when the app replaces it: the shell's markup, laid out beside the
 * rendered app, puts the header's parts, the release line's place and the search box where the app has them.
 */
import { expect, test } from './fixtures';

type Box = { x: number; y: number; width: number; height: number };

for (const lang of ['en', 'es'] as const) {
  test(`popup shell, ${lang}: header and search box where the app renders them`, async ({
    openExtensionPage,
  }) => {
    const page = await openExtensionPage(`src/ui/popup/index.html?lang=${lang}`, { width: 400, height: 600 });
    await expect(page.getByRole('combobox')).toBeVisible();
    const boxes = await page.evaluate(async () => {
      const html = await (await fetch(location.pathname)).text();
      const shellApp = new DOMParser().parseFromString(html, 'text/html').getElementById('app');
      const shell = document.createElement('div');
      shell.style.cssText = 'position: absolute; top: 0; left: 0; width: 100%; visibility: hidden';
      shell.innerHTML = shellApp?.innerHTML ?? '';
      document.body.append(shell);
      const app = document.getElementById('app')!;
      // Everything from the top: the shell holds the release line's place, as the app does until
      // it knows the release.
      const at = (root: Element, selector: string): Box | undefined => {
        const r = root.querySelector(selector)?.getBoundingClientRect();
        return r && { x: r.x, y: r.y, width: r.width, height: r.height };
      };
      const parts: [string][] = [
        ['.app-header'],
        ['.app-header img'],
        ['.app-header h1'],
        ['.app-header .version'],
        ['.release-line'],
        ['.lookup-label'],
        ['.lookup-box input'],
        ['.lookup-hint'],
      ];
      return parts.map(([selector]) => ({
        selector,
        shell: at(shell, selector),
        app: at(app, selector),
      }));
    });
    for (const { selector, shell, app } of boxes) {
      expect(shell, `${selector} in the shell`).toBeDefined();
      expect(app, `${selector} in the app`).toBeDefined();
      // Whole pixels: the version is one text node in the shell and two in the app. The hint's
      // height is the app's words (two lines in Spanish), below everything the shell shows.
      const round = (b: Box) =>
        [b.x, b.y, b.width, selector === '.lookup-hint' ? 0 : b.height].map(Math.round);
      expect(round(shell!), selector).toEqual(round(app!));
    }
  });
}

// Someone who knows the code types the moment the popup opens: the first keys land in the shell's
// box (autofocus), and the app takes over while they type. Every key must reach the app's box, in
// order, with the caret at the end, and the lookup must run on the whole query. Which key the
// takeover falls between depends on the machine; the assertion holds for any of them.
test('keys typed from the moment the popup opens all reach the app, whenever it takes over', async ({ context, extensionId }) => {
  const query = 'foraminal stenosis cervical';
  const page = await context.newPage();
  await page.setViewportSize({ width: 400, height: 600 });
  await page.goto(`chrome-extension://${extensionId}/src/ui/popup/index.html`, { waitUntil: 'commit' });
  // The shell's box or, if the app was quicker, the app's: whichever the user sees first.
  await page.locator('#app input').first().pressSequentially(query);
  const box = page.getByRole('combobox');
  await expect(box).toHaveValue(query);
  await expect(box).toBeFocused();
  expect(await box.evaluate((input: HTMLInputElement) => [input.selectionStart, input.selectionEnd])).toEqual([query.length, query.length]);
  await expect(page.getByRole('option').filter({ hasText: 'M99.61' }).first()).toBeVisible();
});
