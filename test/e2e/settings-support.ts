/**
 * Helpers for the settings/privacy browser tests (test/e2e/settings.spec.ts): extension variants
 * with a patched manifest, a second local hostname the manifest does not match, a driver for the
 * real toolbar popup (which is not a Playwright Page), and a Chrome policy file for managed storage.
 */
import { chromium, type BrowserContext, type CDPSession, type Worker } from '@playwright/test';
import { createHash, generateKeyPairSync } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { browserCommandLine, checkLaunchFlags, CHROMIUM_FLAGS, findBrowser, HEADLESS_FLAGS } from '../../scripts/lib/find-browser';

/** A hostname the manifest's content_scripts do not match; Chromium resolves it to our server. */
export const OTHER_HOST = 'chartlint-ehr.test';
/** A second such hostname, for a browser whose variant holds a grant for OTHER_HOST only. */
export const UNGRANTED_HOST = 'chartlint-clinic.test';
export const OTHER_HOST_FLAG = `--host-resolver-rules=MAP ${OTHER_HOST} 127.0.0.1, MAP ${UNGRANTED_HOST} 127.0.0.1`;

/** Copies a built extension and edits its manifest (test-only variants; the original is untouched). */
export function variantOf(dist: string, edit: (manifest: Record<string, unknown>) => void): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'chartlint-variant-'));
  cpSync(dist, dir, { recursive: true });
  const path = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  edit(manifest);
  writeFileSync(path, JSON.stringify(manifest, null, 2));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * A manifest "key" and the extension id it gives: Chrome derives the id from the public key
 * (sha256 of the DER, first 32 hex digits written with a-p), so a policy can name it in advance.
 */
export function extensionKey(): { key: string; id: string } {
  const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const der = publicKey.export({ type: 'spki', format: 'der' });
  const hex = createHash('sha256').update(der).digest('hex').slice(0, 32);
  const id = Array.from(hex, (c) => c).map((c) => String.fromCharCode('a'.charCodeAt(0) + parseInt(c, 16))).join('');
  return { key: der.toString('base64'), id };
}

export type Launched = { context: BrowserContext; worker: Worker; extensionId: string; close: () => Promise<void> };

