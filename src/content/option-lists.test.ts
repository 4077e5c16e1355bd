import { beforeEach, describe, expect, it } from 'vitest';
import { findFields } from './find-fields';
import { inOptionList } from './option-lists';
import { readField } from './read-field';

const diagnosisFields = () => findFields(document).filter((f) => f.kind === 'diagnosis');

describe('option lists are offers, never entered values', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  const datalistForm = (value: string) => `
    <section><h2>Coding</h2><div class="col">
      <label for="code">Diagnosis</label><input id="code" list="codes" value="${value}">
      <datalist id="codes"><option value="M99.03">Segmental and somatic dysfunction of lumbar region</option><option value="M99.04">Segmental and somatic dysfunction of sacral region</option></datalist>
    </div></section><textarea aria-label="Note">note</textarea>`;

  it('reads an empty input with a datalist as empty: no option, no title to resolve', () => {
    document.body.innerHTML = datalistForm('');
    const [field] = diagnosisFields();
    const read = readField(field!);
    expect(read.text).toBe('');
    expect(read.titles).toEqual([]);
  });

  it('reads only the value typed into an input with a datalist, not its other options', () => {
    document.body.innerHTML = datalistForm('M99.03');
    const read = readField(diagnosisFields()[0]!);
    expect(read.text).toBe('M99.03');
    expect(read.titles).toEqual([]);
  });

  it('leaves out an open suggestion menu drawn inside the widget (jQuery UI appendTo), chips still read', () => {
    document.body.innerHTML = `
      <div class="dx-picker"><label for="q">Diagnosis search</label><input id="q" aria-autocomplete="list" value="">
        <span class="chip">M54.16</span>
        <ul class="ui-menu ui-widget ui-autocomplete"><li class="ui-menu-item"><div class="ui-menu-item-wrapper">M54.17 Radiculopathy, lumbosacral region</div></li></ul>
      </div><textarea aria-label="Note">note</textarea>`;
    const read = readField(diagnosisFields()[0]!);
    expect(read.text.split('\n').filter(Boolean)).toEqual(['M54.16']);
    expect(read.text).not.toContain('M54.17');
  });

  it('never takes a suggestion menu in a diagnosis section for the list of chosen diagnoses', () => {
    document.body.innerHTML = `
      <section><h2>Diagnoses</h2><input aria-label="Add diagnosis">
        <ul class="autocomplete-suggestions"><li>M99.03 Segmental and somatic dysfunction of lumbar region</li></ul>
      </section>`;
    expect(diagnosisFields().map((f) => f.element.tagName)).toEqual(['INPUT']);
  });

  it('inOptionList: a list around the field is its widget, a list beside it is a menu', () => {
    document.body.innerHTML = `<div class="search-suggestions-box" id="box"><input id="f"><ul class="tt-menu"><li id="item">M99.01</li></ul></div>`;
    const field = document.getElementById('f')!;
    expect(inOptionList(document.getElementById('item')!, field)).toBe(true);
    expect(inOptionList(document.getElementById('box')!, field)).toBe(false);
  });
});
