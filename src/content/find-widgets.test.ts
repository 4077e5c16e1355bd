import { beforeEach, describe, expect, it } from 'vitest';
import { findFields } from './find-fields';
import { readField } from './read-field';

const kinds = () =>
  findFields(document).map((c) => `${c.kind}:${c.element.id || c.element.tagName.toLowerCase()}`);

describe('widgets of EHR forms (issue 14)', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('recognises a field by its bare "Code" label and by its section, whatever it holds now', () => {
    document.body.innerHTML = `
      <label for="a">Code</label><input id="a">
      <label for="z">ZIP code</label><input id="z">
      <fieldset><legend>Condition</legend><label for="b">Search</label><input id="b" value="stenosis"></fieldset>
      <section aria-label="Vitals"><label for="c">Pulse</label><input id="c"></section>`;
    expect(kinds()).toEqual(['diagnosis:a', 'diagnosis:b']);
  });

  it('reads a one-line annotation as a note (named so, or in a note section)', () => {
    document.body.innerHTML = `
      <label for="a">Annotation</label><input id="a">
      <fieldset><legend>Note</legend><label for="b">Text</label><input id="b"></fieldset>`;
    expect(kinds()).toEqual(['note:a', 'note:b']);
  });

  it('reads a chips row left without its input, one chip per line, each a title candidate', () => {
    document.body.innerHTML = `
      <div class="field"><span id="l">Diagnoses</span>
        <div id="chips" role="list" aria-labelledby="l">
          <span role="listitem">Osseous and subluxation stenosis of intervertebral foramina of head region <button aria-label="Remove">×</button></span>
          <span role="listitem">Low back pain, unspecified <button>×</button></span>
        </div></div>`;
    const [field] = findFields(document);
    expect(field?.kind).toBe('diagnosis');
    const read = readField(field!);
    expect(read.text.split('\n')).toEqual([
      'Osseous and subluxation stenosis of intervertebral foramina of head region',
      'Low back pain, unspecified',
    ]);
    expect(read.titles).toContain('Low back pain, unspecified');
  });

  it('reads a problem table by its caption', () => {
    document.body.innerHTML = `<table id="t"><caption>Problem list</caption>
      <tr><td>M99.61</td><td>Active</td></tr><tr><td>Low back pain, unspecified</td><td>Resolved</td></tr></table>`;
    const [field] = findFields(document);
    expect(field?.kind).toBe('diagnosis');
    const read = readField(field!);
    expect(read.text).toContain('M99.61');
    expect(read.titles).toContain('Low back pain, unspecified');
  });

  it('skips an editor’s hidden source textarea when the visible editor is beside it', () => {
    document.body.innerHTML = `<div><textarea id="src" style="display:none">&lt;p&gt;old&lt;/p&gt;</textarea>
      <div id="ed" contenteditable="true"><p>new</p></div></div>`;
    expect(kinds()).toEqual(['note:ed']);
  });

  it('reads a hidden HTML textarea with no editor as text, never as markup', () => {
    document.body.innerHTML = `<div><textarea id="src" hidden>&lt;p&gt;Subjective&lt;/p&gt;&lt;h3&gt;Objective&lt;/h3&gt;&lt;p&gt;stenosis&lt;/p&gt;</textarea></div>`;
    const [field] = findFields(document);
    const read = readField(field!);
    expect(read.text).toBe('Subjective\nObjective\nstenosis');
    expect(read.text).not.toContain('<');
  });
});

describe('pinned selectors on unknown widgets', () => {
  it('reads a pinned tags box as a list of its chips (the chips reading mode)', () => {
    document.body.innerHTML = `<div id="tags"><span class="tag">M99.61</span><span class="tag">Low back pain, unspecified</span></div>`;
    const [field] = findFields(document, { diagnosis: ['#tags'] });
    const read = readField(field!);
    expect(read.text.split('\n')).toEqual(['M99.61', 'Low back pain, unspecified']);
    expect(read.titles).toContain('Low back pain, unspecified');
  });
});
