/**
 * Reading ChartLint's overlay from tests, as only the extension can. The overlay's shadow root is
 * closed (issue 15), so page scripts, Playwright's locators and axe (which all run in worlds that
 * see `host.shadowRoot === null`) cannot reach inside it. Tests go where the page cannot:
 * - the content script's own isolated world, through CDP (`Runtime.evaluate` in the execution
 *   context whose origin is chrome-extension://), where `chrome.dom.openOrClosedShadowRoot` hands
 *   out the closed root; nothing is added to the product for this;
 * - the accessibility tree (`Accessibility.queryAXTree`), which Chromium computes over the flat
 *   tree, closed roots included: roles and accessible names are the browser's, not a copy of ours.
 * Clicks and hovers are real mouse input at the element's centre (`page.mouse`, CDP input), so
 * the overlay receives trusted events, as from a user.
 *
 * The open findings are not in the closed root: they are drawn in an extension-origin frame inside
 * it (src/ui/hint, one per page, each badge's card `.panel[data-field]`, hidden unless open). A
 * locator resolves in both places: the closed root in the content script's world, and the hint
 * frame's document in its own (extension) world; counts add up, and an action needs exactly one
 * match over both. Boxes and clicks add the hint frame's offset.
 *
 * `sealedOverlay(scope)` is a small Locator look-alike (locator, getByRole, first, nth, filter,
 * count, getAttribute, click, hover, boundingBox, evaluate, waitFor…); assertions on it go through
 * `expectOverlay` (test/e2e/page-helpers.ts), which retries like Playwright's own matchers.
 */
import type { CDPSession, Frame, FrameLocator, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * How often a polled assertion checks again: the cadence of Playwright's own locator assertions
 * (20, 50, 100, 100 ms), then every 250 ms, instead of `expect.poll`'s default (100, 250, 500 ms,
 * then every second). What these tests wait for (a debounced analysis, a badge, a storage write)
 * lands a few hundred milliseconds after the action, so the default's one-second steps overshot
 * by about half a second a wait, on some 170 waits. Used by this file's waits, by `expectOverlay`
 * (page-helpers.ts) and by the fixtures' `expect.poll`.
 */
export const POLL_INTERVALS = [20, 50, 100, 100, 250];

export type OverlayScope = Page | Frame | FrameLocator;

type Context = { id: number; frameId: string; isDefault: boolean; origin: string };
type RemoteObject = { objectId?: string; subtype?: string; value?: unknown; type: string };
type CallResult = { result: RemoteObject; exceptionDetails?: { exception?: { description?: string }; text: string } };

/** Where a frame's overlay lives: a CDP session (the page's, or an out-of-process frame's) and the frame's id there. */
type FrameTarget = { session: WorldSession; frameId: string; frame: Frame };

/** One CDP session with the execution contexts it reports, by frame. */
class WorldSession {
  private readonly contexts = new Map<number, Context>();
  private constructor(readonly cdp: CDPSession) {
    cdp.on('Runtime.executionContextCreated', ({ context }) => {
      const aux = (context.auxData ?? {}) as { frameId?: string; isDefault?: boolean };
      if (!aux.frameId) return;
      this.contexts.set(context.id, {
        id: context.id,
        frameId: aux.frameId,
        isDefault: aux.isDefault === true,
        origin: context.origin,
      });
    });
    cdp.on('Runtime.executionContextDestroyed', ({ executionContextId }) => {
      this.contexts.delete(executionContextId);
    });
    cdp.on('Runtime.executionContextsCleared', () => this.contexts.clear());
  }

  static async open(cdp: CDPSession): Promise<WorldSession> {
    const session = new WorldSession(cdp);
    await cdp.send('Runtime.enable'); // reports the existing contexts first
    return session;
  }

  /** The content script's isolated world in that frame (undefined until the script has run). */
  extensionWorld(frameId: string): number | undefined {
    for (const c of this.contexts.values())
      if (c.frameId === frameId && !c.isDefault && c.origin.startsWith('chrome-extension://')) return c.id;
    return undefined;
  }

  mainWorld(frameId: string): number | undefined {
    for (const c of this.contexts.values()) if (c.frameId === frameId && c.isDefault) return c.id;
    return undefined;
  }

  async rootFrameId(): Promise<string> {
    const { frameTree } = await this.cdp.send('Page.getFrameTree');
    return frameTree.frame.id;
  }
}

const sessions = new WeakMap<Page | Frame, Promise<WorldSession>>();
const targets = new WeakMap<Frame, Promise<FrameTarget>>();

function sessionOf(owner: Page | Frame, cdp: () => Promise<CDPSession>): Promise<WorldSession> {
  let session = sessions.get(owner);
  if (!session) {
    session = cdp().then((s) => WorldSession.open(s));
    sessions.set(owner, session);
  }
  return session;
}

/**
 * Maps a Playwright frame to its CDP session and frame id: an out-of-process frame has a session of
 * its own; any other frame is found from its parent, by its position among the parent's frames
 * (DOM.describeNode on the <iframe> gives the id of the frame it holds).
 */
