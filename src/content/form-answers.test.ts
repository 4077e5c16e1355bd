import { beforeEach, describe, expect, it } from 'vitest';
import { findFields } from './find-fields';
import { readEditable } from './read-editable';
import { readField } from './read-field';

/** The text read from the page's note field. */
function noteText(): string {
  const note = findFields(document).find((f) => f.kind === 'note');
  if (!note) throw new Error('no note field');
  return readField(note).text;
}

function choose(id: string, label: string): void {
  const select = document.getElementById(id) as HTMLSelectElement;
  for (const option of select.options) option.selected = option.text === label;
}

describe('a form control inside a note reads as its answer, in place', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('reads a pick-list by its chosen option, never the options not chosen', () => {
    document.body.innerHTML = `<div contenteditable="true" aria-label="Progress note">
      <div>Myelopathy signs: <select id="a"><option>***</option><option>none</option><option>Hoffmann positive, gait unsteady</option></select></div>
      <div>Straight leg raise: <select id="b"><option>***</option><option>positive on the right at 40 degrees</option><option>negative</option></select> bilaterally.</div></div>`;
    choose('a', 'none');
    choose('b', 'negative');
    const text = noteText();
    expect(text).toBe('Myelopathy signs: none\nStraight leg raise: negative bilaterally.');
    expect(text).not.toMatch(/Hoffmann|positive/);
    choose('a', 'Hoffmann positive, gait unsteady');
    expect(noteText()).toContain('Myelopathy signs: Hoffmann positive, gait unsteady');
  });

  it('reads a listbox drawn in the note by its selected item only', () => {
    document.body.innerHTML = `<div contenteditable="true" aria-label="Visit note"><p>Gait: <span role="listbox" aria-label="Gait"><span role="option" aria-selected="false">antalgic</span><span role="option" aria-selected="true">normal</span><span role="option" aria-selected="false">wide-based</span></span>.</p></div>`;
    expect(noteText()).toBe('Gait: normal.');
  });

  it('reads boxes as ticked or unticked marks and a blank by what was typed in it', () => {
    document.body.innerHTML = `<div contenteditable="true" aria-label="Clinical note">
      <p>Radicular symptoms: <label><input type="checkbox" id="y"> yes</label> <label><input type="checkbox" id="n" checked> no</label></p>
      <p>Laterality: <span role="radio" aria-checked="true">left</span> <span role="radio" aria-checked="false">right</span></p>
      <p>Pain score <input type="text" value="6">/10, onset <input type="text" value="">.</p></div>`;
    expect(noteText()).toBe(
      'Radicular symptoms: [ ] yes [x] no\nLaterality: [x] left [ ] right\nPain score 6 /10, onset .',
    );
  });

  it('leaves a diagnosis list’s row controls out, as before', () => {
    const list = document.createElement('ul');
    list.innerHTML =
      '<li><input type="checkbox" checked> M51.16 <select><option selected>Active</option><option>Resolved</option></select></li>';
    expect(readEditable(list).text.trim()).toBe('M51.16');
  });
});
