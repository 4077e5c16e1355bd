/**
 * Shared helpers for the page-integration specs: locators for ChartLint's overlay (its QA contract:
 * [data-chartlint] host, .badge[role=status][data-code], .finding[data-rule][data-code]) and a probe
 * that watches the page for changes ChartLint must never make.
 */
import type { Frame, FrameLocator, Page } from '@playwright/test';

type Scope = Page | Frame | FrameLocator;

export const badge = (scope: Scope, code: string) =>
  scope.locator(`[data-chartlint] .badge[data-code~="${code}"]`);
export const findings = (scope: Scope, code: string) =>
  scope.locator(`[data-chartlint] .finding[data-code="${code}"]`);
export const finding = (scope: Scope, rule: string, code: string) =>
  scope.locator(`[data-chartlint] .finding[data-rule="${rule}"][data-code="${code}"]`);

/** A note that documents cervical foraminal stenosis (so M99.60, the head region, is a mismatch). */
export const CERVICAL_NOTE =
  'MRI cervical spine: moderate left C5-6 foraminal stenosis due to uncovertebral osteophyte. Left C6 radiculopathy.';

/**
 * Starts recording, in the page's own world, every DOM mutation outside ChartLint's host (except
 * the host's own insertion into <html>). Read the result with `pageMutations`.
 */
export async function watchPageDom(page: Page | Frame): Promise<void> {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { __domChanges: string[] }).__domChanges = seen;
    const ours = (node: Node | null) => node instanceof Element && node.closest('[data-chartlint]') !== null;
    new MutationObserver((records) => {
      for (const r of records) {
        if (ours(r.target)) continue;
        const nodes = [...r.addedNodes, ...r.removedNodes];
        if (
          r.type === 'childList' &&
          nodes.every((n) => n instanceof Element && n.hasAttribute('data-chartlint'))
        )
          continue;
        seen.push(`${r.type} on <${r.target.nodeName}> ${r.attributeName ?? ''}`);
      }
    }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  });
}

export function pageMutations(page: Page | Frame): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __domChanges: string[] }).__domChanges);
}
