/**
 * The popup's static shell (src/ui/popup/index.html, painted before the app loads) lays out as the
 * app does, so nothing jumps when the app replaces it: the shell's markup, laid out beside the
 * rendered app, puts the header's parts and the search box where the app has them.
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
      // The header from the top; the search box from the top of <main>: the app adds a release
      // line between them once it knows the release, which the shell cannot.
      const at = (root: Element, selector: string, from?: string): Box | undefined => {
        const r = root.querySelector(selector)?.getBoundingClientRect();
        const origin = from ? root.querySelector(from)!.getBoundingClientRect().y : 0;
        return r && { x: r.x, y: r.y - origin, width: r.width, height: r.height };
      };
      const parts: [string, string?][] = [
        ['.app-header'],
        ['.app-header img'],
        ['.app-header h1'],
        ['.app-header .version'],
        ['.lookup-label', 'main'],
        ['.lookup-box input', 'main'],
        ['.lookup-hint', 'main'],
      ];
      return parts.map(([selector, from]) => ({
        selector,
        shell: at(shell, selector, from),
        app: at(app, selector, from),
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
