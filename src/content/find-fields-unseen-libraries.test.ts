/**
 * Page patterns from the EHR QA of 2026-12-06 (/tmp/pageqa45: jQuery UI, Headless UI, Material
 * Web, Editor.js, Svelte 5, Fluent UI and Trix pages): a charge line's modifiers where the line is
 * no table row, or the modifier is a picker that shows its value as text (e2e:
 * test/e2e/page-box-lines.spec.ts); an editor named by its toolbar's first button; diagnosis chips
 * drawn by web components (Material Web; e2e: test/e2e/page-web-component-chips.spec.ts).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { findFields } from './find-fields';
import { readField } from './read-field';

const fields = () => findFields(document, {});
const textOf = (id: string) => {
  const candidate = fields().find((c) => c.element.id === id);
  return candidate ? readField(candidate).text : undefined;
};

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('charge lines laid out with boxes, not table rows', () => {
  it('reads the modifiers of a flex line: inputs, a listbox button, a select-only combobox, checkboxes named by the modifier', () => {
    document.body.innerHTML = `
      <h2>Charges</h2>
      <div class="line"><input id="a" aria-label="CPT" value="98940"><input aria-label="Modifier 1" value="AT"><input aria-label="Modifier 2" value="GP"></div>
      <div class="line"><input id="b" aria-label="CPT" value="97140"><button type="button" aria-haspopup="listbox" aria-label="Modifier 1, line 2">GP</button><button type="button" aria-haspopup="listbox" aria-label="Modifier 2, line 2">—</button></div>
      <div class="line"><div><input id="c" aria-label="CPT" value="98941"></div><div><label><input type="checkbox" value="AT" checked> AT</label><label><input type="checkbox" value="GA"> GA</label></div></div>
      <div class="line" role="group" aria-label="Line 4"><input id="d" placeholder="CPT" value="98942">
        <div role="combobox" aria-label="Mod" aria-expanded="false">AT ▾<div role="listbox"><div role="option" aria-selected="false">GP</div></div></div></div>`;
    expect(textOf('a')).toBe('98940 AT GP');
    expect(textOf('b')).toBe('97140 GP');
    expect(textOf('c')).toBe('98941 AT');
    expect(textOf('d')).toBe('98942 AT');
  });

  it('never takes another line’s modifiers: a box that holds two code fields is the list, not a line', () => {
    document.body.innerHTML = `
      <div id="lines">
        <div><input id="a" aria-label="CPT" value="98940"></div>
        <div><input id="b" aria-label="CPT" value="98941"><input aria-label="Modifier" value="AT"></div>
      </div>
      <div><div><input id="c" name="svc_1_code" placeholder="Procedure" value="98942"></div><div><input name="svc_2_code" placeholder="Procedure" value="97140"></div><input aria-label="Modifier" value="GP"></div>`;
    expect(textOf('a')).toBe('98940');
    expect(textOf('b')).toBe('98941 AT');
    expect(textOf('c')).toBe('98942');
  });

  it('reads a modifier picker drawn in a shadow root: its chosen option, else the text its shadow root shows', () => {
    document.body.innerHTML = `
      <table><tbody><tr><td><input id="a" aria-label="CPT" value="98941"></td>
        <td><x-select role="combobox" aria-label="Modifier"><span role="option" aria-selected="false">GP</span><span role="option" aria-selected="true">AT</span></x-select></td></tr></tbody></table>
      <div class="row"><x-field id="host"></x-field><x-menu-select></x-menu-select></div>`;
    const field = document.querySelector('#host')!.attachShadow({ mode: 'open' });
    // A design system's text field draws its input several boxes down in its shadow root.
    field.innerHTML =
      '<span><div class="field"><div class="wrapper"><div class="input"><input id="inner" aria-label="CPT" value="98940"></div></div></div></span>';
    const select = document.querySelector('x-menu-select')!.attachShadow({ mode: 'open' });
    select.innerHTML =
      '<div role="combobox" aria-label="Modifier"><span class="headline">AT</span></div><div role="listbox"><div role="option">GP</div></div>';
    expect(textOf('a')).toBe('98941 AT');
    const inner = fields().find((c) => c.element.id === 'inner');
    expect(inner && readField(inner).text).toBe('98940 AT');
  });
});

describe('an editor under its toolbar', () => {
  it('is named by its section, never by the first button of the toolbar above it', () => {
    document.body.innerHTML = `
      <section><h2>Progress note</h2>
        <div class="toolbar-row"><span><button type="button" title="Bold">Bold</button><button type="button" title="Italic">Italic</button></span></div>
        <div id="note" contenteditable="true">O: C5 subluxation with restricted rotation.</div></section>
      <div class="input-group"><span><button type="button" title="Diagnosis">🔍</button></span><input id="dx"></div>`;
    expect(fields().map((c) => `${c.kind}:${c.element.id}:${c.label}`)).toEqual([
      'note:note:Progress note',
      'diagnosis:dx:Diagnosis',
    ]);
  });
});

describe('diagnosis chips drawn by web components', () => {
  it('reads the chips a component draws in its shadow root beside an entry deep in another component', () => {
    document.body.innerHTML = `
      <section><h2>Diagnoses</h2><div class="dx-entry">
        <x-chip-set><x-chip></x-chip><x-chip></x-chip></x-chip-set><x-text-field id="host"></x-text-field></div></section>
      <div><x-chip id="elsewhere"></x-chip><input aria-label="Other field"></div>`;
    const chips = [...document.querySelectorAll('x-chip')];
    chips.forEach((chip, i) => {
      const root = chip.attachShadow({ mode: 'open' });
      root.innerHTML = `<button type="button"><span class="label">${['M99.01', 'M99.03', 'M99.05'][i]}</span></button><span hidden>Remove</span><button aria-label="Remove"><span aria-hidden="true">×</span></button>`;
    });
    document.querySelector('x-chip-set')!.attachShadow({ mode: 'open' }).innerHTML =
      '<div role="toolbar"><slot></slot></div>';
    const field = document.querySelector('#host')!.attachShadow({ mode: 'open' });
    field.innerHTML =
      '<span><div class="field"><span class="label">Add ICD-10 code</span><div><input id="entry" aria-label="Add ICD-10 code"></div><span class="supporting">Press Enter to add</span></div></span>';
    const entry = fields().find((c) => c.element.id === 'entry');
    expect(entry?.kind).toBe('diagnosis');
    // The two chips of its own widget, never the component's label or hint, nor another widget's chip.
    expect(entry && readField(entry).text.split('\n')).toEqual(['', 'M99.01', 'M99.03']);
  });
});

describe('a tags input whose entry is a one-line contenteditable', () => {
  it('never takes the entry (the query being typed) for a note; a whole code in it is read as an input’s', () => {
    document.body.innerHTML = `
      <label for="dx">Diagnoses (ICD-10)</label>
      <tags class="tagify"><tag title="M99.01"><span>M99.01</span></tag>
        <span id="entry" contenteditable="" role="textbox" aria-multiline="false" aria-placeholder="Add codes">cervical</span></tags>
      <input id="dx" name="diagnoses" value='[{"value":"M99.01"}]' style="display:none">
      <span id="code" contenteditable="true" role="textbox" aria-multiline="false">M99.03</span>
      <textarea id="note" aria-label="Progress note"></textarea>`;
    expect(fields().map((c) => `${c.kind}:${c.element.id}`)).toEqual([
      'diagnosis:dx',
      'diagnosis:code',
      'note:note',
    ]);
  });
});

describe('a block editor', () => {
  it('names each paragraph’s field by the heading above the editor, a few boxes up', () => {
    document.body.innerHTML = `
      <h2>SOAP note</h2>
      <div id="holder"><div class="codex-editor"><div class="codex-editor__redactor">
        <div class="ce-block"><div class="ce-block__content"><div id="s" class="ce-paragraph" contenteditable="true">S: neck pain.</div></div></div>
        <div class="ce-block"><div class="ce-block__content"><div id="o" class="ce-paragraph" contenteditable="true">O: C5 subluxation.</div></div></div>
      </div></div></div>`;
    expect(fields().map((c) => `${c.element.id}:${c.label}`)).toEqual(['s:SOAP note', 'o:SOAP note']);
  });
});
