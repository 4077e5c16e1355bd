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
import { expect, type Frame, type FrameLocator, type Page, type Worker } from '@playwright/test';
import type { Span } from '../../src/core/types';
import type { TabState } from '../../src/protocol/messages';
import { dismissalsKey, tabStateKey } from '../../src/protocol/storage-keys';
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

type Check = { matcher: 'toBe'; expected: unknown } | { matcher: 'toMatch'; expected: RegExp } | { matcher: 'toContain'; expected: string };

function holds(value: unknown, check: Check): boolean {
  if (check.matcher === 'toBe') return Object.is(value, check.expected);
  if (typeof value !== 'string') return false;
  return check.matcher === 'toMatch' ? new RegExp(check.expected).test(value) : value.includes(check.expected);
}

/**
 * One assertion step that reads again until the check holds (or, under `.not`, fails) or the time
 * is up, on POLL_INTERVALS, as Playwright's own locator matchers do. `expect.poll` would do the
 * same with a reported step per read, each failed one sent to the runner with a highlighted code
 * frame: most of an overlay wait's cost in the test runner. The timeout is expect's (this.timeout)
 * unless given (0: none of its own); a read still running at the deadline counts as no answer.
 */
const pollExpect = expect.extend({
  async toSettle(read: () => Promise<unknown>, check: Check, options: Timeout = {}) {
    const timeout = options.timeout ?? this.timeout;
    // 0 is no deadline of its own, as for Playwright's matchers: only the test's timeout.
    const deadline = timeout > 0 ? Date.now() + timeout : Infinity;
    let answered = false;
    let value: unknown;
    for (let i = 0; ; i++) {
      let stop = () => {};
      const late = new Promise<undefined>((resolve) => {
        if (deadline === Infinity) return;
        const timer = setTimeout(resolve, Math.max(0, deadline - Date.now()));
        stop = () => clearTimeout(timer);
      });
      const reading = read().then((v) => ({ v }));
      reading.catch(() => undefined); // a read that fails after the deadline is no answer, not an unhandled rejection
      const next = await Promise.race([reading, late]).finally(stop);
      if (next === undefined) break;
      answered = true;
      value = next.v;
      if (holds(value, check) !== this.isNot || Date.now() >= deadline) break;
      const wait = POLL_INTERVALS[Math.min(i, POLL_INTERVALS.length - 1)]!;
      await new Promise((r) => setTimeout(r, Math.min(wait, Math.max(0, deadline - Date.now()))));
    }
    const pass = answered && holds(value, check);
    const expected = `${this.isNot ? 'not ' : ''}${check.matcher === 'toBe' ? '' : check.matcher === 'toMatch' ? 'matching ' : 'containing '}${this.utils.printExpected(check.expected)}`;
    return {
      pass: answered ? pass : this.isNot,
      message: () =>
        `${this.utils.matcherHint(check.matcher, undefined, undefined, { isNot: this.isNot })}\n\n` +
        `Expected: ${expected}\n` +
        `Received: ${answered ? this.utils.printReceived(value) : '(no answer)'}\n\n` +
        `Timeout: ${timeout}ms`,
    };
  },
});

