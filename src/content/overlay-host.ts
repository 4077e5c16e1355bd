/**
 * ChartLint's only element in the page: a host attached to <html> (not inside the EHR's own
 * markup, which frameworks re-render) with a closed shadow root, so page CSS cannot restyle it, our
 * CSS cannot leak out, and page scripts cannot read it: the badge shows note excerpts (evidence),
 * possibly from other frames of the same origin, and `host.shadowRoot` is null for them (issue 15).
 * Only this module's caller holds the root, in the content script's isolated world. Automation
 * finds the host by [data-chartlint] and reads inside it through the extension's own world (tests:
 * test/e2e/sealed-overlay.ts).
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
.sev { vertical-align: -2px; margin-right: 4px; }
.suggestion { display: inline-flex; align-items: center; gap: 4px; }
.dismiss { margin-left: auto; }
.panel, .panel[popover] {
  position: fixed; top: 0; left: 0; z-index: 2147483647; width: 360px; max-width: calc(100vw - 16px);
  max-height: min(420px, calc(100vh - 16px)); overflow: auto;
  font: 13px/1.4 system-ui, sans-serif; color: #1b2430; background: #fff;
  border: 1px solid #c4ccd8; border-radius: 8px; box-shadow: 0 6px 24px rgb(0 0 0 / 18%); padding: 10px 12px;
}
.panel[hidden] { display: none; }
.panel .head { display: flex; align-items: center; justify-content: space-between; gap: 8px; margin-bottom: 6px; }
.panel h2 { font-size: 13px; margin: 0; font-weight: 700; }
.panel ul { list-style: none; margin: 0; padding: 0; display: grid; gap: 8px; }
.finding { border-left: 4px solid #8fb0e6; padding: 4px 0 4px 8px; }
.finding[data-severity="error"] { border-color: #c62828; }
.finding[data-severity="warning"] { border-color: #c77700; }
.finding[data-severity="error"] .sev { color: #b71c1c; }
.finding[data-severity="warning"] .sev { color: #8a5200; }
.finding[data-severity="info"] .sev { color: #1d3a7a; }
.message { margin: 0; }
.evidence { margin: 4px 0 0; padding: 2px 6px; background: #f4f6f9; border-radius: 4px; font-style: italic; color: #3a4656; }
.row { display: flex; flex-wrap: wrap; align-items: center; gap: 6px; margin-top: 4px; }
code { font: 600 12px/1.2 ui-monospace, monospace; background: #eef2f7; padding: 1px 4px; border-radius: 3px; }
button.small {
  font: 12px/1.2 system-ui, sans-serif; padding: 2px 8px; border-radius: 4px; cursor: pointer;
  border: 1px solid #b5c2d3; background: #f8fafc; color: #1b2430;
}
button.small:focus-visible, button.close:focus-visible { outline: 2px solid #1a56db; outline-offset: 1px; }
button.close { border: 0; background: transparent; font-size: 16px; line-height: 1; cursor: pointer; color: #4a5668; padding: 2px 4px; }
.empty, .dismissed { color: #4a5668; margin: 0; }
.release { color: #4a5668; margin: 0 0 4px; font-size: 0.85em; }
.release-warning { color: #5c3900; background: #fff4e5; border-left: 3px solid #b26a00; padding: 2px 6px; }
/* The actions stay in view while many findings scroll: the footer sticks to the panel's bottom. */
.foot {
  display: flex; justify-content: space-between; align-items: center; gap: 8px; margin: 8px -12px -10px;
  padding: 8px 12px 10px; position: sticky; bottom: -10px; background: inherit; border-top: 1px solid #e1e6ee;
}
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media (prefers-color-scheme: dark) {
  /* Same selectors as the light rule: a lower specificity here left the panel white (issue 14). */
  .panel, .panel[popover] { background: #1d232c; color: #e6ebf2; border-color: #3a4656; }
  .foot { border-top-color: #3a4656; }
  .finding[data-severity="error"] .sev { color: #ff8a80; }
  .finding[data-severity="warning"] .sev { color: #ffc46b; }
  .finding[data-severity="info"] .sev { color: #9cbcf0; }
  .evidence { background: #2a323d; color: #cfd8e3; }
  code { background: #2a323d; }
  button.small { background: #2a323d; color: #e6ebf2; border-color: #4a5668; }
  /* The release line too: its light-mode grey was 2:1 on the dark card. */
  button.close, .empty, .dismissed, .release { color: #b8c2cf; }
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
