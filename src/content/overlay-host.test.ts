import { Window } from 'happy-dom';
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

  it('does not use the name when the page defined chartlint-overlay itself (ElementInternals would see the root)', async () => {
    // A window of its own: a custom element cannot be undefined, and the DOM tests share one
    // window per worker (vitest.config.ts), so defining the name in it made every overlay host
    // created after this test, in this file or a later one, a <div> (the test above failed when
    // the tests ran in another order).
    const page = new Window();
    let constructed = 0;
    page.customElements.define(
      'chartlint-overlay',
      class extends page.HTMLElement {
        constructor() {
          super();
          constructed++;
        }
      },
    );
    const overlay = createOverlayHost(page.document as unknown as Document);
    expect(constructed).toBe(1); // the page's constructor did run on the element we discarded
    expect(overlay.host.localName).toBe('div');
    expect(overlay.host.hasAttribute('data-chartlint')).toBe(true);
    expect(overlay.root.mode).toBe('closed');
    expect(overlay.host.shadowRoot).toBeNull();
    await page.happyDOM.close();
  });
});
