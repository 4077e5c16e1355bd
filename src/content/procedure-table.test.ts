import { beforeEach, describe, expect, it } from 'vitest';
import { readProcedures } from '../core/chiro/read-procedures';
import { findFields } from './find-fields';
import { readField } from './read-field';

const procedureFields = () => findFields(document).filter((f) => f.kind === 'procedure');
const lines = () =>
  procedureFields()
    .map((f) => readField(f).text)
    .join('\n');
const cptRow = (code: string, ticked: boolean, mod1 = '', mod2 = '', units = '') => `
  <tr><td><input type="checkbox"${ticked ? ' checked' : ''}></td><td>${code}</td><td>Spinal manipulation</td>
  <td><input type="text" value="${mod1}"></td><td><input type="text" value="${mod2}"></td><td><input type="text" value="${units}"></td></tr>`;
const table = (rows: string, codeHeader = 'CPT', heading = 'Superbill — Procedures') => `
  <section><h2>${heading}</h2><table><thead><tr><th></th><th>${codeHeader}</th><th>Description</th><th>Mod 1</th><th>Mod 2</th><th>Units</th></tr></thead>
  <tbody>${rows}</tbody></table></section>
  <label for="n">Visit note</label><textarea id="n">CMT to the cervical and lumbar regions.</textarea>`;

describe('a superbill table of CPT rows ticked to bill them', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('is one procedure field: a line per ticked row, with its modifiers after the code and its units', () => {
    document.body.innerHTML = table(
      cptRow('98940', true, '', '', '1') + cptRow('98941', false) + cptRow('97140', true, 'GP', '59', '2'),
    );
    expect(procedureFields()).toHaveLength(1);
    expect(lines()).toBe('98940 x1\n97140 GP 59 x2');
    const read = readProcedures({ id: 'p', kind: 'procedure', text: lines() });
    expect(read.lines.map((l) => [l.code, l.modifiers])).toEqual([
      ['98940', []],
      ['97140', ['GP', '59']],
    ]);
    expect(read.unknown).toEqual([]);
  });

  it('bills nothing while no row is ticked, and reads a "Code" column under a "Procedures" heading', () => {
    document.body.innerHTML = table(cptRow('98940', false) + cptRow('98941', false), 'Code', 'Procedures');
    expect(procedureFields()).toHaveLength(1);
    expect(lines()).toBe('');
    document.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')[1]!.checked = true;
    document.querySelectorAll<HTMLInputElement>('input[type="text"]')[3]!.value = 'at';
    expect(lines()).toBe('98941 AT');
  });

  it('reads rows chosen with aria-checked, the box in the last cell', () => {
    document.body.innerHTML = `
      <h3>CPT</h3><table><tr><th>CPT</th><th>Mod 1</th><th>Bill</th></tr>
      <tr><td>98940</td><td><select><option value=""></option><option selected>AT</option></select></td><td><span role="checkbox" aria-checked="true" tabindex="0"></span></td></tr>
      <tr><td>98942</td><td><select><option value=""></option></select></td><td><span role="checkbox" aria-checked="false" tabindex="0"></span></td></tr></table>`;
    expect(lines()).toBe('98940 AT');
  });

  it('leaves a table of code inputs to be read field by field, and a table with other controls alone', () => {
    document.body.innerHTML = `
      <h3>Procedures</h3><table><tr><th></th><th>CPT</th><th>Mod 1</th></tr>
      <tr><td><input type="checkbox" checked></td><td><input id="cpt" aria-label="CPT" value="98941"></td><td><input aria-label="Mod 1" value="AT"></td></tr></table>
      <h3>Procedures done</h3><table><tr><th></th><th>CPT</th><th>Notes</th></tr>
      <tr><td><input type="checkbox" checked></td><td>98940</td><td><textarea>tolerated well</textarea></td></tr></table>`;
    expect(procedureFields().map((f) => f.element.tagName)).toEqual(['INPUT']);
    expect(lines()).toBe('98941 AT');
  });
});
