/**
 * The whole screenshot set: the demo tour (scripts/lib/demo-tour.ts) in English and Spanish, light
 * and dark, each language in a browser started in that language (--lang and navigator.languages,
 * so the inline card speaks it too). Writes `heights.json` (each panel's full height) beside the
 * images and, with `docs`, copies the README's images into docs/screenshots.
 */
import { copyFile, mkdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { takeTours, type Scheme } from './demo-tour';
import { launchExtension } from './launch-extension';

export const LANGS = ['en', 'es'] as const;
export const SCHEMES: readonly Scheme[] = ['light', 'dark'];
/** The browser locale each language is shot in. */
const LOCALE: Record<(typeof LANGS)[number], string> = { en: 'en-US', es: 'es-ES' };

/**
 * The README's images (docs/screenshots): each surface in English/light and Spanish/dark.
 * options-managed.png is the README's too, but needs an administrator policy: settings.spec.ts
 * makes it (CHARTLINT_SCREENSHOTS=docs npx playwright test settings -g administrator).
 */
export const README_SET = ['inline', 'panel-one-420', 'panel-three-320', 'popup', 'options'].flatMap((s) => [
  `${s}-en-light.png`,
  `${s}-es-dark.png`,
]);

export type ScreenshotSetOptions = {
  dist: string;
  demoUrl: string;
  out: string;
  docs?: boolean;
  log?: (line: string) => void;
};

export async function takeScreenshotSet(
  options: ScreenshotSetOptions,
): Promise<{ files: string[]; heights: Record<string, number> }> {
  const out = resolve(options.out);
  await mkdir(out, { recursive: true });
  const files: string[] = [];
  const heights: Record<string, number> = {};
  for (const lang of LANGS) {
    const { context, profile } = await launchExtension({
      dist: options.dist,
      headless: true,
      locale: LOCALE[lang],
    });
    try {
      const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
      const extensionId = new URL(worker.url()).host;
      // Both schemes from one set of demo pages (takeTours).
      const tours = await takeTours(context, extensionId, options.demoUrl, out, SCHEMES.map((colorScheme) => ({ lang, colorScheme })));
      for (const [i, colorScheme] of SCHEMES.entries()) {
        const shots = tours[i]!;
        files.push(...Object.values(shots.files));
        for (const [name, h] of Object.entries(shots.heights)) heights[`${name}-${lang}-${colorScheme}`] = h;
        options.log?.(`${lang} ${colorScheme}: ${Object.keys(shots.files).length} screenshots`);
      }
    } finally {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    }
  }
  await writeFile(join(out, 'heights.json'), `${JSON.stringify(heights, null, 2)}\n`);
  if (options.docs) {
    const docs = resolve('docs/screenshots');
    await mkdir(docs, { recursive: true });
    for (const name of README_SET) await copyFile(join(out, name), join(docs, name));
    options.log?.(`README images copied to ${docs}`);
  }
  return { files, heights };
}
