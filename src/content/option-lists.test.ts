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

  // Choices.js as it renders a multiple select (stop 49, /tmp/qapages49 q4): the page's select hidden,
  // chips in `.choices__list--multiple`, every item not chosen kept in `.choices__list--dropdown`,
  // hidden by the library's style sheet until the dropdown opens.
  const choices = (open: boolean) => `
    <style>.choices__list--dropdown{visibility:hidden;position:absolute}.choices__list--dropdown.is-active{visibility:visible}</style>
    <div class="panel"><h3><label for="dx">Diagnoses</label></h3>
      <div class="choices" data-type="select-multiple" role="combobox" aria-autocomplete="list" aria-haspopup="true" aria-expanded="${open}" tabindex="-1">
        <div class="choices__inner">
          <select class="choices__input" id="dx" name="dx" multiple hidden tabindex="-1"><option value="M99.01" selected>M99.01 Segmental and somatic dysfunction of cervical region</option><option value="M99.03" selected>M99.03 Segmental and somatic dysfunction of lumbar region</option></select>
          <div class="choices__list choices__list--multiple"><div class="choices__item choices__item--selectable" data-item data-value="M99.01" aria-selected="true">M99.01<button type="button" class="choices__button" aria-label="Remove item: 'M99.01'">Remove item</button></div><div class="choices__item choices__item--selectable" data-item data-value="M99.03" aria-selected="true">M99.03<button type="button" class="choices__button" aria-label="Remove item: 'M99.03'">Remove item</button></div></div>
          <input type="search" class="choices__input choices__input--cloned" role="textbox" aria-autocomplete="list" aria-label="Diagnoses">
        </div>
        <div class="choices__list choices__list--dropdown${open ? ' is-active' : ''}" aria-expanded="${open}"><div class="choices__list" aria-multiselectable="true" role="listbox">
          <div class="choices__item choices__item--choice choices__item--selectable is-highlighted" role="option" aria-selected="true" data-value="M99.02">M99.02 Segmental and somatic dysfunction of thoracic region</div>
          <div class="choices__item choices__item--choice choices__item--selectable" role="option" data-value="M54.2">M54.2 Cervicalgia</div>
          <div class="choices__item choices__item--choice choices__item--selectable" role="option" data-value="M54.50">M54.50 Low back pain, unspecified</div>
        </div></div>
      </div>
      <div class="addbar"><label for="add">Add diagnosis:</label><input id="add"><button type="button">Add</button></div></div>
    <textarea aria-label="SOAP note">note</textarea>`;
  const codesRead = () => diagnosisFields().flatMap((f) => readField(f).text.match(/[A-Z]\d\d\.\d+/g) ?? []);

  it('reads a Choices.js picker by its chips only, once each (its select is its own, an add bar beside it or not): never the items of its closed dropdown', () => {
    document.body.innerHTML = choices(false);
    expect(codesRead()).toEqual(['M99.01', 'M99.03']);
  });

  it('never reads the open dropdown either: its items are matches offered, not chosen', () => {
    document.body.innerHTML = choices(true);
    expect(codesRead()).toEqual(['M99.01', 'M99.03']);
  });

  it('leaves out a combobox box’s listbox of matches and what it hides, keeps a listbox named as the chosen ones', () => {
    document.body.innerHTML = `
      <section><h2>Diagnoses</h2>
        <div id="box" role="combobox" aria-expanded="false" aria-owns="matches"><span class="value">M48.062</span>
          <div id="matches" role="listbox"><div role="option">M48.061 Spinal stenosis, lumbar region without neurogenic claudication</div></div>
          <div style="display:none">M54.5 Low back pain</div>
          <div role="listbox" aria-label="Selected diagnoses"><div role="option">M51.16</div></div>
        </div>
      </section>`;
    const box = diagnosisFields().find((f) => f.element.id === 'box');
    const text = readField(box!).text;
    expect([...new Set(text.match(/[A-Z]\d\d\.\d+/g))]).toEqual(['M48.062', 'M51.16']);
  });
});
