/**
 * ChartLint's only element in the page: a host attached to <html> (not inside the EHR's own
 * markup, which frameworks re-render) with a closed shadow root, so page CSS cannot restyle it, our
 * CSS cannot leak out, and page scripts cannot read it: the badge shows note excerpts (evidence),
 * possibly from other frames of the same origin, and `host.shadowRoot` is null for them (issue 15).
 * Only this module's caller holds the root, in the content script's isolated world. The open
 * findings are not in this root's text at all: they are drawn in an extension-origin frame inside
 * it (src/ui/hint), because Chromium's window.find() searches closed roots too. Automation finds
 * the host by [data-chartlint] and reads inside it, and inside the frame, through the extension's
 * own worlds (tests: test/e2e/sealed-overlay.ts).
 */
const STYLE = `
:host { all: initial; }
/* Not selectable: in Chromium a page script can window.find() a word of ours, then extend the
   selection (Selection.modify) over the closed root and read every finding with toString() (issue 15).
   Suggested codes have copy buttons; the side panel's text stays selectable. */
* { box-sizing: border-box; user-select: none; }
.anchor { position: fixed; top: 0; left: 0; z-index: 2147483646; }
/* Popover UA styles (centred, bordered, padded) would move and frame our elements: undo them. */
[popover] { inset: 0 auto auto 0; margin: 0; overflow: visible; }
.anchor[popover] { border: 0; padding: 0; background: transparent; width: auto; height: auto; }
.anchor[data-hidden] { visibility: hidden; }
.badge { display: inline-block; }
.badge-button {
  display: inline-flex; align-items: center; gap: 3px; margin: 0;
  font: 700 11px/1 system-ui, sans-serif; padding: 3px 6px; border-radius: 999px;
  background: #eef2f7; color: #34465e; border: 1px solid #b5c2d3; box-shadow: 0 1px 2px rgb(0 0 0 / 15%);
  cursor: pointer; white-space: nowrap;
}
.badge-button:focus-visible { outline: 2px solid #1a56db; outline-offset: 1px; }
.badge[data-severity="error"] .badge-button { background: #fdecec; color: #8a1111; border-color: #d98a8a; }
.badge[data-severity="warning"] .badge-button { background: #fff5e0; color: #6b4100; border-color: #d9ad5c; }
.badge[data-severity="info"] .badge-button { background: #e8f1ff; color: #1d3a7a; border-color: #8fb0e6; }
.icon { flex: none; }
/* The findings' card: the frame inside (src/ui/hint) draws the findings, sized to them by the
   content script up to the card's maximum height, and scrolls past it with its actions in view. */
.card, .card[popover] {
  position: fixed; top: 0; left: 0; z-index: 2147483647; width: 360px; max-width: calc(100vw - 16px);
  overflow: hidden; padding: 0; background: #fff;
  border: 1px solid #c4ccd8; border-radius: 8px; box-shadow: 0 6px 24px rgb(0 0 0 / 18%);
}
.card[hidden] { display: none; }
.hint-frame {
  display: block; width: 100%; height: 120px; max-height: calc(min(420px, 100vh - 16px) - 2px); border: 0;
  background: transparent; color-scheme: normal;
}
@media (prefers-color-scheme: dark) {
  /* Same selectors as the light rule: a lower specificity here left the panel white (issue 14). */
  .card, .card[popover] { background: #1d232c; border-color: #3a4656; }
}
`;

export type OverlayHost = { host: HTMLElement; root: ShadowRoot; remove: () => void };

/**
 * A page may define `chartlint-overlay` as its own custom element before we create ours. Its
 * constructor would then run on our host, and a root attached to a custom element is "available to
 * element internals": `attachInternals().shadowRoot` returns it even when closed. So a name the
 * page has defined (the element matches :defined at once) is not used; a plain <div>, which a page
 * can never turn into a custom element after its creation, hosts the overlay instead.
 */
function createHostElement(doc: Document): HTMLElement {
  const host = doc.createElement('chartlint-overlay');
  // Chrome's isolated worlds have no `customElements` (null); where there is one, ask it too.
  const registry = (doc.defaultView as { customElements?: CustomElementRegistry | null } | null)?.customElements;
  const defined = host.matches(':defined') || registry?.get('chartlint-overlay') !== undefined;
  return defined ? doc.createElement('div') : host;
}

export function createOverlayHost(doc: Document = document): OverlayHost {
  const host = createHostElement(doc);
  host.setAttribute('data-chartlint', '');
  // Out of the page's layout: zero-sized, its children are position:fixed.
  host.style.cssText =
    'position:absolute !important;top:0 !important;left:0 !important;width:0 !important;height:0 !important;overflow:visible !important;display:block !important;z-index:2147483646 !important;';
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = STYLE;
  root.append(style);
  doc.documentElement.append(host);
  return { host, root, remove: () => host.remove() };
}
