import type { OverlayHost } from './overlay-host';

/**
 * Puts text on the clipboard, never into the page. navigator.clipboard exists only in secure
 * contexts; intranet EHRs on plain http get the older copy command, run on a scratch textarea
 * inside our own shadow root (the click that asked for it is the user gesture it needs).
 */
export async function copyText(text: string, overlay: OverlayHost | undefined): Promise<void> {
  if (window.isSecureContext && 'clipboard' in navigator) return navigator.clipboard.writeText(text);
  if (!overlay) throw new Error('nothing to copy from');
  const scratch = document.createElement('textarea');
  scratch.value = text;
  scratch.setAttribute('aria-hidden', 'true');
  scratch.style.cssText = 'position:fixed;opacity:0;pointer-events:none;';
  const previous = overlay.root.activeElement;
  overlay.root.append(scratch);
  scratch.focus({ preventScroll: true });
  scratch.select();
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- the only clipboard write outside secure contexts
  const copied = document.execCommand('copy');
  scratch.remove();
  if (previous instanceof HTMLElement) previous.focus({ preventScroll: true });
  if (!copied) throw new Error('copy refused');
}