function frameTarget(frame: Frame): Promise<FrameTarget> {
  let target = targets.get(frame);
  if (target) return target;
  target = (async (): Promise<FrameTarget> => {
    const page = frame.page();
    const parent = frame.parentFrame();
    if (!parent) {
      const session = await sessionOf(page, () => page.context().newCDPSession(page));
      return { session, frameId: await session.rootFrameId(), frame };
    }
    const own = await page
      .context()
      .newCDPSession(frame)
      .catch(() => undefined);
    if (own) {
      const session = await sessionOf(frame, () => Promise.resolve(own));
      return { session, frameId: await session.rootFrameId(), frame };
    }
    const up = await frameTarget(parent);
    const element = await frame.frameElement();
    const index = await element.evaluate((el: Element) =>
      [...el.ownerDocument.querySelectorAll('iframe, frame')].indexOf(el),
    );
    await element.dispose();
    const contextId = await waitFor(() => up.session.mainWorld(up.frameId), `main world of ${parent.url()}`);
    const { result } = (await up.session.cdp.send('Runtime.evaluate', {
      contextId,
      expression: `document.querySelectorAll('iframe, frame')[${index}]`,
    })) as CallResult;
    if (!result.objectId) throw new Error(`frame ${frame.url()} not found in its parent`);
    const { node } = await up.session.cdp.send('DOM.describeNode', { objectId: result.objectId });
    await up.session.cdp.send('Runtime.releaseObject', { objectId: result.objectId });
    if (!node.frameId) throw new Error(`no frame id for ${frame.url()}`);
    return { session: up.session, frameId: node.frameId, frame };
  })();
  targets.set(frame, target);
  // A failed mapping (the frame was still loading) is tried again next time.
  target.catch(() => targets.delete(frame));
  return target;
}

async function waitFor<T>(get: () => T | undefined, what: string, timeout = 10_000): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = get();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * The frame a frame locator last resolved to, while that frame is attached. Playwright keeps one
 * Frame per <iframe> through its navigations and detaches it when the element goes, so an attached
 * one is still the element's: resolving it again on every poll of an assertion cost an element
 * handle, its preview and its disposal (five CDP messages and three API calls a read).
 */
const locatedFrames = new WeakMap<FrameLocator, Frame>();

async function frameOf(scope: OverlayScope): Promise<Frame> {
  if ('mainFrame' in scope) return scope.mainFrame();
  if ('owner' in scope && !('evaluate' in scope)) {
    const known = locatedFrames.get(scope);
    if (known && !known.isDetached()) return known;
    const element = await scope.owner().elementHandle();
    const frame = await element.contentFrame();
    await element.dispose();
    if (!frame) throw new Error('frame locator resolves to no frame');
    locatedFrames.set(scope, frame);
    return frame;
  }
  return scope as Frame;
}

/** A string name matches as Playwright's getByRole does: case-insensitive substring, or exact. */
type RoleOptions = { name?: string | RegExp; exact?: boolean };
type Step =
  | { css: string }
  | { role: string; options: RoleOptions }
  | { nth: number }
  | { hasText: string | RegExp; not: boolean };

/**
 * What one place (the closed root, or the findings frame's document) answered: how many elements
 * matched there and, when the call ran there, what it returned.
 */
type Resolved = {
  target: FrameTarget;
  /** The closed root, or the hint frame's document. */
  kind: 'root' | 'hint';
  /** The world is there (the content script has run in the frame; the findings frame has a world). */
  present: boolean;
  /** The root holds at least one badge (so its hint frame is due). */
  hasBadge: boolean;
  /** How many elements matched here. */
  count: number;
  /** `value` is the call's answer here. */
  ran: boolean;
  value?: unknown;
};

/**
 * What runs over the matched elements in the same round trip as the match: nothing (a count),
 * `fn(element, ...args)` when exactly one matched and none matched in an earlier place, or
 * `fn(elements, ...args)` where any matched (and in the first place there is, for no match).
 */
type Call = { mode: 'count' } | { mode: 'one' | 'all'; source: string; args: unknown[] };

/** Where a place stands among the places read before it, for `answerFor`. */
type CallSpec = { kind: 'root' | 'hint'; mode: Call['mode']; first: boolean; matchedBefore: boolean };

/**
 * Nodes of that role under `scope` (a closed root, or a document), from the accessibility tree.
 * The tree hangs off the host, not the shadow root (or off the document's element). A frame that
 * is not rendered (the findings frame while every card is closed: display:none) never brings its
 * tree up to date, and Chromium leaves the query unanswered: nothing there is exposed to
 * assistive tech either, so such a frame has no node, and no answer within a few seconds counts
 * as no node. The host and whether it is rendered come in one call.
 */
