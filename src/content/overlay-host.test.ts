import { afterEach, describe, expect, it } from 'vitest';
import { createOverlayHost } from './overlay-host';

describe('createOverlayHost', () => {
  afterEach(() => {
    for (const host of document.querySelectorAll('[data-chartlint]')) host.remove();
  });

  it('attaches a closed shadow root: the page reads null through host.shadowRoot', () => {
    const overlay = createOverlayHost();
    expect(overlay.host.localName).toBe('chartlint-overlay');
    expect(overlay.root.mode).toBe('closed');
    expect(overlay.host.shadowRoot).toBeNull();
    expect(overlay.root.querySelector('style')?.textContent).toContain('user-select: none');
  });

  it('does not use the name when the page defined chartlint-overlay itself (ElementInternals would see the root)', () => {
    let constructed = 0;
    customElements.define(
      'chartlint-overlay',
      class extends HTMLElement {
        constructor() {
          super();
          constructed++;
        }
      },
    );
    const overlay = createOverlayHost();
    expect(constructed).toBe(1); // the page's constructor did run on the element we discarded
    expect(overlay.host.localName).toBe('div');
    expect(overlay.host.hasAttribute('data-chartlint')).toBe(true);
    expect(overlay.root.mode).toBe('closed');
    expect(overlay.host.shadowRoot).toBeNull();
  });
});
