/**
 * Content script entry: runs in every frame of allowed pages. It reads the page's fields when the
 * user pauses typing, sends a plain snapshot to the service worker, and marks diagnosis fields.
 * It never writes into the EHR's fields or markup, and it listens passively so typing is never
 * delayed.
 */
import type { ContentApi, FrameVerdict } from '../protocol/messages';
import { handleMessages } from '../protocol/handle';
import { sendToBackground } from '../protocol/send';
import { isFrameVerdict, isSpan } from '../protocol/validate';
import { isExtensionAlive } from '../platform/runtime';
import { markFindings, reposition } from './mark-findings';
import { createOverlayHost, type OverlayHost } from './overlay-host';
import { scanPage, type ScannedPage } from './scan-page';

/** Pause after the last keystroke before reading the page again. */
const TYPING_PAUSE_MS = 90;

const started = Symbol.for('chartlint.content');
const scope = globalThis as unknown as Record<symbol, unknown>;

if (!scope[started]) {
  scope[started] = true;
  start();
}

function start(): void {
  const docId = crypto.randomUUID();
  let overlay: OverlayHost | undefined;
  let page: ScannedPage = { fields: [], elements: new Map() };
  let lastSent = '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  const render = (verdict: FrameVerdict) => {
    if (stopped) return;
    if (verdict.codes.length === 0 && !overlay) return;
    overlay ??= createOverlayHost();
    markFindings(overlay, verdict, page.elements);
  };

  const scanAndSend = async () => {
    timer = undefined;
    if (!isExtensionAlive()) return stop();
    page = scanPage();
    const snapshot = { docId, url: location.href, isTop: window === window.top, fields: page.fields };
    const key = JSON.stringify(snapshot.fields);
    if (key === lastSent) return;
    lastSent = key;
    try {
      render(await sendToBackground('page/snapshot', snapshot));
    } catch {
      // The extension was reloaded or updated under us: leave the page quietly.
      if (!isExtensionAlive()) stop();
      else lastSent = '';
    }
  };

  const schedule = (delay = TYPING_PAUSE_MS) => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => void scanAndSend(), delay);
  };
  const onInput = () => schedule();
  const onCommit = () => schedule(0);
  const onViewport = () => {
    if (overlay) reposition(overlay, page.elements);
  };
  const observer = new MutationObserver((records) => {
    if (records.every((r) => overlay?.host.contains(r.target))) return;
    schedule(150);
  });

  const stop = () => {
    if (stopped) return;
    stopped = true;
    if (timer !== undefined) clearTimeout(timer);
    observer.disconnect();
    removeEventListener('input', onInput, true);
    removeEventListener('change', onCommit, true);
    removeEventListener('focusout', onCommit, true);
    removeEventListener('scroll', onViewport, true);
    removeEventListener('resize', onViewport);
    overlay?.remove();
    removeHandlers();
  };

  addEventListener('input', onInput, { capture: true, passive: true });
  addEventListener('change', onCommit, { capture: true, passive: true });
  addEventListener('focusout', onCommit, { capture: true, passive: true });
  addEventListener('scroll', onViewport, { capture: true, passive: true });
  addEventListener('resize', onViewport, { passive: true });
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });

  const removeHandlers = handleMessages<ContentApi>(
    {
      'findings/update': (verdict) => render(verdict),
      'evidence/show': () => false,
    },
    { 'findings/update': isFrameVerdict, 'evidence/show': isSpan },
    // Only the service worker talks to content scripts; other frames' scripts are not trusted here.
    (sender) => sender.tab === undefined,
  );

  schedule(0);
}