async function queryAXTree(cdp: CDPSession, scope: string, group: string, role: string) {
  const host = (await cdp.send('Runtime.callFunctionOn', {
    objectId: scope,
    objectGroup: group,
    // (In the findings frame: rendered only while a card is open; in the root, always.)
    functionDeclaration: `function () {
      const host = this instanceof ShadowRoot ? this.host : this instanceof Document ? this.documentElement : this;
      const doc = host.ownerDocument;
      if (doc.documentElement.dataset.chartlint !== 'hint') return host;
      return doc.defaultView.innerWidth > 0 && doc.querySelector('.panel:not([hidden])') !== null ? host : null;
    }`,
  })) as CallResult;
  if (host.exceptionDetails) throw new Error(describe(host));
  const objectId = host.result.objectId;
  if (!objectId) return [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<{ nodes: [] }>((resolve) => {
    timer = setTimeout(() => resolve({ nodes: [] }), 3000);
  });
  try {
    const { nodes } = await Promise.race([cdp.send('Accessibility.queryAXTree', { objectId, role }), late]);
    return nodes;
  } finally {
    clearTimeout(timer);
  }
}

/** The badge's findings frame (an extension page, whatever id its URL uses). */
function isHintFrame(frame: Frame): boolean {
  return /^(chrome|moz)-extension:\/\/[^/]+\/src\/ui\/hint\/index\.html/.test(frame.url());
}

let groups = 0;

export class OverlayLocator {
  constructor(
    private readonly scope: OverlayScope,
    private readonly steps: readonly Step[],
  ) {}

  toString(): string {
    return `overlay ${this.steps
      .map((s) =>
        'css' in s ? s.css : 'role' in s ? `role=${s.role}[name=${String(s.options.name ?? '')}]` : 'nth' in s ? `nth=${s.nth}` : `has-text=${String(s.hasText)}`,
      )
      .join(' >> ')}`;
  }

  locator(css: string): OverlayLocator {
    return new OverlayLocator(this.scope, [...this.steps, { css }]);
  }
  getByRole(role: string, options: RoleOptions = {}): OverlayLocator {
    return new OverlayLocator(this.scope, [...this.steps, { role, options }]);
  }
  nth(index: number): OverlayLocator {
    return new OverlayLocator(this.scope, [...this.steps, { nth: index }]);
  }
  first(): OverlayLocator {
    return this.nth(0);
  }
  last(): OverlayLocator {
    return this.nth(-1);
  }
  filter(options: { hasText?: string | RegExp; hasNotText?: string | RegExp }): OverlayLocator {
    const steps: Step[] = [];
    if (options.hasText !== undefined) steps.push({ hasText: options.hasText, not: false });
    if (options.hasNotText !== undefined) steps.push({ hasText: options.hasNotText, not: true });
    return new OverlayLocator(this.scope, [...this.steps, ...steps]);
  }

  /**
   * The matched elements, resolved afresh, and `call` run over them: in the closed root (content
   * script's world) and in the hint frame's document. Each place is one CDP round trip (matching,
   * counting and the call together; a role step adds the accessibility tree's). While the page has a
   * badge but its hint frame has not drawn yet (it is created when typing pauses), a locator that
   * matches nothing in the root waits for the frame, so a count of 0 never comes from a frame that
   * is not there yet.
   */
  private async resolveParts(call: Call): Promise<Resolved[]> {
    const frame = await frameOf(this.scope);
    const first = { first: true, matchedBefore: false };
    let root = await this.resolveIn(await frameTarget(frame), 'root', call, first);
    let hints = frame.childFrames().filter(isHintFrame);
    // The badge and the count are read in one call: a root without a badge ends the wait.
    const deadline = Date.now() + 10_000;
    while (hints.length === 0 && root.present && root.hasBadge && root.count === 0) {
      if (Date.now() > deadline) throw new Error('timed out waiting for the findings frame');
      await new Promise((r) => setTimeout(r, 50));
      hints = frame.childFrames().filter(isHintFrame);
      if (hints.length > 0) break;
      root = await this.resolveIn(await frameTarget(frame), 'root', call, first);
    }
    const parts = [root];
    for (const hint of hints) {
      const order = { first: !parts.some((p) => p.present), matchedBefore: parts.some((p) => p.count > 0) };
      parts.push(await this.resolveIn(await frameTarget(hint), 'hint', call, order));
    }
    return parts;
  }

  private async resolveIn(
    target: FrameTarget,
    kind: 'root' | 'hint',
    call: Call,
    order: { first: boolean; matchedBefore: boolean },
  ): Promise<Resolved> {
    const { cdp } = target.session;
    const contextId =
      kind === 'root'
        ? target.session.extensionWorld(target.frameId)
        : await waitFor(() => target.session.mainWorld(target.frameId), 'the findings frame\'s world');
    if (contextId === undefined) return { target, kind, present: false, hasBadge: false, count: 0, ran: false };
    const spec: CallSpec = { kind, mode: call.mode, ...order };
    const fn = call.mode === 'count' ? 'undefined' : `(${call.source})`;
    const args = (call.mode === 'count' ? [] : call.args).map((value) => ({ value }));
    const answer = (found: CallResult): Resolved => {
      if (found.exceptionDetails) throw new Error(describe(found));
      return { target, kind, present: true, ...(found.result.value as Omit<Resolved, 'target' | 'kind' | 'present'>) };
    };
    if (!this.steps.some((step) => 'role' in step))
      return answer(
        (await cdp.send('Runtime.callFunctionOn', {
          executionContextId: contextId,
          functionDeclaration: `async function (spec, steps, ...args) {
            const __name = (f) => f; // see worldFunction
            const roots = (${String(overlayRoots)})(spec.kind);
            return (${String(answerFor)})(roots, (${String(applyDomSteps)})(roots, steps), spec, ${fn}, args);
          }`,
          arguments: [{ value: spec }, { value: serializeSteps(this.steps) }, ...args],
          returnByValue: true,
          awaitPromise: true,
        })),
      );
    // A role step asks the accessibility tree, from Node: the elements go there and back as remote objects.
    const group = `chartlint-test-${++groups}`;
    try {
      const evaluated = (await cdp.send('Runtime.evaluate', {
        contextId,
        objectGroup: group,
        expression: `(${String(overlayRoots)})(${JSON.stringify(kind)})`,
      })) as CallResult;
      if (evaluated.exceptionDetails) throw new Error(describe(evaluated));
      const roots = evaluated.result.objectId!;
      let elements = roots;
      let pending: Step[] = [];
      const flush = async () => {
        if (pending.length === 0) return;
        elements = await callIn(cdp, elements, group, applyDomSteps, [serializeSteps(pending)]);
        pending = [];
      };
      for (const step of this.steps) {
        if (!('role' in step)) {
          pending.push(step);
          continue;
        }
        await flush();
        elements = await this.byRole(target, contextId, group, elements, step.role, step.options);
      }
      await flush();
      return answer(
        (await cdp.send('Runtime.callFunctionOn', {
          objectId: elements,
          functionDeclaration: `async function (roots, spec, ...args) {
            const __name = (f) => f; // see worldFunction
            return (${String(answerFor)})(roots, this, spec, ${fn}, args);
          }`,
          arguments: [{ objectId: roots }, { value: spec }, ...args],
          returnByValue: true,
          awaitPromise: true,
        })),
      );
    } finally {
      await cdp.send('Runtime.releaseObjectGroup', { objectGroup: group }).catch(() => undefined);
    }
  }

  /** Role and accessible name as the browser computes them (the accessibility tree), within each scope element. */
  private async byRole(
    target: FrameTarget,
    contextId: number,
    group: string,
    scopes: string,
    role: string,
    options: RoleOptions,
  ): Promise<string> {
    const { cdp } = target.session;
    const { result } = await cdp.send('Runtime.getProperties', { objectId: scopes, ownProperties: true });
    const found: string[] = [];
    for (const property of result) {
      if (!/^\d+$/.test(property.name) || !property.value?.objectId) continue;
      const nodes = await queryAXTree(cdp, property.value.objectId, group, role);
      for (const node of nodes) {
        if (node.ignored || node.backendDOMNodeId === undefined) continue;
        if (!nameMatches(String(node.name?.value ?? ''), options)) continue;
        const { object } = await cdp.send('DOM.resolveNode', {
          backendNodeId: node.backendDOMNodeId,
          executionContextId: contextId,
          objectGroup: group,
        });
        if (object.objectId) found.push(object.objectId);
      }
    }
    const collected = (await cdp.send('Runtime.callFunctionOn', {
      executionContextId: contextId,
      objectGroup: group,
      functionDeclaration: `function (...found) { const __name = (f) => f; return (${String(collectElements)})(...found); }`,
      arguments: found.map((objectId) => ({ objectId })),
    })) as CallResult;
    if (collected.exceptionDetails) throw new Error(describe(collected));
    return collected.result.objectId!;
  }

  /** Runs `source(elements, ...args)` in the content script's world; `empty` while there is no such world. */
  private async withElements<T>(source: string, args: unknown[], empty: T): Promise<T> {
    return this.guard(() => this.withElementsOnce(source, args, empty), empty);
  }

  private async guard<T>(run: () => Promise<T>, empty: T): Promise<T> {
    try {
      return await run();
    } catch (error) {
      // The frame navigated (or its document went away) between two CDP calls: as if nothing matched yet.
      if (/context|destroyed|No node|Could not find node|not found/i.test(String(error))) return empty;
      throw error;
    }
  }

  private async withElementsOnce<T>(source: string, args: unknown[], empty: T): Promise<T> {
    const parts = await this.resolveParts({ mode: 'all', source, args });
    const matched = parts.filter((p) => p.present && p.count > 0);
    // Nothing of ours there yet (or nothing matched): the source's answer for no elements, in the root.
    const where = matched.length === 0 ? parts.filter((p) => p.present).slice(0, 1) : matched;
    if (where.length === 0) return empty;
    const values = where.map((p) => p.value as T);
    if (values.length === 1) return values[0]!;
    return (values.every(Array.isArray) ? values.flat() : values[0]) as T;
  }

  /** The one part holding the match of a single-element action, and how many matched over all parts. */
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the caller names what the world returns
  private async single<T>(source: string, args: unknown[]): Promise<{ count: number; value?: T; part?: Resolved }> {
    const parts = await this.resolveParts({ mode: 'one', source, args });
    const count = parts.reduce((n, p) => n + p.count, 0);
    // The part that matched first ran the call; a match elsewhere too makes it no single element.
    const part = parts.find((p) => p.ran);
    if (count !== 1 || !part) return { count };
    return { count, part, value: part.value as T };
  }

  /** Like a Locator action: exactly one element, or an error naming how many matched; with the part it was found in. */
  private async withOnePart<T>(
    fn: (element: Element, ...args: never[]) => T,
    args: unknown[] = [],
  ): Promise<{ value: Awaited<T>; part: Resolved } | undefined> {
    const { count, value, part } = await this.guard(() => this.single<Awaited<T>>(String(fn), args), { count: 0 });
    if (count > 1) throw new Error(`strict mode violation: ${this.toString()} resolved to ${count} elements`);
    return count === 0 || !part ? undefined : { value: value as Awaited<T>, part };
  }

  private async withOne<T>(fn: (element: Element, ...args: never[]) => T, args: unknown[] = []): Promise<Awaited<T> | undefined> {
    return (await this.withOnePart(fn, args))?.value;
  }

  /**
   * Where the part's viewport starts in the top page's: the scope frame's, or the hint frame's
   * inside it. One CDP call in the content script's world of the scope frame, which sees the hint
   * frame in the closed root and, through same-origin parents, the frames around it; four API
   * calls a frame before (element handle, box, style, disposal) on every click in the findings
   * frame. A cross-origin parent hides its <iframe> from there: then Playwright measures it.
   */
  private async offsetOf(part: Resolved): Promise<{ x: number; y: number }> {
    const frame = await frameOf(this.scope);
    if (part.kind === 'root' && !frame.parentFrame()) return { x: 0, y: 0 };
    const target = await frameTarget(frame);
    const contextId = target.session.extensionWorld(target.frameId);
    if (contextId !== undefined) {
      const measured = (await target.session.cdp.send('Runtime.evaluate', {
        contextId,
        expression: worldCall(String(offsetInTop), part.kind === 'hint' ? part.target.frame.name() : null),
        returnByValue: true,
      })) as CallResult;
      if (measured.exceptionDetails) throw new Error(describe(measured));
      const offset = measured.result.value as { x: number; y: number } | null;
      if (offset) return offset;
    }
    return frameOffset(part.kind === 'hint' ? part.target.frame : frame);
  }

  count(): Promise<number> {
    return this.guard(
      async () => (await this.resolveParts({ mode: 'count' })).reduce((n, p) => n + p.count, 0),
      0,
    );
  }

  /** Playwright's notion: a non-empty box and not visibility:hidden (display:none has no box). */
  async isVisible(): Promise<boolean> {
    return (await this.withOne(isShown)) === true;
  }
  async isHidden(): Promise<boolean> {
    return !(await this.isVisible());
  }
  async getAttribute(name: string): Promise<string | null> {
    return (await this.withOne((e: Element, n: string) => e.getAttribute(n), [name])) ?? null;
  }
  async textContent(): Promise<string | null> {
    return (await this.withOne((e: Element) => e.textContent)) ?? null;
  }
  async innerText(): Promise<string> {
    const text = await this.withOne((e: Element) => (e as HTMLElement).innerText);
    if (text === undefined) throw new Error(`${this.toString()} matches nothing`);
    return text;
  }
  /** Focused in the page: the host is the document's active element and this is the root's (or the focused frame's). */
  async isFocused(): Promise<boolean> {
    return (
      (await this.withOne((e: Element) => {
        const root = e.getRootNode();
        if (root instanceof Document) return root.hasFocus() && root.activeElement === e;
        return root instanceof ShadowRoot && document.activeElement === root.host && root.activeElement === e;
      })) === true
    );
  }
  /** Runs `fn(element, arg)` in the content script's isolated world (not the page's). */
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- lets a spec name the element's type
  async evaluate<R, A = undefined, E extends Element = Element>(fn: (element: E, arg: A) => R, arg?: A): Promise<Awaited<R>> {
    await this.waitFor({ state: 'attached', timeout: 10_000 });
    const { count, value } = await this.guard(() => this.single<Awaited<R>>(String(fn), [arg]), { count: 0 });
    if (count !== 1) throw new Error(`${this.toString()} matches ${count} elements, not one`);
    return value as Awaited<R>;
  }

  /** Runs `fn(elements, arg)` over every match, in the content script's isolated world. */
  async evaluateAll<R, A = undefined>(fn: (elements: Element[], arg: A) => R, arg?: A): Promise<Awaited<R>> {
    // Nothing of ours in the frame yet: the function's answer for no elements.
    const empty: Awaited<R> = await fn([], arg as A);
    return this.withElements(String(fn), [arg], empty);
  }

  /** The element's box in the top page's viewport (frames' offsets added), as Locator.boundingBox. */
  async boundingBox(): Promise<{ x: number; y: number; width: number; height: number } | null> {
    const found = await this.withOnePart((e: Element) => {
      const r = e.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    });
    if (!found) return null;
    const offset = await this.offsetOf(found.part);
    return { ...found.value, x: found.value.x + offset.x, y: found.value.y + offset.y };
  }

  /** Waits for one matching element to be attached (or visible, hidden, detached). */
  async waitFor(options: { state?: 'attached' | 'detached' | 'visible' | 'hidden'; timeout?: number } = {}): Promise<void> {
    const state = options.state ?? 'visible';
    await poll(async () => {
      if (state === 'visible') return this.isVisible();
      if (state === 'hidden') return this.isHidden();
      const n = await this.count();
      return state === 'attached' ? n > 0 : n === 0;
    }, options.timeout ?? 30_000, `${this.toString()} to be ${state}`);
  }

  /**
   * The point a user would click: the element is scrolled into view (inside the overlay, e.g. a
   * long findings list), visible, still for two frames, and what the overlay has at that point.
   */
  private async actionPoint(timeout: number): Promise<{ x: number; y: number }> {
    let point: { x: number; y: number } | undefined;
    let offset = { x: 0, y: 0 };
    await poll(async () => {
      const found = await this.withOnePart(async (e: Element) => {
        e.scrollIntoView({ block: 'nearest', inline: 'nearest' });
        const frame = () => new Promise((r) => requestAnimationFrame(r));
        const before = e.getBoundingClientRect();
        await frame();
        await frame();
        const r = e.getBoundingClientRect();
        if (r.x !== before.x || r.y !== before.y || r.width === 0 || r.height === 0) return undefined;
        const style = getComputedStyle(e);
        if (style.visibility === 'hidden' || (e as HTMLButtonElement).disabled) return undefined;
        const x = r.x + r.width / 2;
        const y = r.y + r.height / 2;
        const root = e.getRootNode() as ShadowRoot | Document;
        const hit = root.elementFromPoint(x, y);
        return hit && (hit === e || e.contains(hit)) ? { x, y } : undefined;
      });
      point = found?.value ?? undefined;
      if (found && point) offset = await this.offsetOf(found.part);
      return point !== undefined;
    }, timeout, `${this.toString()} to be visible, stable and receive the pointer`);
    return { x: point!.x + offset.x, y: point!.y + offset.y };
  }

  async click(options: { timeout?: number } = {}): Promise<void> {
    const { x, y } = await this.actionPoint(options.timeout ?? 10_000);
    await (await frameOf(this.scope)).page().mouse.click(x, y);
  }
  async hover(options: { timeout?: number } = {}): Promise<void> {
    const { x, y } = await this.actionPoint(options.timeout ?? 10_000);
    await (await frameOf(this.scope)).page().mouse.move(x, y);
  }
}

/** The overlay of the page or frame, as a root to chain `locator` and `getByRole` from. */
export function sealedOverlay(scope: OverlayScope): OverlayLocator {
  return new OverlayLocator(scope, []);
}

/**
 * Runs `fn(root)` in the content script's isolated world of the scope's frame, with the overlay's
 * closed shadow root (null while there is no overlay); for measurements such as the bench's
 * keystroke-to-badge latency. The page's own scripts see none of it.
 */
export async function evaluateInOverlayWorld<R, A>(
  scope: OverlayScope,
  fn: (root: ShadowRoot | null, arg: A) => R,
  arg: A,
): Promise<Awaited<R>> {
  const target = await frameTarget(await frameOf(scope));
  const contextId = await waitFor(() => target.session.extensionWorld(target.frameId), 'the content script');
  const value = (await target.session.cdp.send('Runtime.evaluate', {
    contextId,
    expression: `(() => {
      const __name = (f) => f; // see worldFunction
      const host = document.querySelector('[data-chartlint]');
      return (${String(fn)})(host ? chrome.dom.openOrClosedShadowRoot(host) : null, ${JSON.stringify(arg)});
    })()`,
    returnByValue: true,
    awaitPromise: true,
  })) as CallResult;
  if (value.exceptionDetails) throw new Error(describe(value));
  return value.result.value as Awaited<R>;
}

export type AxeViolation = { id: string; impact?: string; nodes: { target: unknown[] }[] };

/**
 * axe-core over the overlay, in the content script's world (axe in the page's world sees an empty
 * host). axe walks shadow trees through `element.shadowRoot`, so for the run, and in that world
 * only, the getter also returns closed roots (chrome.dom.openOrClosedShadowRoot); the page's world
 * is untouched. The findings frame is checked in its own world, and its results added.
 */
export async function axeOverlay(scope: OverlayScope): Promise<{ violations: AxeViolation[]; passedInside: number }> {
  const frame = await frameOf(scope);
  const target = await frameTarget(frame);
  const contextId = await waitFor(() => target.session.extensionWorld(target.frameId), 'the content script');
  const inRoot = await runAxe(target.session.cdp, contextId, `(async () => {
      const own = Object.getOwnPropertyDescriptor(Element.prototype, 'shadowRoot');
      Object.defineProperty(Element.prototype, 'shadowRoot', {
        configurable: true,
        get() { return this instanceof HTMLElement ? chrome.dom.openOrClosedShadowRoot(this) : null; },
      });
      try {
        const host = document.querySelector('[data-chartlint]');
        if (!host) throw new Error('no overlay on this page');
        const results = await axe.run(host);
        return {
          violations: results.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => ({ target: n.target })) })),
          // Checks passed by elements inside the shadow root (their target is a path through it).
          passedInside: results.passes.flatMap((p) => p.nodes).filter((n) => n.target.some(Array.isArray)).length,
        };
      } finally {
        Object.defineProperty(Element.prototype, 'shadowRoot', own);
      }
    })()`);
  // The open findings, in the hint frame's own world (an extension page: its whole document is ours).
  const results = [inRoot];
  for (const hint of frame.childFrames().filter(isHintFrame)) {
    const inner = await frameTarget(hint);
    const world = await waitFor(() => inner.session.mainWorld(inner.frameId), 'the findings frame');
    results.push(
      await runAxe(inner.session.cdp, world, `(async () => {
        const results = await axe.run(document);
        return {
          violations: results.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => ({ target: ['hint frame', ...n.target] })) })),
          passedInside: results.passes.flatMap((p) => p.nodes).length,
        };
      })()`),
    );
  }
  return {
    violations: results.flatMap((r) => r.violations),
    passedInside: results.reduce((n, r) => n + r.passedInside, 0),
  };
}

/** Loads axe-core into that world (once) and runs `expression` there. */
async function runAxe(cdp: CDPSession, contextId: number, expression: string): Promise<{ violations: AxeViolation[]; passedInside: number }> {
  const loaded = (await cdp.send('Runtime.evaluate', { contextId, expression: 'typeof axe', returnByValue: true })) as CallResult;
  if (loaded.result.value === 'undefined') {
    const source = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    const injected = (await cdp.send('Runtime.evaluate', { contextId, expression: source })) as CallResult;
    if (injected.exceptionDetails) throw new Error(describe(injected));
  }
  const run = (await cdp.send('Runtime.evaluate', { contextId, returnByValue: true, awaitPromise: true, expression })) as CallResult;
  if (run.exceptionDetails) throw new Error(describe(run));
  return run.result.value as { violations: AxeViolation[]; passedInside: number };
}

async function poll(check: () => Promise<boolean>, timeout: number, what: string): Promise<void> {
  const deadline = Date.now() + timeout;
  const waits = [0, ...POLL_INTERVALS];
  for (let i = 0; ; i++) {
    if (await check()) return;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeout} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, waits[Math.min(i, waits.length - 1)]));
  }
}

