/**
 * An element's shadow root, open or closed, as far as the browser lets an extension see it. The
 * page's own script cannot reach a closed root without a reference, but an extension's content
 * script can: Chromium through `chrome.dom.openOrClosedShadowRoot(element)`, Firefox through
 * `element.openOrClosedShadowRoot` (content scripts only). Elsewhere (a browser with neither, a
 * page script, unit tests) only open roots, as `element.shadowRoot` gives them.
 */
type ChromeDom = { openOrClosedShadowRoot?: (element: HTMLElement) => ShadowRoot | null };

const chromeDom = (globalThis as { chrome?: { dom?: ChromeDom } }).chrome?.dom;
const readClosed = chromeDom?.openOrClosedShadowRoot?.bind(chromeDom);

/**
 * Only custom elements are asked about closed roots: an app shell or a design-system component
 * is one, and asking the extension API for each of a flowsheet's 5,000 plain elements would cost
 * a binding call each. Open roots (any element) come from `shadowRoot` as before.
 */
export function shadowRootOf(element: Element): ShadowRoot | null {
  const open = element.shadowRoot;
  if (open || !element.localName.includes('-')) return open;
  const firefox = (element as { openOrClosedShadowRoot?: ShadowRoot | null }).openOrClosedShadowRoot;
  if (firefox !== undefined) return firefox ?? null;
  if (!readClosed) return null;
  try {
    return readClosed(element as HTMLElement) ?? null;
  } catch {
    return null; // an element of another realm, or an API the browser withdrew
  }
}
