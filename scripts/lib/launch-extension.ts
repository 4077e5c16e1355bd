import { chromium, type BrowserContext } from '@playwright/test';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { browserCommandLine, checkLaunchFlags, CHROMIUM_FLAGS, findBrowser, HEADLESS_FLAGS } from './find-browser';

export type LaunchedExtension = { context: BrowserContext; extensionId: string; profile: string };

/**
 * Launches Chrome/Chromium with the built extension in a fresh profile. `locale` ("es") sets the
 * browser's UI language (--lang, what chrome.i18n reports) and the pages' navigator.languages.
 */
export async function launchExtension(options: { dist: string; headless: boolean; locale?: string }): Promise<LaunchedExtension> {
  const dist = resolve(options.dist);
  const profile = await mkdtemp(join(tmpdir(), 'chartlint-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findBrowser(),
    headless: options.headless,
    // Both flags are needed: Playwright passes --disable-extensions, which only the "except" list overrides.
    args: [`--disable-extensions-except=${dist}`, `--load-extension=${dist}`, ...CHROMIUM_FLAGS, ...(options.headless ? HEADLESS_FLAGS : []), ...(options.locale ? [`--lang=${options.locale}`] : [])],
    ...(options.locale ? { locale: options.locale } : {}),
    viewport: options.headless ? { width: 1280, height: 860 } : null,
  });
  try {
    checkLaunchFlags(browserCommandLine(profile));
  } catch (error) {
    await context.close();
    throw error;
  }
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return { context, extensionId: new URL(worker.url()).host, profile };
}