/** Where the frame's viewport starts in the top page's viewport (iframe border and padding included). */
async function frameOffset(frame: Frame): Promise<{ x: number; y: number }> {
  if (!frame.parentFrame()) return { x: 0, y: 0 };
  const element = await frame.frameElement();
  const box = await element.boundingBox();
  const inner = await element.evaluate((el: Element) => {
    const style = getComputedStyle(el);
    return { x: el.clientLeft + parseFloat(style.paddingLeft), y: el.clientTop + parseFloat(style.paddingTop) };
  });
  await element.dispose();
  if (!box) throw new Error(`the frame ${frame.url()} is not on screen`);
  return { x: box.x + inner.x, y: box.y + inner.y };
}

/**
 * In the content script's world of a frame: where the viewport of its findings frame (the hint
 * frame named `hintName`, a random name of its own), or with null its own, starts in the top page's
 * viewport; null when that cannot be read from here (no such findings frame, or a cross-origin parent).
 */
function offsetInTop(hintName: string | null): { x: number; y: number } | null {
  const edge = (el: Element) => {
    const box = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    return { x: box.x + el.clientLeft + parseFloat(style.paddingLeft), y: box.y + el.clientTop + parseFloat(style.paddingTop) };
  };
  let x = 0;
  let y = 0;
  if (hintName !== null) {
    const host = document.querySelector<HTMLElement>('[data-chartlint]');
    const root = host ? chrome.dom.openOrClosedShadowRoot(host) : null;
    const frames = root ? [...root.querySelectorAll('iframe')].filter((f) => f.name === hintName) : [];
    if (frames.length !== 1) return null;
    ({ x, y } = edge(frames[0]!));
  }
  for (let view: Window = window; view !== view.parent; view = view.parent) {
    const owner = view.frameElement;
    if (!owner) return null;
    const at = edge(owner);
    x += at.x;
    y += at.y;
  }
  return { x, y };
}

