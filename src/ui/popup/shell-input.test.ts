import { describe, expect, it } from 'vitest';
import { restoreCaret, typedInShell } from './shell-input';

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
