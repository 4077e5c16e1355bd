/**
 * Page patterns from the EHR QA of 2026-12-06, second round (/tmp/pageqa46: PrimeVue, Shoelace,
 * Tom Select, Choices.js, Ant Design, Lexical, Tiptap, Handsontable and Ionic pages), each with the
 * smallest DOM that shows it. e2e: test/e2e/page-second-round.spec.ts.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { findFields } from './find-fields';
import { readField } from './read-field';

const fields = () => findFields(document, {});
const byId = (id: string) => fields().find((c) => c.element.id === id);
const textOf = (id: string) => {
  const candidate = byId(id);
  return candidate ? readField(candidate).text : undefined;
};

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('a token field drawn as one listbox (PrimeVue’s multiple AutoComplete)', () => {
  it('reads the entry as the diagnosis field, with the chips that are options beside it', () => {
    document.body.innerHTML = `
      <div role="region" aria-labelledby="h"><span id="h">Diagnoses</span><div><div class="p-autocomplete">
        <ul role="listbox" aria-orientation="horizontal">
          <li role="option" aria-selected="true" aria-label="M99.01 Segmental and somatic dysfunction of cervical region"><div class="p-chip"><div class="p-chip-label">M99.01 Segmental and somatic dysfunction of cervical region</div></div></li>
          <li role="option" aria-selected="true"><div class="p-chip"><div class="p-chip-label">Segmental and somatic dysfunction of lumbar region</div></div></li>
          <li role="option"><input id="entry" type="text" role="combobox" aria-autocomplete="list" placeholder="Code or term"></li>
        </ul>
        <span role="status" aria-live="polite">No results found</span>
      </div></div></div>`;
    const entry = byId('entry');
    expect(entry?.kind).toBe('diagnosis');
    const reading = readField(entry!);
    expect(reading.text.split('\n').filter(Boolean)).toEqual([
      'M99.01 Segmental and somatic dysfunction of cervical region',
      'Segmental and somatic dysfunction of lumbar region',
    ]);
    expect(reading.titles).toContain('Segmental and somatic dysfunction of lumbar region');
  });

  it('still never reads a popup’s options, nor a search box inside a popup that is no token field', () => {
    document.body.innerHTML = `
      <label for="dx">Diagnosis</label><input id="dx" role="combobox" aria-controls="pop" aria-expanded="true">
      <ul id="pop" role="listbox"><li role="option">M99.60 Head region</li><li role="option">M99.61 Cervical region</li></ul>
      <div role="listbox" aria-label="Diagnosis matches"><div role="option"><input id="ro" type="text" readonly aria-label="Diagnosis filter"></div></div>`;
    expect(fields().map((c) => c.element.id)).toEqual(['dx']);
    expect(textOf('dx')).toBe('');
  });
});

describe('a design system’s multiple select that keeps its value in an aria-hidden input (Shoelace)', () => {
  it('reads the tags it draws beside its display input and the value input, not only “2 options selected”', () => {
    document.body.innerHTML = `<x-select id="host"><x-option value="M99.01" aria-selected="true">M99.01 Segmental and somatic dysfunction of cervical region</x-option><x-option value="M99.03" aria-selected="true">M99.03 Segmental and somatic dysfunction of lumbar region</x-option></x-select>`;
    const root = document.querySelector('#host')!.attachShadow({ mode: 'open' });
    root.innerHTML = `
      <div class="form-control"><label id="label">Diagnoses</label>
        <div class="form-control-input"><div class="popup"><div class="select__combobox">
          <input id="display" class="select__display-input" readonly role="combobox" aria-labelledby="label" aria-haspopup="listbox" value="2 options selected">
          <div class="select__tags"><div><x-tag>M99.01 Segmental and somatic dysfunction of cervical region</x-tag></div><div><x-tag>+1</x-tag></div></div>
          <input class="select__value-input" type="text" tabindex="-1" aria-hidden="true" value="M99.01, M99.03">
          <button type="button" tabindex="-1" aria-label="Clear entry"></button>
        </div><div role="listbox" hidden><slot></slot></div></div></div>
      </div>`;
    const display = findFields(root, {}).find((c) => c.element.id === 'display');
    expect(display?.kind).toBe('diagnosis');
    const text = readField(display!).text;
    expect(text).toContain('M99.01 Segmental and somatic dysfunction of cervical region');
    // The third tag is drawn as "+1": the value input holds every chosen code.
    expect(text).toContain('M99.01, M99.03');
  });

  it('still reads a widget’s own value alone when a second editable a person uses sits beside it', () => {
    document.body.innerHTML = `<div><label for="a">Diagnosis</label><input id="a" value="M99.01"><span class="tag">M99.03</span><input aria-label="Search" tabindex="-1" value="x"></div>`;
    expect(textOf('a')).toBe('M99.01');
  });
});

describe('a select whose option’s text says its value (Tom Select’s page select, a plain code list)', () => {
  it('reads the chosen code once: one charge line, not two', () => {
    document.body.innerHTML = `
      <label for="cpt">CPT</label><select id="cpt"><option value="">Pick</option><option selected>98941</option></select>
      <label for="dx">Diagnosis</label><select id="dx"><option value="M99.01" selected>M99.01 Segmental and somatic dysfunction of cervical region</option></select>
      <label for="icd">Diagnosis code</label><select id="icd"><option value="ICD10:M99.60" selected>Osseous stenosis of head region</option></select>`;
    expect(textOf('cpt')).toBe('98941');
    expect(textOf('dx')).toBe('M99.01 Segmental and somatic dysfunction of cervical region');
    expect(textOf('icd')).toBe('ICD10:M99.60 Osseous stenosis of head region');
  });
});

describe('a charge line whose pickers a library draws over the page’s selects (Tom Select, Choices.js)', () => {
  it('reads the line’s modifiers from the field and from the drawn control, the select named as the control being no other line', () => {
    document.body.innerHTML = `
      <div class="line">
        <div><select id="code" aria-label="CPT 1" tabindex="-1" class="ts-hidden-accessible"><option>98940</option><option selected>98941</option></select>
          <div class="ts-wrapper"><div class="ts-control"><div class="item">98941</div><input id="entry" role="combobox" aria-label="CPT 1" value=""></div></div></div>
        <div><select aria-label="Modifier 1" tabindex="-1" class="ts-hidden-accessible"><option value="">—</option><option selected>AT</option></select>
          <div class="ts-wrapper"><div class="ts-control"><div class="item">AT</div><input role="combobox" aria-label="Modifier 1" value=""></div></div></div>
      </div>
      <div class="line" role="group"><input id="choices" name="svc[1][code]" aria-label="CPT code" value="97140">
        <div class="choices" role="listbox"><div class="choices__inner"><select name="svc[1][mod1]" hidden tabindex="-1"><option value="">Mod</option><option selected>GP</option></select>
          <div class="choices__list--single"><div class="choices__item" role="option" aria-selected="true">GP</div></div></div></div></div>`;
    expect(textOf('code')).toMatch(/^98941\b.* AT$/);
    expect(textOf('choices')).toBe('97140 GP');
  });

  it('never takes the next line’s modifiers through its page select: a box with two lines is the list', () => {
    document.body.innerHTML = `
      <div class="lines">
        <div><select id="a" aria-label="CPT" tabindex="-1"><option selected>98940</option></select><div class="ts-wrapper"><input role="combobox" aria-label="CPT"></div></div>
        <div><select aria-label="CPT" tabindex="-1"><option selected>98941</option></select><div class="ts-wrapper"><input role="combobox" aria-label="CPT"></div>
          <select aria-label="Modifier" tabindex="-1"><option selected>AT</option></select></div>
      </div>`;
    expect(textOf('a')).toMatch(/^98940\b[^A]*$/);
  });
});

describe('a modifier picker that shows its chosen modifiers as chips beside an empty search input (Ant Design, PrimeVue)', () => {
  it('reads the chips as the line’s modifiers, in a table row and in a box line', () => {
    document.body.innerHTML = `
      <table><tbody><tr><td><input id="a" role="combobox" aria-autocomplete="list" aria-label="CPT line 1" value="98941"></td>
        <td><div class="ant-select ant-select-multiple"><div class="ant-select-content">
          <div class="ant-select-content-item"><span class="ant-select-selection-item" title="AT"><span>AT</span><span aria-hidden="true">×</span></span></div>
          <div class="ant-select-content-item"><span class="ant-select-selection-item" title="GP"><span>GP</span><span aria-hidden="true">×</span></span></div>
          <div class="ant-select-content-item-suffix"><input role="combobox" aria-autocomplete="list" aria-label="Modifiers line 1" value=""></div>
        </div></div></td></tr></tbody></table>
      <div class="row"><input id="b" aria-label="CPT 2" value="97140">
        <div class="p-multiselect"><div class="p-hidden-accessible"><input readonly role="combobox" aria-label="More modifiers line 2" value=""></div>
          <div class="p-multiselect-label-container"><div class="p-multiselect-label"><div class="p-multiselect-chip-item"><div class="p-chip"><span class="p-chip-label">GP</span></div></div></div></div></div>
        <div class="p-multiselect"><div class="p-hidden-accessible"><input readonly role="combobox" aria-label="Modifier 2 line 2" value=""></div>
          <div class="p-multiselect-label-container"><div class="p-multiselect-label p-placeholder">Choose</div></div></div></div>`;
    expect(textOf('a')).toBe('98941 AT GP');
    expect(textOf('b')).toBe('97140 GP');
  });
});

describe('an empty code field of a charge line', () => {
  it('reads nothing: its line’s modifiers are not looked up', () => {
    document.body.innerHTML = `<div class="line"><input id="a" role="combobox" aria-label="CPT" value=""><input aria-label="Modifier" value="AT"></div>`;
    expect(textOf('a')).toBe('');
  });
});

describe('a grid whose cell editor is mounted outside its cells (Handsontable)', () => {
  const grid = (editing: boolean) => `
    <h2>Charges</h2>
    <div role="treegrid" id="grid">
      <table><thead><tr role="row"><th role="columnheader">CPT</th><th role="columnheader">Mod 1</th></tr></thead>
        <tbody><tr role="row"><td role="gridcell">98940</td><td role="gridcell"></td></tr>
          <tr role="row"><td role="gridcell" ${editing ? 'aria-selected="true"' : ''}></td><td role="gridcell"></td></tr></tbody></table>
      <div class="inputHolder"><textarea id="editor" tabindex="-1"></textarea></div>
    </div>`;

  it('reads the editor’s value in the cell being edited, and never the editor as a note', () => {
    document.body.innerHTML = grid(true);
    const editor = document.querySelector<HTMLTextAreaElement>('#editor')!;
    editor.value = '98941';
    editor.focus();
    const found = fields();
    expect(found.map((c) => c.kind)).toEqual(['procedure']);
    expect(readField(found[0]!).text).toBe('98940\n98941');
  });

  it('reads the cells alone when the editor is not being typed in or no single cell is selected', () => {
    document.body.innerHTML = grid(true);
    const editor = document.querySelector<HTMLTextAreaElement>('#editor')!;
    editor.value = '98941';
    expect(readField(fields()[0]!).text).toBe('98940');
    document.body.innerHTML = grid(false);
    const unselected = document.querySelector<HTMLTextAreaElement>('#editor')!;
    unselected.value = '98941';
    unselected.focus();
    expect(readField(fields()[0]!).text).toBe('98940');
  });
});
