/**
 * Shared helpers for the page-integration specs: locators for ChartLint's overlay (its QA contract:
 * [data-chartlint] host, .badge[role=status][data-code] in its closed root; each badge's card
 * .panel[role=dialog][data-field] and .finding[data-rule][data-code] in the findings frame inside
 * it) and a probe that watches the page for changes ChartLint must never make.
 *
 * The overlay's shadow root is closed and the findings are in an extension-origin frame, so
 * Playwright's own locators find nothing inside them (and an assertion such as `toHaveCount(0)`
 * through them could never fail): read them with these helpers, which go through the extension's
 * own worlds (test/e2e/sealed-overlay.ts: the root and the frame, counted together), and assert
 * with `expectOverlay`.
 */
import { expect, type Frame, type FrameLocator, type Page } from '@playwright/test';
import { OverlayLocator, POLL_INTERVALS, sealedOverlay } from './sealed-overlay';

type Scope = Page | Frame | FrameLocator;

export { axeOverlay, evaluateInOverlayWorld, OverlayLocator, POLL_INTERVALS } from './sealed-overlay';

/** ChartLint's overlay in that page or frame: chain `.locator(css)` and `.getByRole(…)` from it. */
export const overlay = (scope: Scope) => sealedOverlay(scope);
export const badge = (scope: Scope, code: string) => overlay(scope).locator(`.badge[data-code~="${code}"]`);
export const findings = (scope: Scope, code: string) => overlay(scope).locator(`.finding[data-code="${code}"]`);
export const finding = (scope: Scope, rule: string, code: string) =>
  overlay(scope).locator(`.finding[data-rule="${rule}"][data-code="${code}"]`);

type Timeout = { timeout?: number };
type Text = string | RegExp;
const normalize = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();

/** The assertions, retried until they hold or time out (expect.poll), like Playwright's locator matchers. */
function overlayMatchers(target: OverlayLocator, isNot: boolean) {
  const poll = <T>(what: string, read: () => Promise<T>, options: Timeout = {}) => {
    const message = `${target.toString()}: ${isNot ? 'not ' : ''}${what}`;
    const polled = expect.poll(read, { message, intervals: POLL_INTERVALS, ...(options.timeout === undefined ? {} : { timeout: options.timeout }) });
    return isNot ? polled.not : polled;
  };
  const text = async () => normalize(await target.textContent());
  return {
    toBeVisible: (options?: Timeout) => poll('visible', () => target.isVisible(), options).toBe(true),
    toBeHidden: (options?: Timeout) => poll('hidden', () => target.isHidden(), options).toBe(true),
    toBeFocused: (options?: Timeout) => poll('focused', () => target.isFocused(), options).toBe(true),
    toHaveCount: (count: number, options?: Timeout) => poll(`count ${count}`, () => target.count(), options).toBe(count),
    toHaveAttribute: (name: string, value?: Text, options?: Timeout) => {
      const read = () => target.getAttribute(name);
      if (value === undefined) return poll(`attribute ${name}`, async () => (await read()) !== null, options).toBe(true);
      if (typeof value === 'string') return poll(`attribute ${name}`, read, options).toBe(value);
      return poll(`attribute ${name}`, async () => (await read()) ?? '', options).toMatch(value);
    },
    toHaveText: (value: Text, options?: Timeout) =>
      typeof value === 'string'
        ? poll('text', text, options).toBe(normalize(value))
        : poll('text', text, options).toMatch(value),
    toContainText: (value: Text, options?: Timeout) =>
      typeof value === 'string'
        ? poll('text', text, options).toContain(normalize(value))
        : poll('text', text, options).toMatch(value),
  };
}

/**
 * `expect` for the overlay: `await expectOverlay(badge(page, 'M99.60')).toBeVisible()`, with
 * `.not`, toBeHidden, toBeFocused, toHaveCount, toHaveAttribute, toHaveText and toContainText.
 */
export function expectOverlay(target: OverlayLocator) {
  return { ...overlayMatchers(target, false), not: overlayMatchers(target, true) };
}

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
