/**
 * The two sides of a popup A/B run (_popup-ab.ts, _popup-trace.ts): two built extensions, each in
 * its own Chromium, opened alternately (A, B, then B, A, …) so both are measured under the same
 * load on a shared machine, where two separate runs of the lookup bench would not compare.
 */
import { rm } from 'node:fs/promises';
import os from 'node:os';
import { resolve } from 'node:path';
import { launchExtension } from '../lib/launch-extension';
import { popupUrl } from './_popup-timings';

export type Side<T> = Awaited<ReturnType<typeof launchExtension>> & { dist: string; url: string; samples: T[] };

export function launchSides<T>(dists: readonly string[]): Promise<Side<T>[]> {
  return Promise.all(
    dists.map(async (dist) => {
      const launched = await launchExtension({ dist: resolve(dist), headless: true });
      return { dist, ...launched, url: popupUrl(launched.extensionId), samples: [] as T[] };
    }),
  );
}

/**
 * One untimed open per side (the first open also compiles the extension's scripts), then `opens`
 * rounds in alternating order; each open's sample is kept and printed as `format` words it.
 */
export async function openAlternately<T, S extends Side<T>>(
  sides: S[],
  opens: number,
  openOnce: (side: S) => Promise<T>,
  format: (sample: T) => string,
): Promise<void> {
  for (const side of sides) await openOnce(side);
  for (let i = 0; i < opens; i++) {
    for (const side of i % 2 === 0 ? sides : [...sides].reverse()) {
      const sample = await openOnce(side);
      side.samples.push(sample);
      process.stdout.write(`${side === sides[0] ? 'A' : 'B'} #${i + 1}  ${format(sample)}  load ${os.loadavg()[0]?.toFixed(2)}\n`);
    }
  }
}

export async function closeSides(sides: readonly Side<unknown>[]): Promise<void> {
  for (const side of sides) {
    await side.context.close();
    await rm(side.profile, { recursive: true, force: true });
  }
}
