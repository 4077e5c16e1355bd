/**
 * Content script entry: runs in every frame of allowed pages (about:blank and srcdoc frames too).
 * It reads the page's diagnosis fields and notes when the user pauses typing (at once when a
 * diagnosis field is committed), sends a plain snapshot to the service worker, and shows the
 * verdict as an inline badge. It never writes into the EHR's fields or markup, listens passively,
 * and does nothing in an event handler but note what changed and schedule the work.
 */
import type { ContentApi, FrameVerdict, PageSnapshot, SnapshotField } from '../protocol/messages';
import { handleMessages } from '../protocol/handle';
import { sendToBackground } from '../protocol/send';
import { isEmptyRequest, isFrameVerdict, isSpan } from '../protocol/validate';
import { FIELD_CHAR_CAP } from '../protocol/limits';
import { dismissalsKey } from '../protocol/storage-keys';
import { isExtensionAlive } from '../platform/runtime';
import { shadowRootOf } from '../platform/shadow-root';
import { capFields } from './cap-fields';
import { codesNotWritten } from './title-codes';
import { FieldRegistry } from './field-registry';
import { findCoverageFields } from './find-coverage-fields';
import { findDateFields } from './find-date-fields';
import type { DiscoveryOptions } from './find-fields';
import { InlineBadges } from './inline-badge';
import { createOverlayHost, type OverlayHost } from './overlay-host';
import { renderedView } from './rendered';
import { showEvidence } from './show-evidence';

/** Pause after the last keystroke before reading the page again (the badge follows within ~150 ms). */
const TYPING_PAUSE_MS = 90;
/** Pause after DOM mutations: single-page apps render in bursts. */
const MUTATION_PAUSE_MS = 150;
/** Even during a never-ending stream of mutations, look at least this often. */
const MAX_WAIT_MS = 700;
/** How often an idle page checks that the extension is still there (reload/update orphans us), and that no note's value was set by a script. */
const ALIVE_CHECK_MS = 2000;
/** How long a snapshot waits for the worker's reply before it counts as lost. */
const SNAPSHOT_REPLY_MS = 15_000;
/** A lost or refused snapshot is sent again after this, doubling up to RETRY_MAX_MS. */
const RETRY_BASE_MS = 500;
const RETRY_MAX_MS = 8_000;

const instance = Symbol.for('chartlint.content');
const scope = globalThis as unknown as Record<symbol, (() => void) | undefined>;

// Injected again into the same page (an update, or a site enabled from the popup while the
// declared script already runs): the newest copy takes over and the older one leaves quietly.
try {
  scope[instance]?.();
} catch {
  // The older copy belongs to an extension context that is gone; nothing of it can be reached.
}
scope[instance] = start();

/** The windows above this frame whose documents it may read (same origin), nearest first; four at most. */
function sameOriginAncestors(): Window[] {
  const out: Window[] = [];
  let at: Window = window;
  for (let i = 0; i < 4 && at.parent !== at; i++) {
    at = at.parent;
    try {
      // Reading a cross-origin window's document throws: the frames above it are out of reach too.
      out.push(at.document.defaultView ?? at);
    } catch {
      break;
    }
  }
  return out;
}

