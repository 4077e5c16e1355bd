import { describe, expect, it } from 'vitest';
import { handOverFocus, restoreCaret, shellHasFocus, typedInShell } from './shell-input';

function shell(value: string, caret?: [number, number]): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = '<input type="text" data-shell />';
  document.body.append(root);
  const box = root.querySelector('input')!;
  box.value = value;
  if (caret) box.setSelectionRange(caret[0], caret[1]);
  return root;
}

describe('typedInShell', () => {
  it('reads what was typed before the app loaded, with its caret', () => {
    expect(typedInShell(shell('m99.6', [2, 4]))).toEqual({ value: 'm99.6', start: 2, end: 4 });
  });

  it('is undefined when nothing was typed or there is no shell box', () => {
    expect(typedInShell(shell(''))).toBeUndefined();
    expect(typedInShell(document.createElement('div'))).toBeUndefined();
  });
});

describe('restoreCaret', () => {
  it('focuses the app box and puts the caret where it was', () => {
    const app = shell('m99.6').querySelector('input')!;
    restoreCaret(app, { value: 'm99.6', start: 3, end: 3 });
    expect(document.activeElement).toBe(app);
    expect([app.selectionStart, app.selectionEnd]).toEqual([3, 3]);
  });

  it('leaves a box alone whose text is not what was typed', () => {
    const app = shell('other').querySelector('input')!;
    app.setSelectionRange(0, 0);
    restoreCaret(app, { value: 'm99.6', start: 3, end: 3 });
    expect([app.selectionStart, app.selectionEnd]).toEqual([0, 0]);
  });
});

describe('handOverFocus', () => {
  function app(value: string): HTMLInputElement {
    const root = document.createElement('div');
    root.innerHTML = '<input type="text" />';
    document.body.append(root);
    const box = root.querySelector('input')!;
    box.value = value;
    return box;
  }

  it('moves the focus at once when the shell had it, even with nothing typed yet', () => {
    const box = app('');
    (document.activeElement as HTMLElement | null)?.blur();
    handOverFocus(box, undefined, true);
    expect(document.activeElement).toBe(box);
  });

  it('selects a query restored from the session, so the first key replaces it', () => {
    const box = app('m99.61');
    handOverFocus(box, undefined, true);
    expect(document.activeElement).toBe(box);
    expect([box.selectionStart, box.selectionEnd]).toEqual([0, 6]);
  });

  it('keeps what was typed with its caret', () => {
    const box = app('fora');
    handOverFocus(box, { value: 'fora', start: 4, end: 4 }, true);
    expect(document.activeElement).toBe(box);
    expect([box.selectionStart, box.selectionEnd]).toEqual([4, 4]);
  });

  it('leaves the focus where the user put it when the shell did not have it', () => {
    const other = app('');
    other.focus();
    handOverFocus(app(''), undefined, false);
    expect(document.activeElement).toBe(other);
  });
});

describe('shellHasFocus', () => {
  it('is true only while the shell box holds the focus', () => {
    const root = shell('');
    expect(shellHasFocus(root)).toBe(false);
    root.querySelector('input')!.focus();
    expect(shellHasFocus(root)).toBe(true);
    expect(shellHasFocus(document.createElement('div'))).toBe(false);
  });
});
