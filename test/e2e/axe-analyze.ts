/**
 * axe's violations on a page, as `new AxeBuilder({ page }).analyze()` reports them, at a fraction
 * of its cost (a side panel checked in eight states spent most of its time here).
 *
 * - AxeBuilder's default path runs axe in each frame (runPartial) and then merges the parts in a
 *   new blank tab (finishRun), one tab per call. A page without child frames has nothing to merge,
 *   so it gets axe.run in the page itself, as AxeBuilder's legacy mode does (that mode skips only
 *   cross-origin frames): the same rules and configuration, the same violations.
 * - Legacy mode evaluates axe's 650 kB source twice on every call; here it is loaded once per
 *   document (axe clears its caches after each run, so a later run sees the page as it is then).
 * - The tests read only the violations: axe's `resultTypes` option stops it collecting every
 *   node of the passes and inapplicable rules, and only the violations cross back to the test
 *   (the whole result was about a third of a call's time on a panel).
 * A page with frames keeps AxeBuilder's default path.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import type { AxeResults } from 'axe-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { axeOverlay, type OverlayScope } from './sealed-overlay';

let source: string | undefined;
const axeSource = () => (source ??= readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'));

type AxeGlobal = { axe?: typeof import('axe-core') };

export async function analyzeWithAxe(page: Page, include?: string): Promise<Pick<AxeResults, 'violations'>> {
  if (page.frames().length > 1) {
    const builder = new AxeBuilder({ page });
    if (include) builder.include(include);
    return builder.analyze();
  }
  if (!(await page.evaluate(() => (window as AxeGlobal).axe !== undefined))) {
    await page.evaluate(axeSource());
    // AxeBuilder's configuration in legacy mode.
    await page.evaluate(() => (window as AxeGlobal).axe!.configure({ allowedOrigins: ['<same_origin>'], branding: { application: 'playwright' } }));
  }
  // The context AxeBuilder passes to axe.run.
  const context = { include: include ? [include] : [], exclude: [] };
  return page.evaluate(async (ctx) => {
    const { violations } = await (window as AxeGlobal).axe!.run(ctx, { resultTypes: ['violations'] });
    return { violations };
  }, context);
}

type Violation = { id: string; impact?: string | null; nodes: { target: unknown[] }[] };
/** Serious and critical violations, as "rule: element, element" lines (empty when clean). */
export const serious = (violations: Violation[]): string[] =>
  violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

/**
 * The same for the inline overlay: its badge is in a closed shadow root and its open findings in an
 * extension frame, neither of which axe sees from the page, so axe runs where the extension can
 * (sealed-overlay.ts). It must have checked the findings themselves, not an empty host.
 */
export async function seriousOverlayViolations(page: OverlayScope): Promise<string[]> {
  const { violations, passedInside } = await axeOverlay(page);
  expect(passedInside, 'axe saw inside the overlay').toBeGreaterThan(10);
  return serious(violations);
}