export async function launch(dist: string, extraArgs: string[] = []): Promise<Launched> {
  const profile = mkdtempSync(join(tmpdir(), 'chartlint-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findBrowser(),
    headless: true,
    args: [`--disable-extensions-except=${dist}`, `--load-extension=${dist}`, ...CHROMIUM_FLAGS, ...HEADLESS_FLAGS, ...extraArgs],
    viewport: { width: 1280, height: 860 },
  });
  try {
    checkLaunchFlags(browserCommandLine(profile));
  } catch (error) {
    await context.close();
    throw error;
  }
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return {
    context,
    worker,
    extensionId: new URL(worker.url()).host,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * The real toolbar popup, opened with action.openPopup() and driven over CDP. Playwright does not
 * expose the popup as a Page, but its clicks must be trusted input: permissions.request only
 * prompts for a user gesture, and a scripted element.click() is not one.
 */
export class PopupDriver {
  private next = 0;
  private readonly pending = new Map<number, (message: { result?: unknown; error?: { message: string } }) => void>();

  private constructor(
    private readonly cdp: CDPSession,
    private readonly sessionId: string,
  ) {
    cdp.on('Target.receivedMessageFromTarget', (event: { sessionId: string; message: string }) => {
      if (event.sessionId !== this.sessionId) return;
      const message = JSON.parse(event.message) as { id?: number; result?: unknown; error?: { message: string } };
      if (message.id !== undefined) this.pending.get(message.id)?.(message);
    });
    // The popup closes itself (e.g. when a permission prompt takes focus): nothing will answer.
    cdp.on('Target.detachedFromTarget', (event: { sessionId: string }) => {
      if (event.sessionId !== this.sessionId) return;
      this.gone = true;
      for (const settle of this.pending.values()) settle({ error: { message: 'the popup closed' } });
    });
  }

  /** True once the popup has closed. */
  gone = false;

  static async open(context: BrowserContext, worker: Worker, extensionId: string): Promise<PopupDriver> {
    await worker.evaluate(() => chrome.action.openPopup());
    const cdp = await context.browser()!.newBrowserCDPSession();
    const url = `chrome-extension://${extensionId}/src/ui/popup/index.html`;
    type Target = { targetId: string; url: string };
    let target: Target | undefined;
    for (let i = 0; i < 50 && !target; i++) {
      const { targetInfos }: { targetInfos: Target[] } = await cdp.send('Target.getTargets');
      target = targetInfos.find((t) => t.url === url);
      if (!target) await new Promise((done) => setTimeout(done, 100));
    }
    if (!target) throw new Error('the toolbar popup did not open');
    // The flat protocol needs a per-session send Playwright does not offer; the nested one works.
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
    const popup = new PopupDriver(cdp, sessionId);
    // Loaded: the status line's "Loading code list…" is gone (these tests type no query). Until
    // then the popup is still changing height, and a click aimed at its footer can miss.
    await popup.waitFor('document.querySelector(".lookup-status")?.textContent === ""');
    return popup;
  }

  private call(method: string, params: object = {}): Promise<unknown> {
    const id = ++this.next;
    if (this.gone) return Promise.reject(new Error(`${method}: the popup closed`));
    return new Promise((done, fail) => {
      // Never hang a test on a popup that went away without saying so.
      const timer = setTimeout(() => this.pending.get(id)?.({ error: { message: 'no answer within 10 s' } }), 10_000);
      this.pending.set(id, (message) => {
        clearTimeout(timer);
        this.pending.delete(id);
        if (message.error) fail(new Error(`${method}: ${message.error.message}`));
        else done(message.result);
      });
      this.cdp.send('Target.sendMessageToTarget', { sessionId: this.sessionId, message: JSON.stringify({ id, method, params }) }).catch(fail);
    });
  }

  /** Evaluates an expression in the popup and returns its JSON value. */
  async evaluate<T>(expression: string): Promise<T> {
    type EvaluateReply = { result: { value?: T }; exceptionDetails?: { text: string; exception?: { description?: string } } };
    const reply: EvaluateReply = (await this.call('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true })) as EvaluateReply;
    if (reply.exceptionDetails) throw new Error(reply.exceptionDetails.exception?.description ?? reply.exceptionDetails.text);
    return reply.result.value as T;
  }

  /**
   * Waits until `expression` is truthy in the popup, then returns it. The wait is for a hang, not
   * for speed: enabling a site (grant, registration in the worker, injection) took over 7 s once on
   * a busy 2-core machine, so the default reaches most of the test's own 45 s timeout.
   */
  async waitFor<T>(expression: string, timeoutMs = 30_000): Promise<T> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const value = await this.evaluate<T>(expression).catch(() => undefined);
      if (value) return value;
      if (Date.now() > until) throw new Error(`popup: timed out waiting for ${expression}`);
      await new Promise((done) => setTimeout(done, 100));
    }
  }

  /** A trusted mouse click in the middle of the element matching `selector`. */
  async click(selector: string): Promise<void> {
    const box = await this.waitFor<{ x: number; y: number; width: number; height: number }>(
      // Stable, as Playwright's own clicks wait for: the same box over two frames. The popup grows
      // as its code list loads, which moves the footer, so a box read once can be stale by the click.
      `(async () => {
        const box = () => document.querySelector(${JSON.stringify(selector)})?.getBoundingClientRect().toJSON();
        const frame = () => new Promise((done) => requestAnimationFrame(done));
        const first = box();
        await frame();
        await frame();
        const second = box();
        return first && first.width > 0 && JSON.stringify(first) === JSON.stringify(second) ? second : null;
      })()`,
    );
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    await this.call('Input.dispatchMouseEvent', { type: 'mousePressed', x, y, button: 'left', clickCount: 1 });
    // The click may close the popup before it answers (the permission prompt takes focus).
    await this.call('Input.dispatchMouseEvent', { type: 'mouseReleased', x, y, button: 'left', clickCount: 1 }).catch((error: unknown) => {
      if (!this.gone) throw error;
    });
  }

  async close(): Promise<void> {
    await this.cdp.detach().catch(() => undefined);
  }
}

/** Chromium on Linux reads machine policy from here (Debian's chromium package). */
const POLICY_DIR = '/etc/chromium/policies/managed';

/**
 * Writes a machine policy that gives one extension id managed storage (the "3rdparty" policy)
 * and returns a function that deletes it. Other engineers' browsers on this machine read the same
 * folder, so the file names only our random id and is removed as soon as the test ends.
 */
export function writeExtensionPolicy(extensionId: string, managed: Record<string, unknown>): () => void {
  mkdirSync(POLICY_DIR, { recursive: true });
  const file = join(POLICY_DIR, `chartlint-e2e-${extensionId}.json`);
  writeFileSync(file, JSON.stringify({ '3rdparty': { extensions: { [extensionId]: managed } } }, null, 2));
  return () => rmSync(file, { force: true });
}
