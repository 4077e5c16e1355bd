import { describe, expect, it } from 'vitest';
import { findFields } from './find-fields';

// QA pages stop 54: a note with no label the page shows was named in the side panel by its id
// ("qe"). It is named by what a person sees near it, else not at all (the panel says "Clinical
// note" in the user's language). Pages of our own.
const noteLabels = () =>
  findFields(document)
    .filter((f) => f.kind === 'note')
    .map((f) => f.label);

describe('a note is never named by its id or name attribute', () => {
  it('names an unlabelled editor by the heading in the card header box before it', () => {
    document.body.innerHTML = `<div class="card"><div class="card-top"><span class="ttl"><h4>Daily treatment note</h4></span><span class="saved">Saved</span></div>
      <div class="card-body"><div class="wrap"><div id="qe" contenteditable="true"><p>Neck stiff after sleeping wrong.</p></div></div></div></div>`;
    expect(noteLabels()).toEqual(['Daily treatment note']);
  });

  it("takes the editor's placeholder when nothing else names it, never a library's boilerplate", () => {
    document.body.innerHTML = `<div><textarea id="qe" name="txt_2" placeholder="Chart today's visit here"></textarea></div>`;
    expect(noteLabels()).toEqual(["Chart today's visit here"]);
    document.body.innerHTML = `<div><div id="qe" contenteditable="true" data-placeholder="Rich Text Editor, main">Pain 4/10.</div></div>`;
    expect(noteLabels()).toEqual(['']);
  });

  it('gives no name at all to a note with only an id or a name attribute', () => {
    document.body.innerHTML = `<div class="x"><div class="y"><textarea id="qe" name="f19">Low back pain, better.</textarea></div></div>`;
    expect(noteLabels()).toEqual(['']);
    document.body.innerHTML = `<div class="x"><div id="r7" data-report>MRI: mild disc bulge at L4-5.</div></div>`;
    expect(noteLabels()).toEqual(['Report']);
  });

  it('still names a note by its own label or aria-label first', () => {
    document.body.innerHTML = `<h3>Chart</h3><label for="qe">Progress note</label><textarea id="qe"></textarea><div id="q2" contenteditable="true" aria-label="Addendum"></div>`;
    expect(noteLabels()).toEqual(['Progress note', 'Addendum']);
  });
});