/** The assertions, retried until they hold or time out, like Playwright's locator matchers. */
function overlayMatchers(target: OverlayLocator, isNot: boolean) {
  const poll = <T>(what: string, read: () => Promise<T>, options: Timeout = {}) => {
    const message = `${target.toString()}: ${isNot ? 'not ' : ''}${what}`;
    const settle = (check: Check) => {
      const matchers = pollExpect(read, message);
      return (isNot ? matchers.not : matchers).toSettle(check, options);
    };
    return {
      toBe: (expected: T) => settle({ matcher: 'toBe', expected }),
      toMatch: (expected: RegExp) => settle({ matcher: 'toMatch', expected }),
      toContain: (expected: string) => settle({ matcher: 'toContain', expected }),
    };
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

/**
 * The note frame of fixtures/frames-patients.html (its own page, or ?note=URL from another site),
 * once its "Progress note" field is there.
 */
export async function patientNoteFrame(page: Page): Promise<Frame> {
  const frame = await (await page.locator('#note-frame').elementHandle()).contentFrame();
  if (!frame) throw new Error('the note frame did not load');
  await frame.getByLabel('Progress note').waitFor();
  return frame;
}

/**
 * Opens fixtures/frames-patients.html with its note frame on the other test site (a documentation
 * service on a sibling address) and returns that frame once its note field is there.
 */
export async function openOtherSiteNote(page: Page, server: { url: string; otherOriginUrl: string }): Promise<Frame> {
  const other = `${server.otherOriginUrl}/fixtures/iframe-note.html`;
  await page.goto(`${server.url}/fixtures/frames-patients.html?note=${encodeURIComponent(other)}`);
  return patientNoteFrame(page);
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

/**
 * The worker's stored state of a tab (storage.session under tabStateKey: lengths, spans and short
 * excerpts, never whole texts), read in any extension context: the service worker, a panel, the
 * options page. Undefined while the worker holds no state for the tab.
 * Read it from the serviceWorker fixture where nothing else needs an extension tab: a probe tab
 * (openExtensionProbe) costs a renderer and Playwright's set-up of it for each test that opens one
 * (fixtures.ts, tabIdOf). A test that stopped the worker keeps a probe: a stopped worker answers
 * no evaluate until something wakes it, and waking it would change what the test watches.
 */
export function storedTabState(probe: Pick<Page, 'evaluate'>, tabId: number): Promise<TabState | undefined> {
  return probe.evaluate(async (key) => (await chrome.storage.session.get(key))[key] as TabState | undefined, tabStateKey(tabId));
}

/**
 * Asks the worker, as the side panel's quotes do, to show `span` of the tab's evidence in its page
 * ('tab-evidence/show'), from any extension context; resolves to the worker's reply.
 */
export function showEvidence(probe: Pick<Page, 'evaluate'>, tabId: number, span: Span): Promise<unknown> {
  return probe.evaluate(
    async ([tab, s]): Promise<unknown> =>
      (await chrome.runtime.sendMessage({
        chartlint: 1,
        type: 'tab-evidence/show',
        payload: { tabId: tab, span: s },
      })) as unknown,
    [tabId, span] as const,
  );
}

/**
 * The open card's findings frame says it is in `scheme`. The content script tells the frame when the
 * OS scheme changes while it is open, so a check or picture of the card waits until it has followed.
 */
export async function expectCardScheme(page: Page, scheme: 'light' | 'dark'): Promise<void> {
  const hint = page.frames().find((f) => f.url().includes('/src/ui/hint/'));
  expect(hint, 'the findings frame is open').toBeDefined();
  await expect(hint!.locator('html')).toHaveAttribute('data-scheme', scheme);
}

/** The findings the worker holds as dismissed on a page (storage.session, where the side panel reads them). */
export const dismissedKeys = (worker: Worker, url: string) =>
  worker.evaluate(
    async (key) => Object.keys(((await chrome.storage.session.get(key))[key] as object | undefined) ?? {}),
    dismissalsKey(url),
  );

/**
 * A worker slow to store dismissals, made certain: its writes of them (storage.session set or
 * remove under dismissed/…) wait until `release`, in order, while every snapshot is answered
 * from the page's old list, as when a user types on faster than the worker stores the click.
 * `release({ refuse: true })` fails them instead, as a full storage.session does (each is made a
 * write over the area's quota, which the browser refuses), so the worker refuses the clicks.
 * `log` (in the worker): `state <chars>` for each tab state stored, `read` for each read of
 * dismissals; `waiting`: how many writes are held now (a click shows on the card before the worker
 * has reached its write); `release` answers how many writes it let go. Chrome's API methods are
 * looked up at each call.
 */
export async function holdDismissalWrites(worker: Worker): Promise<{
  release: (options?: { refuse?: boolean }) => Promise<number>;
  log: () => Promise<string[]>;
  waiting: () => Promise<number>;
}> {
  await worker.evaluate(() => {
    type Method = (...args: unknown[]) => unknown;
    const session = chrome.storage.session as unknown as Record<'get' | 'set' | 'remove', Method> & {
      QUOTA_BYTES: number;
    };
    const held: ((refuse: boolean) => void)[] = [];
    const { get, set, remove } = session;
    // Whether the caller passes a callback or awaits the promise, it hears back once the write is
    // done, or failed: the over-quota write gets the caller's callback (`rest`) or returns the rejection.
    const hold = (write: () => unknown, rest: unknown[]) =>
      new Promise((resolve) =>
        held.push((refuse) =>
          resolve(
            refuse
              ? set.call(session, { 'chartlint-test/over-quota': 'x'.repeat(session.QUOTA_BYTES) }, ...rest)
              : write(),
          ),
        ),
      );
    const log: string[] = [];
    const isDismissals = (arg: unknown): boolean =>
      typeof arg === 'string'
        ? arg.startsWith('dismissed/')
        : Array.isArray(arg)
          ? arg.some(isDismissals)
          : typeof arg === 'object' && arg !== null && Object.keys(arg).some(isDismissals);
    session.set = (items, ...rest) => {
      if (isDismissals(items)) return hold(() => set.call(session, items, ...rest), rest);
      for (const [key, value] of Object.entries(
        items as Record<string, { frames: Record<string, { fields: { chars?: number }[] }> }>,
      ))
        if (key.startsWith('tab/'))
          log.push(
            `state ${Object.values(value.frames).reduce((sum, frame) => sum + frame.fields.reduce((n, f) => n + (f.chars ?? 0), 0), 0)}`,
          );
      return set.call(session, items, ...rest);
    };
    session.remove = (keys, ...rest) =>
      isDismissals(keys)
        ? hold(() => remove.call(session, keys, ...rest), rest)
        : remove.call(session, keys, ...rest);
    session.get = (keys, ...rest) => {
      if (isDismissals(keys)) log.push('read');
      return get.call(session, keys, ...rest);
    };
    Object.assign(globalThis, {
      dismissalWrites: {
        log,
        waiting: () => held.length,
        release: (refuse: boolean) => {
          Object.assign(session, { get, set, remove });
          const writes = held.splice(0);
          for (const write of writes) write(refuse);
          return writes.length;
        },
      },
    });
  });
  type Held = {
    dismissalWrites: { log: string[]; waiting: () => number; release: (refuse: boolean) => number };
  };
  return {
    release: (options = {}) =>
      worker.evaluate(
        (refuse) => (globalThis as unknown as Held).dismissalWrites.release(refuse),
        options.refuse === true,
      ),
    log: () => worker.evaluate(() => (globalThis as unknown as Held).dismissalWrites.log),
    waiting: () => worker.evaluate(() => (globalThis as unknown as Held).dismissalWrites.waiting()),
  };
}
