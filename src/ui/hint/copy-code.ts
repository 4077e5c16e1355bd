/**
 * Puts a suggested code on the clipboard from this frame (the content script embeds it with
 * allow="clipboard-write"). Where the async clipboard refuses (an older policy), the copy command
 * on a scratch textarea in this document does it; the click that asked is the user gesture.
 */
export async function copyCode(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    return;
  } catch {
    // Fall through to the copy command.
  }
  const scratch = document.createElement('textarea');
  scratch.value = text;
  scratch.setAttribute('aria-hidden', 'true');
  scratch.style.cssText = 'position:fixed;opacity:0;pointer-events:none;';
  const previous = document.activeElement;
  document.body.append(scratch);
  scratch.select();
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- the fallback where the async clipboard is refused
  const copied = document.execCommand('copy');
  scratch.remove();
  if (previous instanceof HTMLElement) previous.focus({ preventScroll: true });
  if (!copied) throw new Error('copy refused');
}
