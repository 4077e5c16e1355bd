/** Page patterns from the EHR QA of 2026-12-05 (e2e: test/e2e/page-ehr-patterns.spec.ts). */
import { beforeEach, describe, expect, it } from 'vitest';
import { findFields } from './find-fields';
import { readField } from './read-field';

const fields = () => findFields(document, {});
const kinds = () => fields().map((c) => `${c.kind}:${c.element.id}`);
const textOf = (id: string) => {
  const candidate = fields().find((c) => c.element.id === id);
  return candidate ? readField(candidate).text : undefined;
};

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('modifiers drawn as checkboxes or toggle buttons', () => {
  it('reads only checked boxes and pressed buttons, by label when the value is "on"', () => {
    document.body.innerHTML = `
      <table><thead><tr><th>CPT</th><th>Modifiers</th></tr></thead><tbody>
        <tr><td><input id="a" value="98940"></td><td><label><input type="checkbox" value="AT" checked> AT</label><label><input type="checkbox" value="GA"> GA</label></td></tr>
        <tr><td><input id="b" value="98941"></td><td><button aria-pressed="true">AT</button><button aria-pressed="false">GA</button></td></tr>
        <tr><td><input id="c" value="98942"></td><td><label><input type="checkbox" checked> GA</label><label><input type="checkbox"> AT</label></td></tr>
      </tbody></table>`;
    expect(textOf('a')).toBe('98940 AT');
    expect(textOf('b')).toBe('98941 AT');
    expect(textOf('c')).toBe('98942 GA');
  });
});

describe('listbox-button pickers', () => {
  it('reads a labelled listbox button by the item it shows, never a menu toggle or a picker toggle', () => {
    document.body.innerHTML = `
      <label id="l">Diagnosis</label>
      <button id="a" aria-haspopup="listbox" aria-labelledby="l">M99.03 – Segmental and somatic dysfunction of lumbar region</button>
      <div><input id="b" role="combobox" aria-label="Diagnosis search"><button id="c" aria-haspopup="listbox" aria-label="Diagnosis menu">▾</button></div>
      <button id="d" class="dropdown-toggle">Actions</button>
      <button id="e" class="dropdown-toggle" aria-label="Dx">M99.01</button>`;
    expect(kinds()).toEqual(['diagnosis:a', 'diagnosis:b', 'diagnosis:e']);
    expect(textOf('a')).toBe('M99.03 – Segmental and somatic dysfunction of lumbar region');
  });

  it('takes the open popup beside a listbox button for choices, and a "Selected diagnoses" listbox beside one for chosen', () => {
    document.body.innerHTML = `
      <label id="l">Diagnosis</label>
      <div><button id="a" aria-haspopup="listbox" aria-expanded="true" aria-labelledby="l a">Choose…</button>
        <ul role="listbox" id="pop" aria-labelledby="l"><li role="option">M99.03 Lumbar region</li></ul></div>
      <div><div role="button" id="r" aria-haspopup="listbox" aria-label="Diagnosis">M99.01</div>
        <div><ul role="listbox" id="pop2" aria-label="Diagnoses"><li role="option">M99.05 Pelvic region</li></ul></div></div>
      <div><button id="add" aria-haspopup="listbox">Add</button>
        <ul role="listbox" id="chosen" aria-label="Selected diagnoses"><li role="option">M48.06 Spinal stenosis, lumbar region</li></ul></div>`;
    const listboxes = fields().filter((c) => c.element.getAttribute('role') === 'listbox');
    expect(listboxes.map((c) => `${c.kind}:${c.element.id}`)).toEqual(['diagnosis:chosen']);
    expect(kinds()).toEqual(expect.arrayContaining(['diagnosis:a', 'diagnosis:r']));
  });
});

describe('signed note views', () => {
  it('takes paragraphs under note headings as the note, lists by their heading, and nothing under other headings', () => {
    document.body.innerHTML = `
      <p id="sig">Electronically signed</p>
      <h4>Objective</h4><p id="o">L4 PLS listing.</p>
      <h4>Assessment</h4><ol id="dx"><li>Segmental dysfunction of cervical region (M99.01)</li></ol>
      <h4>Procedures</h4><ul id="px"><li>98941 CMT</li></ul>
      <h4>Insurance plan</h4><p id="ins">Medicare Part B</p>
      <section><h3>Plan:</h3><div><p id="p">CMT lumbar.</p></div></section>`;
    expect(kinds()).toEqual(['note:o', 'diagnosis:dx', 'procedure:px', 'note:p']);
    expect(fields().map((c) => c.label)).toEqual(['Objective', 'Assessment', 'Procedures', 'Plan:']);
  });
});
