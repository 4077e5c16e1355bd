/**
 * The screenshot tour (scripts/lib/demo-tour.ts, also `npm run screenshots`) shows each surface at
 * its real size once its data has loaded (issue 17): panels at 420 and 320 px, the popup at its
 * 400 px and no taller than the browser's 600 px cap, with lookup results rather than "Loading…".
 * Images go to test-results/screenshots/tour; the README's set comes from `npm run screenshots -- --docs`.
 */
import { readFileSync } from 'node:fs';
import {
  PANEL_HEIGHT,
  POPUP_MAX_HEIGHT,
  POPUP_WIDTH,
  takeTours,
} from '../../scripts/lib/demo-tour';
import { resolve } from 'node:path';
import { expect, test } from './fixtures';

/** Always test-results: the README's images come only from `npm run screenshots -- --docs`. */
const DIR = resolve('test-results/screenshots/tour');

/** A PNG's pixel size, from its IHDR header. */
function pngSize(path: string): { width: number; height: number } {
  const png = readFileSync(path);
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

const VARIANTS = [
  { lang: 'en', colorScheme: 'light' },
  { lang: 'es', colorScheme: 'dark' },
] as const;

// One tour in both variants (takeTours): the demo EHR's pages are typed into once, each surface shot in each.
test(`the tour shoots every surface at its real size once loaded (${VARIANTS.map((v) => `${v.lang}, ${v.colorScheme}`).join('; ')})`, async ({
  context,
  extensionId,
  server,
}) => {
  test.setTimeout(180_000);
  const tours = await takeTours(context, extensionId, `${server.url}/`, DIR, VARIANTS);
  for (const [i, { lang, colorScheme }] of VARIANTS.entries()) {
    const { files, heights } = tours[i]!;
    const variant = `${lang}, ${colorScheme}`;
    expect(Object.keys(files).sort(), variant).toEqual(
      [
        'inline',
        'options',
        'options-full',
        'popup',
        'popup-entry',
        ...['one', 'three'].flatMap((c) =>
          [420, 320].flatMap((w) => [`panel-${c}-${w}`, `panel-${c}-${w}-full`]),
        ),
      ].sort(),
    );
    for (const [name, path] of Object.entries(files))
      expect(path, name).toMatch(new RegExp(`${name}-${lang}-${colorScheme}\\.png$`));
    for (const c of ['one', 'three']) {
      for (const width of [420, 320]) {
        expect(pngSize(files[`panel-${c}-${width}`]!), variant).toEqual({ width, height: PANEL_HEIGHT });
        expect(pngSize(files[`panel-${c}-${width}-full`]!).width, variant).toBe(width);
      }
    }
    // The popup is its CSS width, and its content fits the browser's cap (else the popup scrolls).
    for (const name of ['popup', 'popup-entry']) {
      expect(pngSize(files[name]!).width, `${variant}: ${name}`).toBe(POPUP_WIDTH);
      expect(heights[name], `${variant}: ${name}`).toBeLessThanOrEqual(POPUP_MAX_HEIGHT);
    }
    // Three codes make a taller panel than one: the second demo tab is not the first one again.
    expect(heights['panel-three-420'], variant).toBeGreaterThan(heights['panel-one-420']!);
  }
});
