/**
 * `npx tsx scripts/bench/_popup-ab.ts DIST_A DIST_B [OPENS]`: opens the popup of two built
 * extensions in turn (A, B, A, B, …), each in its own Chromium, and prints every open's first
 * paint, catalog, index and searchable times with the load average, then the medians. Opening
 * them alternately puts both under the same load on a shared machine, where two separate runs of
 * the lookup bench would not compare.
 */
import { rm } from 'node:fs/promises';
import os from 'node:os';
import { resolve } from 'node:path';
import { launchExtension } from '../lib/launch-extension';
import { median } from './_suite';

const [distA, distB, opens = '9'] = process.argv.slice(2);
if (!distA || !distB) throw new Error('usage: tsx scripts/bench/_popup-ab.ts DIST_A DIST_B [OPENS]');

type Open = { paint: number; rendered: number; catalog: number; index: number; ready: number; shift: number };
const keys = ['paint', 'rendered', 'catalog', 'index', 'ready', 'shift'] as const;
/** POPUP_QUERY=text types it into the box as soon as the page opens, so its results arrive after load (as a user's would). */
const typed = process.env.POPUP_QUERY;

const sides = await Promise.all(
  [distA, distB].map(async (dist) => {
    const launched = await launchExtension({ dist: resolve(dist), headless: true });
    return {
      dist,
      ...launched,
      url: `chrome-extension://${launched.extensionId}/src/ui/popup/index.html`,
      samples: [] as Open[],
    };
  }),
);

async function openOnce(side: (typeof sides)[number]): Promise<Open> {
  const page = await side.context.newPage();
  await page.setViewportSize({ width: 400, height: 600 });
  await page.goto(side.url, { waitUntil: 'commit' });
  if (typed) await page.locator('input').first().pressSequentially(typed);
  await page.waitForFunction(() => performance.getEntriesByName('lookup:ready').length > 0, undefined, {
    timeout: 30_000,
  });
  // The results and the release line arrive after ready: give them a frame or two before reading shifts.
  await page.waitForTimeout(300);
  // Layout shifts (CLS-style sum, input excluded as the browser does): the release line or the
  // results arriving must not move what is already on screen.
  const shift = await page.evaluate(
    () =>
      new Promise<number>((done) => {
        new PerformanceObserver((list) =>
          done(
            list
              .getEntries()
              .reduce(
                (sum, e) =>
                  sum +
                  ((e as unknown as { hadRecentInput: boolean }).hadRecentInput
                    ? 0
                    : (e as unknown as { value: number }).value),
                0,
              ),
          ),
        ).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => done(0), 200);
      }),
  );
  // Plain expressions only: tsx would wrap a named helper in __name(), which the page lacks.
  const t = await page.evaluate(() => ({
    paint:
      (
        performance.getEntriesByName('first-contentful-paint')[0] ??
        performance.getEntriesByName('first-paint')[0]
      )?.startTime ?? NaN,
    rendered: performance.getEntriesByName('popup:rendered')[0]?.startTime ?? NaN,
    catalog: performance.getEntriesByName('lookup:catalog')[0]?.duration ?? NaN,
    index: performance.getEntriesByName('lookup:index')[0]?.duration ?? NaN,
    ready: performance.getEntriesByName('lookup:ready')[0]?.startTime ?? NaN,
  }));
  await page.close();
  return { ...t, shift };
}

try {
  // One untimed open each: the first open also compiles the extension's scripts.
  for (const side of sides) await openOnce(side);
  const n = Number(opens);
  for (let i = 0; i < n; i++) {
    for (const side of i % 2 === 0 ? sides : [...sides].reverse()) {
      const t = await openOnce(side);
      side.samples.push(t);
      const row = keys.map((k) => `${k} ${t[k].toFixed(k === 'shift' ? 3 : 0)}`).join('  ');
      process.stdout.write(
        `${side === sides[0] ? 'A' : 'B'} #${i + 1}  ${row}  load ${os.loadavg()[0]?.toFixed(2)}\n`,
      );
    }
  }
  for (const [name, side] of [
    ['A', sides[0]],
    ['B', sides[1]],
  ] as const) {
    if (!side) continue;
    const row = keys
      .map((k) => `${k} ${median(side.samples.map((s) => s[k])).toFixed(k === 'shift' ? 3 : 0)}`)
      .join('  ');
    process.stdout.write(`${name} median of ${side.samples.length} (${side.dist}): ${row} ms\n`);
  }
} finally {
  for (const side of sides) {
    await side.context.close();
    await rm(side.profile, { recursive: true, force: true });
  }
}
