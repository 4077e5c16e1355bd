/**
 * `npm start`: builds the extension, serves the demo EHR on localhost and opens it in Chromium with
 * ChartLint loaded. With no display (no DISPLAY/WAYLAND_DISPLAY, or CHARTLINT_HEADLESS=1), or with
 * `--screenshots-only`, it takes the screenshot set instead (`npm run screenshots`: every surface at
 * its real size once loaded, English and Spanish, light and dark), prints where and exits.
 * `npm start -- --screenshots-only --docs` also refreshes the README's images.
 */
import { spawnSync } from 'node:child_process';
import { launchExtension } from './lib/launch-extension';
import { runScreenshots } from './lib/run-screenshots';
import { startServer } from './lib/serve';

const args = process.argv.slice(2);
const headless =
  process.env.CHARTLINT_HEADLESS === '1' ||
  (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY && process.platform === 'linux');
if (headless || args.includes('--screenshots-only')) {
  if (!args.includes('--screenshots-only'))
    console.log('No display found, so ChartLint runs headless and takes its screenshots.');
  process.exit(await runScreenshots(args));
}

const build = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts', 'chrome'], {
  stdio: 'inherit',
});
if (build.status !== 0) process.exit(build.status ?? 1);

const port = Number(process.env.CHARTLINT_PORT ?? 4317);
const server = await startServer(port).catch(() => startServer(0));
console.log(`Demo EHR: ${server.url}/`);
console.log(`Chiropractic visit: ${server.url}/demo/chiro.html`);

let launched;
try {
  launched = await launchExtension({ dist: 'dist', headless: false });
} catch (error) {
  console.error(`Could not start the browser: ${(error as Error).message}`);
  await server.close();
  process.exit(1);
}
const { context } = launched;
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(`${server.url}/`);
console.log('\nChromium is open on the demo EHR with ChartLint loaded. Type a code such as M99.60 in the');
console.log('Diagnosis field. Close the browser or press Ctrl+C to stop.');
const stop = async () => {
  await server.close();
  process.exit(0);
};
context.on('close', () => void stop());
process.on('SIGINT', () => void context.close());
