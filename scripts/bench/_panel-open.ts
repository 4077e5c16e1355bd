/**
 * CPU of opening the side panel on a tab with a code, until its official title shows: the demo EHR
 * with M99.60 (the worker has checked it, so it holds the release's catalog, as in use), then the
 * panel opened and closed RUNS times in the same browser. Prints the CPU-s of the browser's whole
 * process tree (and this process) over the openings only, per opening, with the load average.
 *   CHARTLINT_DIST=dist npx tsx scripts/bench/_panel-open.ts [RUNS]
 * For A/B, run it on two builds in turn (OUT_DIR=… npx vite build), interleaved.
 */
import { readFileSync } from 'node:fs';
import { launchExtension } from '../lib/launch-extension.ts';
import { meterCpu } from '../lib/process-cpu.ts';
import { startServer } from '../lib/serve.ts';

const DIST = process.env.CHARTLINT_DIST ?? 'dist';
const RUNS = Number(process.argv[2] ?? 5);

const { context, extensionId } = await launchExtension({ dist: DIST, headless: true });
const server = await startServer();
const ext = (path: string) => `chrome-extension://${extensionId}/${path}`;
try {
  const demo = await context.newPage();
  await demo.goto(server.url);
  await demo.getByRole('combobox', { name: 'Diagnosis (ICD-10-CM)' }).pressSequentially('M99.60', { delay: 20 });
  const probe = await context.newPage();
  await probe.goto(ext('src/ui/options/index.html'));
  let tabId: number | undefined;
  for (let i = 0; i < 400 && tabId === undefined; i++) {
    tabId = await probe.evaluate(async (url) => {
      const all: Record<string, { url?: string; tabId?: number; result?: { codes?: unknown[] } }> = await chrome.storage.session.get(null);
      return Object.entries(all).find(([k, v]) => k.startsWith('tab/') && v.url === url && (v.result?.codes?.length ?? 0) > 0)?.[1].tabId;
    }, demo.url());
    if (tabId === undefined) await probe.waitForTimeout(50);
  }
  if (tabId === undefined) throw new Error('the extension never reported on the demo page');
  await probe.waitForTimeout(2000); // let the worker's catalog load for the check settle
  const meter = meterCpu(process.pid, 100);
  const walls: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    const panel = await context.newPage();
    await panel.goto(ext(`src/ui/side-panel/index.html?tabId=${tabId}`));
    await panel.locator('[data-official-title]').waitFor({ timeout: 120_000 });
    walls.push(performance.now() - started);
    await panel.close();
  }
  const cpu = meter.stop();
  const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  console.log(
    `${DIST}: ${RUNS} openings, ${cpu?.toFixed(2) ?? '?'} CPU-s (${cpu === undefined ? '?' : (cpu / RUNS).toFixed(2)} per opening), wall ms ${walls.map((w) => Math.round(w)).join(' ')} (load average ${load})`,
  );
} finally {
  await context.close();
  await server.close();
}