/**
 * A function declaration for Runtime.callFunctionOn that calls `source(this, ...args)`. The no-op
 * `__name` stands in for the helper esbuild (tsx) wraps around named inner functions when it keeps
 * names: the extension's world does not have it.
 */
function worldFunction(source: string): string {
  return `function (...args) { const __name = (f) => f; return (${source})(this, ...args); }`;
}

/**
 * An expression that calls `source(arg)` in a world, with worldFunction's no-op `__name`: a script
 * run by tsx (the screenshot set) has esbuild wrap offsetInTop's inner arrow in it.
 */
function worldCall(source: string, arg: unknown): string {
  return `(() => { const __name = (f) => f; return (${source})(${JSON.stringify(arg)}); })()`;
}

/** Calls `fn(object, ...args)` in the object's world; returns the result as a remote object. */
async function callIn(
  cdp: CDPSession,
  objectId: string,
  group: string,
  fn: (...args: never[]) => unknown,
  args: unknown[] = [],
): Promise<string> {
  const result = (await cdp.send('Runtime.callFunctionOn', {
    objectId,
    objectGroup: group,
    functionDeclaration: worldFunction(String(fn)),
    arguments: args.map((value) => ({ value })),
  })) as CallResult;
  if (result.exceptionDetails) throw new Error(describe(result));
  return result.result.objectId!;
}

