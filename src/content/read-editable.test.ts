import fc from 'fast-check';
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

  it('keeps the line breaks of preformatted text, each character at its offset', () => {
    const pre = document.createElement('pre');
    pre.textContent = 'S: Neck pain.\nO: C5-C6 subluxation.';
    const read = readEditable(pre);
    expect(read.text).toBe('S: Neck pain.\nO: C5-C6 subluxation.');
    expect(read.pieces).toEqual([expect.objectContaining({ start: 0, length: read.text.length, offset: 0 })]);
    const div = document.createElement('div');
    div.textContent = 'a\nb';
    expect(readEditable(div).text).toBe('a b');
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

describe('readEditable: characters that draw nothing', () => {
  const INVISIBLE = ['\u00AD', '\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\u2060', '\uFEFF'];
  const visible = fc.constantFrom('M99.03', 'lumbar', 'L4-L5', ' ', ',', 'stenosis', '\u00A0', 'a');
  const drawn = fc.array(fc.oneof(visible, visible, fc.constantFrom(...INVISIBLE)), { maxLength: 12 });
  const spans = fc.array(drawn, { minLength: 1, maxLength: 4 });

  const page = (runs: string[][], keep: (s: string) => boolean) =>
    editor(`<p>${runs.map((run) => `<span>${run.filter(keep).join('')}</span>`).join('')}</p>`);

  it('reads a note as it reads the same note without soft hyphens and zero-width characters, however it is split into spans', () => {
    fc.assert(
      fc.property(spans, (runs) => {
        const withThem = readEditable(page(runs, () => true)).text;
        expect(withThem).toBe(readEditable(page(runs, (s) => !INVISIBLE.includes(s))).text);
      }),
    );
  });

  it('maps each character read back to that same character in the page', () => {
    fc.assert(
      fc.property(spans, (runs) => {
        const read = readEditable(page(runs, () => true));
        for (let at = 0; at < read.text.length; at++) {
          const where = positionOf(read, at)!;
          expect(where.node.data[where.offset]).toBe(read.text[at]);
        }
      }),
    );
  });

  it('reads "M99.\u200B03" as the code it shows and "lum\u00ADbar" as lumbar', () => {
    expect(readEditable(editor('<p>Seg&shy;mental, lum&shy;bar. M99.&#x200B;03<span>&#xFEFF;</span></p>')).text).toBe(
      'Segmental, lumbar. M99.03',
    );
  });
});

describe('readEditable: ARIA grid cells', () => {
  it('separates a grid’s cells by a tab whatever their tag', () => {
    expect(
      readEditable(editor('<div role="row"><span role="gridcell">M54.16</span><span role="gridcell">Radiculopathy</span></div>')).text,
    ).toBe('M54.16\tRadiculopathy');
  });
});

describe('readEditable: an editor placeholder drawn inside the editable', () => {
  const note = (inner: string) => editor(`<div contenteditable="true">${inner}</div>`);

  it('leaves out a placeholder island the user cannot edit (Slate, Plate, a hand-built editor)', () => {
    const shapes = [
      '<p><span data-slate-placeholder="true" contenteditable="false">e.g. M54.16 lumbar radiculopathy, L5</span><span data-slate-zero-width="n">\uFEFF<br></span></p>',
      '<p><span class="editor-placeholder" contenteditable="false">Type the note: e.g. M48.062</span></p>',
      '<p><span class="placeholder" aria-hidden="true">M99.03 lumbar subluxation</span></p>',
    ];
    for (const shape of shapes) expect(readEditable(note(shape)).text).not.toMatch(/M\d\d/);
  });

  it('still reads what the user typed beside it, and islands that are not placeholders', () => {
    const typed = readEditable(note('<p><span data-slate-placeholder="true" contenteditable="false">Start typing…</span></p><p>Lumbar stenosis at L4-5.</p>'));
    expect(typed.text).toBe('Lumbar stenosis at L4-5.');
    // A template field or a mention chip is the note's text, editable or not.
    expect(readEditable(note('<p>Dx: <span contenteditable="false" class="smartlink">M48.062</span></p>')).text).toBe('Dx: M48.062');
    // A class that only starts with the word ("placeholder-filled") is a field the user filled in.
    expect(readEditable(note('<p><span class="placeholder-filled" contenteditable="false">L4-5 stenosis</span></p>')).text).toBe('L4-5 stenosis');
    // An editable element with a hint attribute (TipTap's empty paragraph) is not an island.
    expect(readEditable(note('<p data-placeholder="Write…">C5-6 narrowing</p>')).text).toBe('C5-6 narrowing');
  });
});
