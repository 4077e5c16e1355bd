/**
 * `npx tsx scripts/bench/_popup-ab.ts DIST_A DIST_B [OPENS]`: opens the popup of two built
 * extensions in turn (A, B, then B, A, …; _popup-sides.ts), each in its own Chromium, and prints every open's first
 * paint, catalog, index and searchable times with the load average, then the medians. Opening
 * them alternately puts both under the same load on a shared machine, where two separate runs of
 * the lookup bench would not compare.
 */
import { closeSides, launchSides, openAlternately, type Side } from './_popup-sides';
import { readPageTimings } from './_popup-timings';
import { median } from './_suite';

const [distA, distB, opens = '9'] = process.argv.slice(2);
if (!distA || !distB) throw new Error('usage: tsx scripts/bench/_popup-ab.ts DIST_A DIST_B [OPENS]');

type Open = { paint: number; shown: number; rendered: number; catalog: number; index: number; ready: number; shift: number };
const keys = ['paint', 'shown', 'rendered', 'catalog', 'index', 'ready', 'shift'] as const;
/** POPUP_QUERY=text types it into the box as soon as the page opens, so its results arrive after load (as a user's would). */
const typed = process.env.POPUP_QUERY;

const sides = await launchSides<Open>([distA, distB]);

async function openOnce(side: Side<Open>): Promise<Open> {
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
  const { paint, shown, rendered, catalog, index, ready } = await readPageTimings(page);
  await page.close();
  return { paint, shown, rendered, catalog, index, ready, shift };
}

try {
  await openAlternately(sides, Number(opens), openOnce, (t) =>
    keys.map((k) => `${k} ${t[k].toFixed(k === 'shift' ? 3 : 0)}`).join('  '),
  );
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
  await closeSides(sides);
}