function describe(result: CallResult): string {
  return result.exceptionDetails?.exception?.description ?? result.exceptionDetails?.text ?? 'error in the overlay world';
}

function nameMatches(name: string, { name: wanted, exact }: RoleOptions): boolean {
  if (wanted === undefined) return true;
  if (wanted instanceof RegExp) return wanted.test(name);
  const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
  return exact ? norm(name) === norm(wanted) : norm(name).toLowerCase().includes(norm(wanted).toLowerCase());
}

type SerializedStep =
  | { css: string }
  | { nth: number }
  | { hasText: string | { source: string; flags: string }; not: boolean };

function serializeSteps(steps: readonly Step[]): SerializedStep[] {
  return steps.map((s) =>
    'hasText' in s && s.hasText instanceof RegExp
      ? { hasText: { source: s.hasText.source, flags: s.hasText.flags }, not: s.not }
      : (s as SerializedStep),
  );
}

// The functions below run in the content script's world (serialized with String(fn)): no imports,
// no closures over this module.

function applyDomSteps(scopes: (Element | ShadowRoot)[], steps: SerializedStep[]): Element[] {
  let current: (Element | ShadowRoot)[] = scopes;
  for (const step of steps) {
    if ('css' in step) {
      const seen = new Set<Element>();
      for (const scope of current) for (const e of scope.querySelectorAll(step.css)) seen.add(e);
      current = [...seen];
    } else if ('nth' in step) {
      const picked = step.nth < 0 ? current.at(step.nth) : current[step.nth];
      current = picked ? [picked] : [];
    } else {
      const normalize = (s: string) => s.replace(/\s+/g, ' ').trim();
      const wanted = step.hasText;
      const has = (e: Element | ShadowRoot) => {
        const text = normalize(e.textContent);
        return typeof wanted === 'string'
          ? text.toLowerCase().includes(normalize(wanted).toLowerCase())
          : new RegExp(wanted.source, wanted.flags).test(text);
      };
      current = current.filter((e) => has(e) !== step.not);
    }
  }
  return current as Element[];
}

