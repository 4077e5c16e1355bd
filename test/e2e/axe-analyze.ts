/**
 * axe over a page, as `new AxeBuilder({ page }).analyze()` reports it, at half its cost.
 *
 * AxeBuilder's default path runs axe in each frame (runPartial) and then merges the parts in a new
 * blank tab (finishRun): that tab, and injecting axe into it, cost more than the analysis itself
 * on a side panel or popup, and it opens one per call. A page without child frames has nothing to
 * merge, so it gets axe.run in the page itself (AxeBuilder's legacy mode, which skips only
 * cross-origin frames): the same rules, the same results. A page with frames keeps the default path.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

export async function analyzeWithAxe(page: Page, include?: string) {
  const builder = new AxeBuilder({ page });
  if (include) builder.include(include);
  if (page.frames().length === 1) builder.setLegacyMode(true);
  return builder.analyze();
}
