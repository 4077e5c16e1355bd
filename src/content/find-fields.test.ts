import { beforeEach, describe, expect, it } from 'vitest';
import { classifyElement, findFields } from './find-fields';

const kinds = (root: Document | Element = document, options = {}) =>
  findFields(root, options).map((c) => `${c.kind}:${c.element.id || c.element.tagName.toLowerCase()}`);

describe('findFields', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('takes fields labelled with diagnosis words as diagnosis, other multi-line fields as notes', () => {
    document.body.innerHTML = `
      <label for="a">Diagnosis</label><input id="a">
      <input id="b" placeholder="Search ICD-10 code">
      <input id="c" name="problem">
      <input id="d" aria-label="Patient name">
      <textarea id="e"></textarea>
      <div id="f" contenteditable="true"><p>note</p></div>
      <select id="g" name="dx_code"><option value="ICD10:M99.60">Osseous…</option></select>`;
    expect(kinds()).toEqual(['diagnosis:a', 'diagnosis:b', 'diagnosis:c', 'note:e', 'note:f', 'diagnosis:g']);
  });

  it('labels a field as a person reads it, while still classifying by its name and id', () => {
    document.body.innerHTML = `
      <label for="objective">Objective</label><textarea id="objective" name="objective"></textarea>
      <input id="x1" name="dx_code" placeholder="Search code or description">
      <input id="icd">`;
    expect(findFields(document).map((c) => [c.kind, c.label])).toEqual([
      ['note', 'Objective'],
      ['diagnosis', 'Search code or description'],
      ['diagnosis', 'icd'],
    ]);
  });

  it('takes an unlabelled single-line field as diagnosis when its value is a code', () => {
    document.body.innerHTML = `<input id="a" value="M99.60"><input id="b" value="ICD10: m9961"><input id="c" value="120/80">`;
    expect(kinds()).toEqual(['diagnosis:a', 'diagnosis:b']);
  });

  it('skips hidden inputs, aria-hidden editors, dropdown options, nested editables and our own overlay', () => {
    document.body.innerHTML = `
      <input type="hidden" id="h" name="dx" value="M99.60">
      <textarea id="t" aria-hidden="true"></textarea>
      <ul role="listbox"><li role="option"><input id="o" name="dx"></li></ul>
      <div id="outer" contenteditable="true"><div id="inner" contenteditable="true">x</div></div>
      <span data-chartlint><input id="ours" name="dx"></span>`;
    expect(kinds()).toEqual(['note:outer']);
  });

  it('reads report blocks as notes', () => {
    document.body.innerHTML = `<div id="r" class="imaging-report">MRI: C5-6 foraminal stenosis</div><button aria-label="Print report">Print</button>`;
    expect(kinds()).toEqual(['note:r']);
  });

  it('descends into open shadow roots at any depth', () => {
    const outer = document.createElement('div');
    document.body.append(outer);
    const inner = document.createElement('div');
    outer.attachShadow({ mode: 'open' }).append(inner);
    inner.attachShadow({ mode: 'open' }).innerHTML = '<input id="deep" aria-label="Dx">';
    expect(kinds()).toEqual(['diagnosis:deep']);
  });

  it('takes pinned selectors first, and ignores a broken one', () => {
    document.body.innerHTML = `<input id="x" name="freeform"><div id="y" class="soap">text</div>`;
    expect(kinds(document, { diagnosis: ['[[[', '#x'], note: ['.soap'] })).toEqual(['diagnosis:x', 'note:y']);
  });

  it('classifies one element on its own (the incremental path)', () => {
    document.body.innerHTML = `<input id="a" aria-label="Assessment codes"><input id="b" aria-label="Assessment">`;
    expect(classifyElement(document.getElementById('a')!)?.kind).toBe('diagnosis');
    expect(classifyElement(document.getElementById('b')!)).toBeUndefined();
  });
});