/** The elements found by role, once each, in document order. */
function collectElements(...found: Element[]): Element[] {
  const unique = [...new Set(found)];
  return unique.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
}

/** The closed root (no overlay: none), or the findings frame's document once it has drawn. */
function overlayRoots(kind: 'root' | 'hint'): (ShadowRoot | Document)[] {
  // The hint frame has drawn once the content script's first view reached it (data-scheme set).
  if (kind === 'hint') return document.documentElement.dataset.scheme ? [document] : [];
  const host = document.querySelector<HTMLElement>('[data-chartlint]');
  const root = host ? chrome.dom.openOrClosedShadowRoot(host) : null;
  return root ? [root] : [];
}

/** A place's answer (see `Call`): the count, whether it holds a badge, and the call's value where it ran. */
async function answerFor(
  roots: (ShadowRoot | Document)[],
  elements: Element[],
  spec: CallSpec,
  fn: ((target: unknown, ...args: unknown[]) => unknown) | undefined,
  args: unknown[],
): Promise<{ hasBadge: boolean; count: number; ran: boolean; value?: unknown }> {
  const hasBadge = spec.kind === 'root' && roots.some((root) => root.querySelector('.anchor') !== null);
  const count = elements.length;
  const run = spec.mode === 'one' ? count === 1 && !spec.matchedBefore : spec.mode === 'all' && (count > 0 || spec.first);
  if (!run || !fn) return { hasBadge, count, ran: false };
  const value = await fn(spec.mode === 'one' ? elements[0] : elements, ...args);
  return { hasBadge, count, ran: true, value };
}

function isShown(e: Element): boolean {
  const r = e.getBoundingClientRect();
  if (r.width === 0 || r.height === 0) return false;
  return e.checkVisibility({ visibilityProperty: true });
}
