import { afterEach, describe, expect, it, vi } from 'vitest';
import { copyText } from './copy-text';
import { createOverlayHost } from './overlay-host';

describe('copyText outside a secure context', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    document.documentElement.querySelector('[data-chartlint]')?.remove();
  });

  it('copies from a scratch textarea inside our shadow root, then removes it and restores focus', async () => {
    vi.stubGlobal('isSecureContext', false);
    const overlay = createOverlayHost();
    const button = document.createElement('button');
    overlay.root.append(button);
    button.focus();
    let copied = '';
    let scratchParent: Node | null = null;
    const execCommand = vi.fn((command: string) => {
      const active = overlay.root.activeElement as HTMLTextAreaElement | null;
      scratchParent = active?.parentNode ?? null;
      copied = command === 'copy' && active ? active.value : '';
      return true;
    });
    Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true });

    await copyText('M99.61', overlay);
    expect(copied).toBe('M99.61');
    expect(scratchParent).toBe(overlay.root);
    expect(overlay.root.querySelector('textarea')).toBeNull();
    expect(overlay.root.activeElement).toBe(button);
    // Nothing was added to the page outside our host.
    expect(document.body.querySelector('textarea')).toBeNull();
  });

  it('reports a refused copy', async () => {
    vi.stubGlobal('isSecureContext', false);
    const overlay = createOverlayHost();
    Object.defineProperty(document, 'execCommand', { value: () => false, configurable: true });
    await expect(copyText('M99.61', overlay)).rejects.toThrow('copy refused');
  });
});
