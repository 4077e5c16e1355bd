/**
 * A rich-text editor's own names and helper nodes are not the page's (editor-parts.ts): stop 49's
 * Quill note was named "Write the note…" (its placeholder) with two extra empty note fields (its
 * paste target and link tooltip), and TinyMCE's "Rich Text Area. Press ALT-0 for help.".
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { findFields } from './find-fields';

const notes = () =>
  findFields(document)
    .filter((f) => f.kind === 'note')
    .map((f) => `${f.element.className || f.element.tagName}: ${f.label}`);

describe('a rich-text editor’s own parts', () => {
  beforeEach(() => {
    document.head.innerHTML = '';
    document.body.innerHTML = '';
  });

  it('names a Quill note by the page’s heading, never by its placeholder; its clipboard and tooltip input are no notes', () => {
    document.head.innerHTML =
      '<style>.ql-tooltip{position:absolute}.ql-hidden{display:none}.ql-clipboard{position:absolute;left:-100000px}</style>';
    document.body.innerHTML = `<h2 id="note-h">Progress note</h2>
      <div class="ql-toolbar ql-snow"><span class="ql-formats"><button type="button" class="ql-bold">B</button></span></div>
      <div id="editor" class="ql-container ql-snow"><div class="ql-editor" contenteditable="true" data-placeholder="Write the note…" role="textbox" aria-multiline="true"><p>MRI lumbar.</p></div>
        <div class="ql-clipboard" contenteditable="true" tabindex="-1"></div>
        <div class="ql-tooltip ql-hidden"><a class="ql-preview"></a><input type="text" data-formula="e=mc^2" data-link="https://quilljs.com" data-video="Embed URL"><a class="ql-action"></a></div></div>`;
    expect(notes()).toEqual(['ql-editor: Progress note']);
  });

  it('names an inline TinyMCE body by the label of the textarea it replaced, never "Rich Text Area…"', () => {
    document.body.innerHTML = `<label for="note">Visit note</label><textarea id="note" style="display:none" aria-hidden="true"></textarea>
      <div class="tox tox-tinymce tox-tinymce-inline"><div class="tox-edit-area"><div id="body" class="mce-content-body" contenteditable="true" aria-label="Rich Text Area. Press ALT-0 for help."><p>Mid back pain.</p></div></div></div>`;
    expect(notes()).toEqual(['mce-content-body: Visit note']);
  });

  it('guards a reading that held: a note the page names with aria-label keeps that name', () => {
    document.body.innerHTML = `<div contenteditable="true" aria-label="Assessment and plan" data-placeholder="Type here"><p>x</p></div>`;
    expect(findFields(document).map((f) => f.label)).toEqual(['Assessment and plan']);
  });
});
