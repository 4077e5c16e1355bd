/**
 * Fields on EHR pages built unlike the fixtures ChartLint grew up on (probe of 2026-12-04, pages in
 * test/fixtures/pages: chip-buttons, aria-combobox-output, summary-dl, design-mode-frame,
 * labels-elsewhere, spanish-form): each case failed before its fix.
 */
import { describe, expect, it } from 'vitest';
import { FieldRegistry } from './field-registry';
import { findFields } from './find-fields';
import { readField } from './read-field';

const kinds = () => findFields(document).map((c) => `${c.kind}:${c.element.id || c.element.tagName.toLowerCase()}`);
const field = (id: string) => findFields(document).find((c) => c.element.id === id);

describe('chosen diagnoses shown unlike a chip row', () => {
  it('reads a chip that is itself a button by its aria-label or title (the code only there)', () => {
    document.body.innerHTML = `<div class="autocomplete"><label for="dx">Diagnoses</label><div class="input-root">
      <span role="button" tabindex="-1" class="chip" aria-label="M99.03 Segmental and somatic dysfunction of lumbar region"><span class="chip-label">Lumbar SSD</span></span>
      <span role="button" tabindex="-1" class="chip" title="M54.16"><span class="chip-label">Lumbar radic.</span><button aria-label="Remove">×</button></span>
      <input id="dx" role="combobox" aria-autocomplete="list"></div></div><textarea></textarea>`;
    const read = readField(field('dx')!);
    expect(read.text.split('\n')).toEqual(
      expect.arrayContaining(['M99.03 Segmental and somatic dysfunction of lumbar region', 'M54.16']),
    );
    expect(read.text).not.toContain('Remove');
  });

  it('reads a selected-items grid row beside a picker cell by cell, so "M54.16" stays a code of its own', () => {
    document.body.innerHTML = `<div class="combo"><label for="dx">Secondary diagnoses</label>
      <input id="dx" role="combobox" aria-controls="l"><div id="l" role="listbox" hidden></div>
      <div role="grid" aria-label="Selected"><div role="row"><span role="gridcell">M54.16</span><span role="gridcell">Radiculopathy, lumbar region</span></div></div>
      </div><textarea></textarea>`;
    const read = readField(field('dx')!);
    expect(read.text.split('\n')).toContain('M54.16\tRadiculopathy, lumbar region');
    expect(read.titles).toContain('Radiculopathy, lumbar region');
  });

  it('reads a summary’s definitions of a Diagnosis term, each on its own, and no other definition', () => {
    document.body.innerHTML = `<dl>
      <dt>Patient</dt><dd id="p">Test, Alex</dd>
      <dt>Diagnosis</dt><dd id="d1">M99.03 Segmental and somatic dysfunction of lumbar region</dd><dd id="d2">Radiculopathy, lumbar region</dd>
      <dt>Provider</dt><dd id="v">Dr. Example</dd></dl>
      <div contenteditable="true" id="note"><dl><dt>Diagnosis</dt><dd id="in-note">M54.50</dd></dl></div>`;
    expect(kinds()).toEqual(['diagnosis:d1', 'diagnosis:d2', 'note:note']);
    expect(readField(field('d1')!).text).toBe('M99.03 Segmental and somatic dysfunction of lumbar region');
    expect(readField(field('d2')!).titles).toEqual(['Radiculopathy, lumbar region']);
    expect(field('d1')?.label).toBe('Diagnosis');
  });
});

describe('chosen diagnoses shown as a listbox', () => {
  it('reads a standing "Selected diagnoses" listbox and a multi-select listbox’s selected options, never a picker’s popup', () => {
    document.body.innerHTML = `
      <ul role="listbox" id="available" aria-label="Available codes"><li role="option">M54.50 Low back pain, unspecified</li></ul>
      <ul role="listbox" id="chosen" aria-label="Selected diagnoses"><li role="option">M99.03 Segmental and somatic dysfunction of lumbar region</li>
        <li role="option">Radiculopathy, lumbar region</li></ul>
      <span id="ms-label">Visit diagnoses</span>
      <div role="listbox" id="ms" aria-multiselectable="true" aria-labelledby="ms-label">
        <div role="option" aria-selected="false">M54.50</div><div role="option" aria-selected="true">M51.26</div></div>
      <label id="dx-label" for="dx">Diagnosis</label><input id="dx" role="combobox" aria-controls="dx-menu">
      <ul role="listbox" id="dx-menu" aria-labelledby="dx-label"><li role="option">M48.06</li></ul>
      <ul role="listbox" id="closed" aria-label="Diagnoses" hidden><li role="option">M48.07</li></ul>
      <ul role="listbox" id="sugg" aria-label="Diagnosis suggestions"><li role="option">M48.08</li></ul>`;
    expect(kinds()).toEqual(['diagnosis:chosen', 'diagnosis:ms', 'diagnosis:dx']);
    const chosen = readField(field('chosen')!);
    expect(chosen.text.split('\n')).toEqual(['M99.03 Segmental and somatic dysfunction of lumbar region', 'Radiculopathy, lumbar region']);
    expect(chosen.titles).toContain('Radiculopathy, lumbar region');
    expect(readField(field('ms')!).text).toBe('M51.26');
    expect(readField(field('dx')!).text).toBe('');
  });

  it('reads a multi-select listbox again when an option is chosen (only aria-selected changes)', async () => {
    document.body.innerHTML = `<div role="listbox" aria-multiselectable="true" aria-label="Diagnoses">
      <div role="option" id="o1" aria-selected="false">M54.50</div><div role="option" aria-selected="true">M51.26</div></div>`;
    let mutated = 0;
    const registry = new FieldRegistry({}, () => mutated++);
    registry.observe(document);
    try {
      await registry.update();
      expect(registry.snapshotFields().map((f) => f.text)).toEqual(['M51.26']);
      document.getElementById('o1')!.setAttribute('aria-selected', 'true');
      await new Promise((done) => setTimeout(done, 0));
      expect(mutated).toBeGreaterThan(0);
      await registry.update();
      expect(registry.snapshotFields().map((f) => f.text)).toEqual(['M54.50\nM51.26']);
    } finally {
      registry.disconnect();
    }
  });
});

