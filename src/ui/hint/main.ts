/**
 * The inline badge's open findings, in an extension-origin frame placed by the content script in
 * its closed shadow root (issue 15): text in this document is not in the page's, so a page script's
 * window.find(), selection or DOM reads cannot reach it.
 *
 * Who may talk to this frame: only the content script that created it. It names the frame with a
 * random token (the iframe's `name`: the page can reach neither the element nor this window's
 * name) and, once loaded, posts `{chartlintHint: token}` with one end of a MessageChannel to this
 * window with the extension's origin as targetOrigin (a frame the page navigated elsewhere gets
 * nothing). The first message carrying that token and a port is taken; everything else, before or
 * after, is ignored. From then on the view arrives on the port, and what the user does here goes
 * back on it (trusted events only: a page cannot dispatch events into a cross-origin frame).
 * "Open panel" asks the worker itself, in the click, through the one message protocol.
 */
import type { HintFromFrame, HintView } from '../../protocol/messages';
import { sendToBackground } from '../../protocol/send';
import { isHintToFrame } from '../../protocol/validate-hint';
import { copyCode } from './copy-code';
import './hint.css';
import { fellBackSinceAsked, hasCatalogue } from '../../platform/message-text';
import { loadCatalogue } from './load-catalogue';
import { renderPanel } from './render-hint';

const token = window.name;
// The name is the handshake's secret: not kept where anything else could read it later.
window.name = '';
let port: MessagePort | undefined;
let view: HintView | undefined;

const post = (message: HintFromFrame) => port?.postMessage(message);

const onHandshake = (event: MessageEvent) => {
  const data = event.data as { chartlintHint?: unknown } | null;
  if (port || token.length < 20 || event.source !== window.parent) return;
  const offered = event.ports[0];
  if (typeof data !== 'object' || data === null || data.chartlintHint !== token || event.ports.length !== 1 || !offered) return;
  port = offered;
  removeEventListener('message', onHandshake);
  port.onmessage = (message) => {
    if (!isHintToFrame(message.data)) return;
    if (message.data.type === 'focus') focusFirst();
    else void showWhenSaid(message.data.view);
  };
};
addEventListener('message', onHandshake);

/** The open card's first control: the user tabbed from the badge into its findings. */
function focusFirst(): void {
  document.querySelector<HTMLElement>('.panel:not([hidden]) button')?.focus();
}

/**
 * Shows a view once its language's messages are loaded; a later view wins over one still waiting.
 * A message that language's catalogue lacked was said in English: English is loaded and the card
 * drawn again.
 */
let latest: HintView | undefined;
async function showWhenSaid(next: HintView): Promise<void> {
  latest = next;
  await loadCatalogue(next.lang).catch(() => loadCatalogue('en'));
  if (latest !== next) return;
  fellBackSinceAsked();
  show(next);
  if (!fellBackSinceAsked() || hasCatalogue('en')) return;
  await loadCatalogue('en');
  if (latest === next) show(next);
}

function show(next: HintView): void {
  const hadFocus = document.hasFocus() ? document.activeElement : null;
  const focusedAction = hadFocus instanceof HTMLElement ? describeFocus(hadFocus) : undefined;
  view = next;
  document.documentElement.lang = next.lang;
  document.documentElement.dataset.scheme = next.scheme;
  const cards = next.panels.map((card) =>
    renderPanel(document, next, card, {
      close: () => post({ type: 'close' }),
      copy: async (finding, code) => {
        post({ type: 'accepted', field: card.field, key: finding.key });
        await copyCode(code);
      },
      dismiss: (finding) => post({ type: 'dismiss', field: card.field, key: finding.key, hadFocus: document.hasFocus() }),
      restore: () => post({ type: 'restore', field: card.field }),
      // In the click: the side panel may only open in response to the user's gesture.
      openPanel: () => void sendToBackground('panel/open', {}).catch(() => undefined),
    }),
  );
  document.body.replaceChildren(...cards);
  // A re-render (language, a finding back) keeps the user's place where that action still exists.
  if (focusedAction) restoreFocus(focusedAction);
  const open = cards.find((card) => !card.hidden);
  if (open) observeSize(open);
  else sizes?.disconnect();
}

/** The focused control's action and finding, to find its replacement after a re-render. */
function describeFocus(element: HTMLElement): string | undefined {
  const item = element.closest<HTMLElement>('.finding');
  const where = `.panel:not([hidden]) ${item ? `.finding[data-rule="${item.dataset.rule}"][data-code="${item.dataset.code}"] ` : ''}`;
  const action = element.dataset.action;
  return action ? `${where}[data-action="${action}"]` : element.classList.contains('close') ? `${where}button.close` : undefined;
}
function restoreFocus(selector: string): void {
  try {
    document.querySelector<HTMLElement>(selector)?.focus();
  } catch {
    // A rule or code with characters a selector cannot hold: focus stays where the browser puts it.
  }
}

let sizes: ResizeObserver | undefined;
function observeSize(panel: HTMLElement): void {
  sizes?.disconnect();
  const field = panel.dataset.field ?? '';
  sizes = new ResizeObserver(() => post({ type: 'size', field, height: Math.ceil(panel.getBoundingClientRect().height) }));
  sizes.observe(panel);
}

// Esc closes the findings and gives focus back to the badge; Tab from the last action goes on to
// what follows the field in the page (the content script knows it), Shift+Tab from the first back
// to the badge, as before the frame.
addEventListener('keydown', (event) => {
  if (!event.isTrusted || !view) return;
  if (event.key === 'Escape') {
    post({ type: 'close' });
    return;
  }
  if (event.key !== 'Tab' || event.altKey || event.ctrlKey || event.metaKey) return;
  const actions = [...document.querySelectorAll('.panel:not([hidden]) button')];
  if (event.target !== (event.shiftKey ? actions[0] : actions.at(-1))) return;
  event.preventDefault();
  post({ type: event.shiftKey ? 'tab-back' : 'tab-out' });
});
addEventListener('blur', () => post({ type: 'blur' }));
