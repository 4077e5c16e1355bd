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

/** Whether the shell's search box holds the keyboard focus (it has it from autofocus until the user moves it). */
export function shellHasFocus(root: ParentNode): boolean {
  const box = root.querySelector('input[data-shell]');
  return box !== null && box === box.ownerDocument.activeElement;
}

/**
 * Hands the keyboard from the shell's box to the app's, in the task that replaced the shell. The
 * app also focuses its box on mount, but in an effect that runs a frame later: a key pressed in
 * between went to the page body and was lost (seen in the popup-shell e2e test at stop 52). So the
 * focus moves at once when the shell had it: with what was typed and its caret, or else with a
 * query restored from the session selected, so the first key replaces it as it would once the app's
 * own effect has selected it.
 */
export function handOverFocus(
  box: HTMLInputElement | null,
  typed: ShellTyping | undefined,
  shellFocused: boolean,
): void {
  if (!box) return;
  if (typed) return restoreCaret(box, typed);
  if (!shellFocused) return;
  box.focus();
  if (box.value !== '') box.select();
}
