import { existsSync } from 'node:fs';

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

/** Flags for a quiet, offline-friendly Chromium (this machine has no network but the registries). */
export const CHROMIUM_FLAGS = ['--disable-gpu', '--disable-sync', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update'];