describe('notes and labels found where the fixtures never put them', () => {
  it('takes the body of a designMode document as a note, when found and when first typed into', async () => {
    document.body.innerHTML = '<p>Subluxation at L4.</p>';
    const registry = new FieldRegistry({}, () => undefined);
    registry.observe(document);
    await registry.update();
    expect(registry.snapshotFields()).toEqual([]);
    document.designMode = 'on';
    try {
      expect(kinds()).toEqual(['note:body']);
      registry.noteInput(document.body); // no mutation says designMode changed: the input event does
      await registry.update();
      expect(registry.snapshotFields().map((f) => [f.kind, f.text])).toEqual([['note', 'Subluxation at L4.']]);
    } finally {
      document.designMode = 'off';
      registry.disconnect();
    }
  });

  it('names a field by a card header’s title, with or without a heading element in it', () => {
    document.body.innerHTML = `
      <div class="card"><div class="card-header"><h3>Assessment</h3></div>
        <div class="card-body"><div class="row"><div class="col"><input id="a"></div></div></div></div>
      <div class="card"><div class="MuiCardHeader-root"><span class="MuiCardHeader-title">Diagnosis</span></div>
        <div class="card-body"><input id="b"></div></div>
      <div class="card"><div class="card-header"><input id="search" placeholder="Filter"><span>Problems</span></div>
        <div class="card-body"><input id="c"></div></div>
      <div class="card"><div class="card-header"><h3>Vitals</h3></div><div class="card-body"><input id="d"></div></div>
      <div id="app"><header class="app-header">Chart · <a href="#p">Problems</a> · <a href="#n">Notes</a></header>
        <main><form><div><label for="zip">ZIP</label><input id="zip"></div></form></main></div>`;
    expect(kinds()).toEqual(['diagnosis:a', 'diagnosis:b']);
  });

  it('follows aria-labelledby out of a shadow root to the label the page drew around it', () => {
    document.body.innerHTML = '<span id="outside">Problem</span><x-input id="host"></x-input>';
    document.getElementById('host')!.attachShadow({ mode: 'open' }).innerHTML =
      '<input id="inner" aria-labelledby="outside">';
    expect(findFields(document).map((c) => [c.kind, c.label])).toEqual([['diagnosis', 'Problem']]);
  });

  it('names a field in a form laid out as a table by the cell before it', () => {
    document.body.innerHTML = `<table>
      <tr><th>Patient</th><td><input id="pt" value="Test, Alex"></td></tr>
      <tr><th>Diagnosis</th><td><input id="dx" value="M99.03 segmental dysfunction lumbar"></td></tr>
      <tr><td>Secondary dx:</td><td><div><input id="dx2"></div></td></tr>
      <tr><td>Procedure</td><td><input id="cpt" value="98940"></td></tr>
      <tr><td>Comments</td><td><input id="cm"></td></tr>
      <tr><td><input id="a"></td><td><input id="b"></td></tr></table>`;
    expect(findFields(document).map((c) => [c.element.id, c.kind, c.label])).toEqual([
      ['dx', 'diagnosis', 'Diagnosis'],
      ['dx2', 'diagnosis', 'Secondary dx:'],
      ['cpt', 'procedure', 'Procedure'],
      ['cm', 'note', 'Comments'],
    ]);
  });

  it('reads Spanish labels: Diagnóstico, CIE-10, Procedimientos, Nota clínica (and not a name)', () => {
    document.body.innerHTML = `
      <label for="a">Diagnóstico</label><input id="a">
      <label for="b">Códigos CIE-10</label><input id="b">
      <label for="c">Procedimientos</label><input id="c" value="98940">
      <label for="d">Nota clínica</label><input id="d">
      <fieldset><legend>Diagnósticos</legend><label for="e">Buscar</label><input id="e"></fieldset>
      <label for="f">Nombre del paciente</label><input id="f" value="Ana">`;
    expect(kinds()).toEqual(['diagnosis:a', 'diagnosis:b', 'procedure:c', 'note:d', 'diagnosis:e']);
  });
});
