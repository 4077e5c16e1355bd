/**
 * Fields drawn by widget libraries ChartLint was not built against (probe of 2026-12-04, round 2):
 * each fixture page in test/fixtures/pages renders its widget as the library does, and each case
 * here failed before its fix unless it says it guards a reading that already held.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readProcedures } from '../core/chiro/read-procedures';
import { findDateOfService } from '../core/dates';
import { findDateFields } from './find-date-fields';
import { findFields, type FieldCandidate } from './find-fields';
import { readField } from './read-field';

/** The fixture page's body as the library left it (scripts do not run here). */
function load(page: string): void {
  const html = readFileSync(`test/fixtures/pages/${page}.html`, 'utf8');
  document.body.innerHTML = html.replace(/^[\s\S]*<body>/, '').replace(/<\/body>[\s\S]*$/, '');
}
const fields = () => findFields(document);
const read = (c: FieldCandidate | undefined) => readField(c!).text;
const byName = (name: string) => fields().find((c) => c.element.getAttribute('name') === name || c.element.id === name);

describe('a field with no label of its own', () => {
  it('is named in the side panel by its card title, not by its generated id', () => {
    load('section-titles');
    expect(fields().map((c) => c.label)).toEqual(['Assessment', 'Objective findings']);
  });

  it('is named by the icon button or icon beside it, and classified by that name', () => {
    load('icon-labels');
    const found = fields();
    expect(found.map((c) => `${c.kind}:${c.label}`)).toEqual(['diagnosis:Search ICD-10 diagnoses', 'note:Visit note']);
    // The title the field shows is sent for the worker to resolve to its code.
    expect(readField(found[0]!).titles).toEqual(['Segmental and somatic dysfunction of cervical region']);
  });

  it('inside a web component, is named by the label the page gave the component’s host', () => {
    document.body.innerHTML = `<section><h2>Encounter</h2><div class="form-row"><label for="primary-dx">Primary diagnosis</label>
      <icd-combobox id="primary-dx"></icd-combobox></div></section>`;
    const root = document.getElementById('primary-dx')!.attachShadow({ mode: 'open' });
    root.innerHTML = `<!----><div class="field" part="field"><!----><span class="chip" part="chip" title="Segmental and somatic dysfunction of lumbar region"><!--?lit$1$-->M99.03</span><!---->
      <input part="input" role="combobox" aria-autocomplete="list" aria-expanded="false" aria-controls="listbox" autocomplete="off"></div><ul id="listbox" role="listbox" hidden></ul>`;
    const [dx] = fields();
    expect(dx).toMatchObject({ kind: 'diagnosis', label: 'Primary diagnosis' });
    expect(read(dx).split('\n')).toContain('M99.03');
  });
});

describe('the visit date', () => {
  it('is read out of a long patient banner, never the birth date or another visit’s date', () => {
    load('banner-dates');
    const texts = findDateFields(document).map((f) => f.text);
    expect(texts).toContain('DOS 11/02/2026');
    expect(texts.join(' ')).not.toMatch(/01\/02\/1961|10\/05\/2026|12\/01\/2026/);
  });

  it('is read from a <time datetime> whose text shows no year', () => {
    load('banner-dates');
    expect(findDateFields(document).map((f) => f.text)).toContain('Visit date 2026-11-02');
    // 11/02/2026 is read with the page's locale, as the worker does (day-first pages refuse it).
    expect(findDateOfService(findDateFields(document), { locale: 'en-US' })).toMatchObject({ found: true, iso: '2026-11-02' });
  });
});

describe('a CodeMirror 5 editor', () => {
  it('is read from its rendered lines, not its proxy textarea or the hidden textarea it replaced', () => {
    load('codemirror5-note');
    const notes = fields().filter((c) => c.kind === 'note');
    expect(notes).toHaveLength(1);
    expect(notes[0]!.label).toBe('SOAP note');
    expect(read(notes[0])).toBe(
      'S: Neck pain and stiffness for two weeks.\nO: Cervical C5-C6 subluxation, restricted rotation.\nA: Segmental dysfunction of the cervical region.',
    );
  });
});

