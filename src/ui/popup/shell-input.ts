/**
 * What the user typed into the static shell's search box (index.html) before the app replaced
 * it. The popup opens with the caret in that box, and someone who knows the code types at once:
 * those keys must land in the app's box, not vanish with the shell.
 */
export type ShellTyping = { value: string; start: number; end: number };

/** The shell box's text and caret, or undefined when nothing was typed (or there is no shell). */
export function typedInShell(root: ParentNode): ShellTyping | undefined {
  const box = root.querySelector('input[data-shell]');
  if (!(box instanceof HTMLInputElement) || box.value === '') return undefined;
  const end = box.value.length;
  return { value: box.value, start: box.selectionStart ?? end, end: box.selectionEnd ?? end };
}

/** Puts the caret (or selection) back where it was in the shell, once the app's box holds the text. */
export function restoreCaret(box: HTMLInputElement | null, typed: ShellTyping): void {
  if (!box || box.value !== typed.value) return;
  box.focus();
  box.setSelectionRange(typed.start, typed.end);
}
