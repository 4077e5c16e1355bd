/**
 * `npm start`: builds the extension, serves the demo EHR on localhost and opens it in Chromium with
 * ChartLint loaded. With no display (no DISPLAY/WAYLAND_DISPLAY, or CHARTLINT_HEADLESS=1) it runs
 * headless instead, takes screenshots of the demo page, side panel, popup and options, prints their
 * paths and exits.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { takeTourScreenshots } from './lib/demo-tour';
import { launchExtension } from './lib/launch-extension';
import { startServer } from './lib/serve';

const headless =
  process.env.CHARTLINT_HEADLESS === '1' || (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY && process.platform === 'linux');

const build = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts', 'chrome'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const port = Number(process.env.CHARTLINT_PORT ?? 4317);
const server = await startServer(port).catch(() => startServer(0));
console.log(`Demo EHR: ${server.url}/`);
console.log(`Chiropractic visit: ${server.url}/demo/chiro.html`);

let launched;
try {
  launched = await launchExtension({ dist: 'dist', headless });
} catch (error) {
  console.error(`Could not start the browser: ${(error as Error).message}`);
  await server.close();
  process.exit(1);
}
const { context, extensionId } = launched;

if (headless) {
  const dir = resolve('test-results/start');
  const shots = await takeTourScreenshots(context, extensionId, `${server.url}/`, dir);
  console.log('\nNo display found, so ChartLint ran headless. Screenshots:');
  for (const path of Object.values(shots)) console.log(`  ${path}`);
  await context.close();
  await server.close();
} else {
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
}
