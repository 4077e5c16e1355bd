/**
 * ChartLint's only element in the page: a host attached to <html> (not inside the EHR's own
 * markup, which frameworks re-render) with an open shadow root, so page CSS cannot restyle it and
 * our CSS cannot leak out. Automation finds it by [data-chartlint].
 */
const STYLE = `
:host { all: initial; }
.marker {
  position: fixed; z-index: 2147483646; display: inline-flex; align-items: center; gap: 4px;
  font: 600 12px/1.2 system-ui, sans-serif; padding: 2px 7px; border-radius: 999px;
  background: #eef4ff; color: #1d3a7a; border: 1px solid #9db4e6; box-shadow: 0 1px 2px rgb(0 0 0 / 15%);
  pointer-events: auto; cursor: default; white-space: nowrap;
}
.marker[data-severity="error"] { background: #fdecec; color: #8a1111; border-color: #e6a1a1; }
.marker[data-severity="warning"] { background: #fff5e0; color: #7a4b00; border-color: #e8c27a; }
.marker .dot { width: 8px; height: 8px; border-radius: 50%; background: currentColor; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
`;

export type OverlayHost = { host: HTMLElement; root: ShadowRoot; remove: () => void };

export function createOverlayHost(doc: Document = document): OverlayHost {
  const host = doc.createElement('chartlint-overlay');
  host.setAttribute('data-chartlint', '');
  // Keep the host out of the page's layout and accessibility tree until it has something to say.
  host.style.cssText = 'position:absolute;top:0;left:0;width:0;height:0;overflow:visible;z-index:2147483646;';
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = STYLE;
  root.append(style);
  doc.documentElement.append(host);
  return { host, root, remove: () => host.remove() };
}
