import { existsSync, readdirSync, readFileSync } from 'node:fs';

/** Where Chrome or Chromium usually lives, in the order we try them after CHROME_PATH. */
const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/microsoft-edge',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
];

/** CHROME_PATH if set, else /usr/bin/chromium, else a Chrome/Chromium found on this machine. */
export function findBrowser(): string {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to ${fromEnv}, but no file is there.`);
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (found) return found;
  throw new Error(
    'No Chrome or Chromium found. Install one (Debian/Ubuntu: `sudo apt-get install chromium`) ' +
      'or set CHROME_PATH to the browser executable.',
  );
}

/**
 * The features Playwright 1.65 disables (its chromiumSwitches.ts). Chromium keeps only the last
 * --disable-features switch, and ours comes after Playwright's: it has to repeat them, or they
 * come back on. checkLaunchFlags throws if Playwright's list ever names one that this one lacks.
 */
const PLAYWRIGHT_DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync', 'DestroyProfileOnBrowserClose', 'HttpsUpgrades', 'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay', 'MediaRouter', 'PaintHolding', 'ThirdPartyStoragePartitioning', 'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin', 'OptimizationHints', 'NetworkTimeServiceQuerying', 'AimEnabled', 'PreconnectToSearch',
  'msForceBrowserSignIn', 'msEdgeUpdateLaunchServicesPreferredVersion',
];

/**
 * Background work no test (and no use of ours) needs, off. Nothing here changes what the extension
 * or a page sees: the process model (site isolation) is left alone. The spare renderer is a
 * renderer process Chromium starts ahead of the next navigation to a new site, one after another
 * as each is taken, and the last one is never used; the rest are services that phone home or
 * fetch models and lists in the background (translate, optimization guide, media router, safe
 * browsing's lists, client-side phishing models, domain reliability, hyperlink pings). Measured
 * 2026-12-07 on eleven demo-EHR tests in one browser (launch included), twice each way at load
 * 25-30: 30.5 / 32.5 CPU-s before, 27.9 / 29.9 with these (renderers and the browser process). On
 * page-widgets.spec.ts (eight tests, one worker) the difference was inside that load's noise: 41.0 /
 * 54.8 before, 43.4 / 40.8 after. A browser left idle showed no background work worth a flag
 * (about 0.02-0.05 CPU-s a second either way): a small saving, most of it in the web renderers.
 */
const QUIET_FEATURES = [
  'SpareRendererForSitePerProcess', 'Translate', 'OptimizationGuideModelDownloading', 'OptimizationHintsFetching',
  'OptimizationTargetPrediction', 'OptimizationGuideOnDeviceModel', 'DialMediaRouteProvider', 'GlobalMediaControls',
  'CertificateTransparencyComponentUpdater', 'AutofillServerCommunication',
];

/** Flags for a quiet, offline-friendly Chromium (this machine has no network but the registries). */
export const CHROMIUM_FLAGS = [
  '--disable-gpu', '--disable-sync', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update',
  `--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, ...QUIET_FEATURES].join(',')}`,
  '--disable-client-side-phishing-detection', '--disable-domain-reliability', '--safebrowsing-disable-auto-update', '--no-pings',
];

/**
 * Flags for a headless browser only (the tests' and the benches'; `npm start` shows a window).
 * --in-process-gpu: the GPU service (which, with --disable-gpu, only composites the pages' frames
 * in software) runs as a thread of the browser process instead of a process of its own, so each
 * frame's compositing no longer crosses a process boundary. The pages, their rendering and the
 * extension's processes are as before; only where the compositor runs changes. Measured 2026-12-07,
 * one worker, launch included, interleaved: page-ehr-patterns, page-vendor-shapes and page-grids
 * (15 tests, load 25-28) 42.3 / 38.8 CPU-s without, 38.9 / 36.0 with (browser and GPU processes
 * 13.9 / 13.0 without, 12.1 / 11.4 with); side-panel, page-badge and dismissals (12 tests, load
 * 27-31) 75.3 / 70.4 without, 78.7 / 68.2 with (browser and GPU 24.6 / 23.0, 24.9 / 21.5). The
 * compositing itself moves with it (the Viz thread's 4-5 CPU-s): what goes is the process and its
 * messages, a small saving, inside the noise on the second set.
 */
export const HEADLESS_FLAGS = ['--in-process-gpu'];

/**
 * The command line of the browser launched on `profile` (its --user-data-dir), read from /proc:
 * undefined off Linux or if it is not found. (Playwright's launch `logger` is not told it.)
 */
export function browserCommandLine(profile: string): string | undefined {
  if (process.platform !== 'linux') return undefined;
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    let argv: string[];
    try {
      argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    } catch {
      continue; // gone, or not ours to read
    }
    if (argv.includes(`--user-data-dir=${profile}`) && !argv.some((arg) => arg.startsWith('--type='))) return argv.join(' ');
  }
  return undefined;
}

/**
 * Throws if an earlier --disable-features switch on the command line (Playwright's) names a
 * feature that the last one (ours, the one Chromium keeps) does not: after a Playwright upgrade,
 * add the new names to PLAYWRIGHT_DISABLED_FEATURES.
 */
export function checkLaunchFlags(commandLine: string | undefined): void {
  if (commandLine === undefined) return;
  const lists = [...commandLine.matchAll(/--disable-features=(\S*)/g)].map((m) => m[1]!.split(',').filter(Boolean));
  const kept = new Set(lists.at(-1) ?? []);
  const dropped = lists.slice(0, -1).flat().filter((name) => !kept.has(name));
  if (dropped.length > 0) throw new Error(`Chromium keeps only the last --disable-features; add ${dropped.join(', ')} to PLAYWRIGHT_DISABLED_FEATURES in scripts/lib/find-browser.ts`);
}