function start(options: DiscoveryOptions = {}): () => void {
  // Not crypto.randomUUID(): it exists only in secure contexts, and intranet EHRs served over
  // plain http (not localhost) are not one, so it threw there and the script never started.
  const docId = Array.from(crypto.getRandomValues(new Uint32Array(4)), (n) => n.toString(36)).join('-');
  let overlay: OverlayHost | undefined;
  let badges: InlineBadges | undefined;
  let lastSent = '';
  /** Sends the fields at once, even unchanged: the worker asked, or what it answers from changed. */
  const sendAgain = () => {
    lastSent = '';
    schedule(0);
  };
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstAskedAt: number | undefined;
  /** When the last keystroke's pause ends (undefined: no keystroke waiting). */
  let inputDueAt: number | undefined;
  let running = false;
  let again = false;
  /** Title → code (or null: not an official title), so each text is asked about once. */
  const titleCodes = new Map<string, string | null>();

  /** From settings: 'quiet' (default) or 'interruptive' (the badge opens on new warnings). */
  let displayMode: InlineBadges['mode'] = 'quiet';
  const registry = new FieldRegistry(options, () => schedule(MUTATION_PAUSE_MS));
  // Pinned selectors for this site (options page or policy; issue 8): rediscover once they arrive.
  sendToBackground('settings/for-page', {}).then(
    ({ selectors, mode }) => {
      displayMode = mode;
      if (badges) badges.mode = mode;
      if (selectors.diagnosis.length === 0 && selectors.note.length === 0) return;
      registry.setOptions(selectors);
      schedule(0);
    },
    () => undefined,
  );
  const elementOf = (fieldId: string) => registry.get(fieldId)?.element;
  const textOf = (fieldId: string) => registry.get(fieldId)?.reading.text;

  const render = (verdict: FrameVerdict, basis?: number) => {
    if (stopped) return;
    if (verdict.codes.length === 0 && !badges) return;
    overlay ??= createOverlayHost();
    badges ??= new InlineBadges(overlay, {
      openPanel: () => void sendToBackground('panel/open', {}).catch(() => undefined),
      dismiss: (finding, dismissed) =>
        sendToBackground('findings/dismiss', { rule: finding.rule, code: finding.code, dismissed }),
      refresh: () => sendAgain(),
    });
    badges.mode = displayMode;
    badges.render(verdict, elementOf, basis, textOf);
  };

  /** Asks the worker about title-like texts not seen before. */
  const resolveTitles = async () => {
    const unknown = [...new Set(registry.entered().flatMap((f) => f.reading.titles))].filter(
      (t) => !titleCodes.has(t),
    );
    if (unknown.length === 0) return;
    for (const title of unknown) titleCodes.set(title, null);
    const found = await sendToBackground('codes/resolve-titles', { titles: unknown.slice(0, 50) });
    for (const [title, code] of Object.entries(found))
      if (typeof code === 'string') titleCodes.set(title, code);
  };

  /** A diagnosis field that shows titles also "holds" their codes: one per line after its text. */
  const withTitleCodes = (fields: SnapshotField[]): SnapshotField[] =>
    fields.map((field) => {
      const titles = registry.get(field.id)?.reading.titles ?? [];
      const resolved = titles.map((t) => titleCodes.get(t)).filter((c): c is string => typeof c === 'string');
      // A title beside its own code (a table's row) adds nothing: the code is read once (title-codes.ts).
      const codes = codesNotWritten(field.text, resolved);
      return codes.length > 0 ? { ...field, text: [field.text, ...codes].join('\n') } : field;
    });

  const scanAndSend = async () => {
    if (!isExtensionAlive()) return stop();
    await registry.update();
    if (stopped) return;
    // Fields re-rendered as new elements keep their ids; the badge moves to the new element.
    badges?.reanchor(elementOf, textOf);
    await resolveTitles();
    // A huge note is sent only up to what the worker checks, with its full length (limits.ts).
    // A page with more fields than a snapshot takes sends its codes and its first notes (cap-fields.ts).
    const shadows = registry.shadowRoots();
    const capped = capFields([
      ...withTitleCodes(registry.snapshotFields()),
      // Dates and payers of what the page draws only: a hidden tab's prior encounter has its own (rendered.ts).
      ...findDateFields(renderedView(document), shadows.map(renderedView)),
      ...findCoverageFields(renderedView(document), shadows.map(renderedView)),
    ]);
    const fields = capped.fields.map((f) =>
      f.text.length > FIELD_CHAR_CAP ? { ...f, text: f.text.slice(0, FIELD_CHAR_CAP), chars: f.text.length } : f,
    );
    // The URL is part of what was sent: a same-document navigation (pushState) is reported too.
    const key = `${location.href}\n${capped.omitted}\n${JSON.stringify(fields)}`;
    if (key === lastSent) return;
    lastSent = key;
    send(
      {
        docId,
        url: location.href,
        isTop: window === window.top,
        fields,
        ...(capped.omitted > 0 ? { omittedFields: capped.omitted } : {}),
        origin: self.origin,
        ...(document.documentElement.lang ? { lang: document.documentElement.lang } : {}),
      },
      key,
    );
  };

  /**
   * One snapshot in flight at a time (the worker sees them in order), but a slow reply (the
   * catalog loading) never holds the scans: the newest snapshot waits and goes when it comes.
   */
  let inFlight = false;
  let failures = 0;
  let waiting: { snapshot: PageSnapshot; key: string } | undefined;
  const send = (snapshot: PageSnapshot, key: string) => {
    if (inFlight) {
      waiting = { snapshot, key };
      return;
    }
    inFlight = true;
    // The badge's clicks the worker had stored when this left: its verdict holds them (inline-badge.ts).
    const basis = badges?.mark();
    // A worker that is starting (or was stopped mid-reply) may never answer: give up on this reply
    // after a while, so one lost message never holds every later snapshot back.
    let gaveUp: ReturnType<typeof setTimeout> | undefined;
    const noReply = new Promise<never>((_, reject) => {
      gaveUp = setTimeout(() => reject(new Error('no reply from the worker')), SNAPSHOT_REPLY_MS);
    });
    Promise.race([sendToBackground('page/snapshot', snapshot), noReply])
      .then(
        (verdict) => {
          failures = 0;
          if (!waiting) render(verdict, basis);
        },
        () => {
          if (!isExtensionAlive()) return stop();
          // Send again after a pause (longer each time), even if the page stays quiet: the user
          // typed a code and is waiting for its badge.
          if (lastSent === key) lastSent = '';
          failures += 1;
          if (!waiting) schedule(Math.min(RETRY_MAX_MS, RETRY_BASE_MS * 2 ** (failures - 1)));
        },
      )
      .finally(() => {
        clearTimeout(gaveUp);
        inFlight = false;
        const next = waiting;
        waiting = undefined;
        if (next && !stopped) send(next.snapshot, next.key);
      });
  };

  const run = async () => {
    timer = undefined;
    firstAskedAt = undefined;
    inputDueAt = undefined;
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      await scanAndSend();
    } catch (error) {
      // The extension was reloaded or updated under us: leave the page quietly. Otherwise say so
      // (never the page's text: only the worker's reason) and retry at the next change.
      if (!isExtensionAlive()) stop();
      else {
        lastSent = '';
        console.warn('ChartLint: this page could not be checked:', error instanceof Error ? error.message : String(error));
      }
    } finally {
      running = false;
      if (again && !stopped) {
        again = false;
        schedule(0);
      }
    }
  };

  /** When the pending run is due (debounced), and when the armed timer fires. */
  let dueAt = 0;
  let timerAt = 0;
  const fire = () => {
    timer = undefined;
    const now = performance.now();
    // More activity came in since the timer was armed: wait out the rest of the pause.
    if (dueAt - now > 1) return arm(dueAt, now);
    void run();
  };
  const arm = (at: number, now: number) => {
    timerAt = at;
    timer = setTimeout(fire, Math.max(0, at - now));
  };

  /**
   * Debounce with a ceiling: typing waits for a pause, a mutation storm still gets looked at.
   * Cheap enough for every keystroke and mutation batch: it moves a deadline and only touches the
   * timer when the run must come sooner than the armed timer.
   */
  function schedule(delay: number, fromInput = false): void {
    if (stopped) return;
    // document.open() (legacy pages writing an about:blank frame) erases every listener on the
    // window and document; the observer survives and notices the new <html>, so listen again.
    if (document.documentElement !== listeningRoot) listen();
    const now = performance.now();
    firstAskedAt ??= now;
    // A keystroke's deadline holds: mutations arriving after it (a ticker, a storm) never push it back.
    if (fromInput) inputDueAt = now + delay;
    dueAt = Math.min(now + delay, firstAskedAt + MAX_WAIT_MS, inputDueAt ?? Infinity);
    if (timer === undefined) arm(dueAt, now);
    else if (dueAt < timerAt - 1) {
      clearTimeout(timer);
      arm(dueAt, now);
    }
  }

  // The innermost target: composedPath() reaches inside open shadow roots. From inside a closed
  // root the event comes retargeted to its host: the element focused inside it (and inside the
  // roots below) is the one typed into, where the platform lets us see closed roots.
  const targetOf = (event: Event) => {
    let target = event.composedPath()[0] ?? event.target;
    for (let depth = 0; target instanceof Element && !target.hasAttribute('data-chartlint') && depth < 16; depth++) {
      const inner = shadowRootOf(target)?.activeElement;
      if (!inner || inner === target) break;
      target = inner;
    }
    return target;
  };
  const onInput = (event: Event) => {
    registry.noteInput(targetOf(event));
    schedule(TYPING_PAUSE_MS, true);
  };
  const onCommit = (event: Event) => {
    registry.noteInput(targetOf(event));
    schedule(0, true);
  };

  // Same-document navigations (pushState, replaceState, hash changes) keep the page and its
  // state; the new URL is sent again. popstate and hashchange say so at once; pushState says
  // nothing to an isolated world except through the Navigation API, and the alive check below
  // catches it where that API is missing.
  let lastUrl = location.href;
  const onHistory = () => {
    if (location.href === lastUrl) return;
    // Dismissals are kept per page record (dismissalsKey: the address without its #fragment):
    // another record, so the badge's clicks the worker has not settled are dropped. (The record is
    // the top page's: a frame also hears of the top page's moves, from the worker, as 'page/moved'.)
    if (dismissalsKey(location.href) !== dismissalsKey(lastUrl)) badges?.resetDismissals();
    lastUrl = location.href;
    // Another view, often another patient, whose values a script set with no event: read every
    // field again, the note included (issue 15: frames and navigations never mix patients).
    registry.rereadAll();
    schedule(0);
  };
  /**
   * A note's value set by a script (no event, no markup changed: a framework's controlled state,
   * an SPA switching patients) is noticed when focus or visibility changes and on the alive
   * check's timer, by comparing the known notes' values (bounded: field-registry valuesChanged).
   */
  const onValuesMaybeSet = () => {
    if (registry.valuesChanged()) schedule(0);
  };
  /**
   * A click or a disclosure toggled may show one panel and hide another (tabs drawn by a class,
   * a <details> opened) with no attribute ChartLint watches changing: look again after the page
   * has drawn it, so the fields sent are those the page shows (rendered.ts).
   */
  const onShownMaybeChanged = () => schedule(MUTATION_PAUSE_MS);
  const navigation = (globalThis as { navigation?: EventTarget }).navigation;
  // The document is going away (navigation, reload, iframe removed): its fields leave the tab
  // state at once. Back from the back/forward cache, it reports again.
  const onPageHide = () => {
    if (!isExtensionAlive()) return;
    sendToBackground('page/leave', { docId }).catch(() => undefined);
  };
  const onPageShow = (event: PageTransitionEvent) => {
    if (!event.persisted) return;
    // pagehide emptied the tab's state: clicks on the badge before it are settled by what the worker holds now.
    badges?.resetDismissals();
    lastSent = '';
    schedule(0);
  };

  const aliveCheck = setInterval(() => {
    if (!isExtensionAlive()) stop();
    else {
      onHistory();
      onValuesMaybeSet();
    }
  }, ALIVE_CHECK_MS);

  function stop(): void {
    if (stopped) return;
    stopped = true;
    if (timer !== undefined) clearTimeout(timer);
    clearInterval(aliveCheck);
    registry.disconnect();
    removeEventListener('input', onInput, true);
    removeEventListener('change', onCommit, true);
    removeEventListener('focusout', onCommit, true);
    removeEventListener('popstate', onHistory);
    removeEventListener('hashchange', onHistory);
    removeEventListener('pagehide', onPageHide);
    removeEventListener('pageshow', onPageShow);
    removeEventListener('focusin', onValuesMaybeSet, true);
    removeEventListener('click', onShownMaybeChanged, true);
    removeEventListener('toggle', onShownMaybeChanged, true);
    for (const above of sameOriginAncestors()) {
      above.removeEventListener('click', onShownMaybeChanged, true);
      above.removeEventListener('toggle', onShownMaybeChanged, true);
    }
    document.removeEventListener('visibilitychange', onValuesMaybeSet);
    navigation?.removeEventListener('currententrychange', onHistory);
    badges?.destroy();
    overlay?.remove();
    try {
      removeHandlers();
    } catch {
      // The runtime is already gone; its listeners went with it.
    }
  }

  let listeningRoot: HTMLElement | null = null;
  function listen(): void {
    listeningRoot = document.documentElement;
    addEventListener('input', onInput, { capture: true, passive: true });
    addEventListener('change', onCommit, { capture: true, passive: true });
    addEventListener('focusout', onCommit, { capture: true, passive: true });
    addEventListener('popstate', onHistory, { passive: true });
    addEventListener('hashchange', onHistory, { passive: true });
    addEventListener('pagehide', onPageHide, { passive: true });
    addEventListener('pageshow', onPageShow, { passive: true });
    addEventListener('focusin', onValuesMaybeSet, { capture: true, passive: true });
    addEventListener('click', onShownMaybeChanged, { capture: true, passive: true });
    addEventListener('toggle', onShownMaybeChanged, { capture: true, passive: true });
    // A tab switched in the page that holds this frame shows or hides the frame's fields, and says
    // nothing to this document (QA stop 55): listen there too, where the page lets a frame see it.
    for (const above of sameOriginAncestors()) {
      above.addEventListener('click', onShownMaybeChanged, { capture: true, passive: true });
      above.addEventListener('toggle', onShownMaybeChanged, { capture: true, passive: true });
    }
    document.addEventListener('visibilitychange', onValuesMaybeSet, { passive: true });
  }
  listen();
  navigation?.addEventListener('currententrychange', onHistory);

  const removeHandlers = handleMessages<ContentApi>(
    {
      'findings/update': (verdict) => render(verdict),
      'evidence/show': (span) => {
        const field = registry.get(span.fieldId);
        return field ? showEvidence(field, span) : false;
      },
      // The worker restarted and lost the texts it keeps in memory: report again.
      'page/resend': () => {
        sendAgain();
        return true;
      },
      // The top page's address moved to another dismissal record (a frame hears of it only so).
      'page/moved': () => {
        badges?.resetDismissals();
        sendAgain();
        return true;
      },
    },
    {
      'findings/update': isFrameVerdict,
      'evidence/show': isSpan,
      'page/resend': isEmptyRequest,
      'page/moved': isEmptyRequest,
    },
    // Only the service worker talks to content scripts; other frames' scripts are not trusted here.
    (sender) => sender.tab === undefined,
  );

  registry.observe(document);
  schedule(0);
  return stop;
}