describe('diagnosis pickers that hide the page’s select', () => {
  it('reads Select2’s aria-hidden select (the choices it draws) and Chosen’s display:none select', () => {
    load('enhanced-selects');
    expect(read(byName('dx'))).toMatch(/^M99\.01 .*\nM54\.12 /);
    expect(byName('dx')?.label).toBe('Diagnoses');
    // Guards a reading that already held: Chosen's select is hidden by style only.
    expect(read(byName('dx2'))).toBe('M48.02 Spinal stenosis, cervical region');
  });

  it('reads a Kendo-style MultiSelect’s chosen codes from the select inside it, as part of the one field its input is (guard)', () => {
    load('kendo-multiselect');
    // One widget, one field (widget-twins.ts): the input a person uses, the select's chosen options its value.
    const dx = fields().filter((c) => c.kind === 'diagnosis');
    expect(dx.map((c) => c.element.getAttribute('role'))).toEqual(['combobox']);
    expect(read(dx[0]).split('\n')).toEqual(
      expect.arrayContaining(['M54.12 Radiculopathy, cervical region', 'M99.01 Segmental and somatic dysfunction of cervical region']),
    );
    expect(read(dx[0])).not.toContain('M99.03');
  });
});

describe('procedure lines', () => {
  it('reads a charge grid row’s modifiers with its code, named by the column headers', () => {
    load('cpt-order-rows');
    const procedures = fields().filter((c) => c.kind === 'procedure');
    expect(procedures.map((c) => c.label)).toEqual(['CPT', 'CPT', 'Procedures billed']);
    expect(procedures.slice(0, 2).map(read)).toEqual(['98941 AT GA', '97140 GP']);
    // The diagnosis pointer column ("A") is not a diagnosis field.
    expect(fields().filter((c) => c.kind === 'diagnosis').map((c) => c.element.id)).toEqual(['dx']);
  });

  it('reads a read-only table of billed procedures, code and modifier columns together', () => {
    load('cpt-order-rows');
    const billed = fields().find((c) => c.element.id === 'billed')!;
    const lines = readProcedures({ id: 'b', kind: 'procedure', text: read(billed) }).lines;
    expect(lines.map((l) => [l.code, l.modifiers])).toEqual([['98940', ['AT', 'GA']]]);
  });
});

describe('notes drawn unlike a textarea (guards: these readings already held)', () => {
  it('reads a read-only role=textbox note named by its heading', () => {
    load('readonly-textbox-note');
    const note = fields().find((c) => c.kind === 'note')!;
    expect(note.label).toBe('Clinical note (signed)');
    expect(read(note).split('\n')).toHaveLength(3);
  });

  it('reads each of four S/O/A/P text areas as a note under its own label', () => {
    load('soap-textareas');
    expect(fields().map((c) => `${c.kind}:${c.label}`)).toEqual([
      'diagnosis:Diagnosis', 'note:Subjective', 'note:Objective', 'note:Assessment', 'note:Plan',
    ]);
  });

  it('reads an editor inside a closed <details>', () => {
    load('details-note');
    expect(read(fields().find((c) => c.kind === 'note'))).toContain('Lumbar L4-L5 subluxation');
  });
});

// QA stop 51, b5: Quill's link tooltip read as an empty "Daily note" where the page's CSS did not float it.
describe("an editor's helpers", () => {
  it('are no fields: the paste target, the link tooltip beside the editable, a screen-reader copy, a live region', () => {
    load('editor-helpers');
    expect(fields().map((c) => [c.kind, c.label, c.element.className])).toEqual([
      ['diagnosis', 'Diagnoses', ''],
      ['note', 'Daily note', 'ql-editor'],
    ]);
  });
});
