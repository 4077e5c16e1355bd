import { describe, expect, it } from 'vitest';
import { positionOf, readEditable } from './read-editable';

function editor(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  return root;
}

describe('readEditable', () => {
  it('puts paragraphs, list items and <br> on their own lines and skips editor filler', () => {
    const read = readEditable(
      editor(
        '<p>Neck pain.</p><p><br></p><ul><li>C5-6</li><li>C6-7</li></ul><p>Left<br>arm</p><p>end<br></p>',
      ),
    );
    expect(read.text).toBe('Neck pain.\n\nC5-6\nC6-7\nLeft\narm\nend');
  });

  it('joins table cells with a tab and rows with a line break', () => {
    expect(
      readEditable(
        editor(
          '<table><tr><td>Level</td><td>Finding</td></tr><tr><td>C5-6</td><td>stenosis</td></tr></table>',
        ),
      ).text,
    ).toBe('Level\tFinding\nC5-6\tstenosis');
  });

  it('ignores source indentation, scripts and styles', () => {
    expect(
      readEditable(editor('\n  <p>A</p>\n  <style>p{}</style><script>x()</script>\n  <p>B</p>\n')).text,
    ).toBe('A\nB');
  });

  it('maps text offsets back to the text node and offset they came from', () => {
    const root = editor('<p>Neck pain.</p><p>moderate <b>foraminal</b> stenosis</p>');
    const read = readEditable(root);
    const start = read.text.indexOf('foraminal');
    const a = positionOf(read, start)!;
    const b = positionOf(read, start + 'foraminal stenosis'.length, true)!;
    expect(a.node.data.slice(a.offset)).toBe('foraminal');
    expect(b.node.data.slice(0, b.offset)).toBe(' stenosis');
  });
});
