import { beforeEach, describe, expect, it } from 'vitest';
import { findFields } from './find-fields';
import { readField } from './read-field';

const diagnosisText = () =>
  findFields(document)
    .filter((f) => f.kind === 'diagnosis')
    .map((f) => readField(f).text)
    .join('\n');
const row = (code: string, title: string, ticked: boolean, boxLast = false) => {
  const box = `<td><input type="checkbox"${ticked ? ' checked' : ''}></td>`;
  return `<tr>${boxLast ? '' : box}<td>${code}</td><td>${title}</td>${boxLast ? box : ''}</tr>`;
};
const superbill = (rows: string, header = '<tr><th></th><th>ICD-10</th><th>Description</th></tr>') => `
  <section><h2>Superbill: diagnoses (check all that apply)</h2>
  <table><thead>${header}</thead><tbody>${rows}</tbody></table></section>
  <label for="n">Visit note</label><textarea id="n">Neck pain.</textarea>`;

describe('a code list whose rows are ticked to choose them: only the ticked rows are entered', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('reads the ticked rows of a superbill table with the box in the first cell', () => {
    document.body.innerHTML = superbill(
      row('M99.01', 'Segmental dysfunction, cervical', true) +
        row('M99.02', 'Segmental dysfunction, thoracic', false) +
        row('M99.03', 'Segmental dysfunction, lumbar', true) +
        row('M54.2', 'Cervicalgia', false),
    );
    const text = diagnosisText();
    expect(text).toContain('M99.01');
    expect(text).toContain('M99.03');
    expect(text).not.toMatch(/M99\.02|M54\.2|thoracic|Cervicalgia/);
  });

  it('reads the ticked rows with the box in the last cell', () => {
    document.body.innerHTML = superbill(
      row('M54.50', 'Low back pain', false, true) + row('M54.16', 'Radiculopathy, lumbar region', true, true),
      '<tr><th>ICD-10</th><th>Description</th><th>Select</th></tr>',
    );
    expect(diagnosisText()).toMatch(/^M54\.16\b/);
    expect(diagnosisText()).not.toContain('M54.50');
  });

  it('enters no code while nothing is ticked, and follows a tick', () => {
    document.body.innerHTML = superbill(
      row('M99.01', 'Segmental dysfunction, cervical', false) + row('M54.2', 'Cervicalgia', false),
    );
    expect(diagnosisText()).toBe('');
    document.querySelector<HTMLInputElement>('input[type="checkbox"]')!.checked = true;
    expect(diagnosisText()).toContain('M99.01');
  });

  it('reads rows that are checkboxes themselves (aria-checked) and items labelled by their own checkbox', () => {
    document.body.innerHTML = `
      <div role="list" aria-label="Diagnoses">
        <div role="checkbox" aria-checked="true">M48.062 Spinal stenosis, lumbar region with neurogenic claudication</div>
        <div role="checkbox" aria-checked="false">M48.061 Spinal stenosis, lumbar region without neurogenic claudication</div>
      </div>
      <section><h2>Assessment codes</h2><ul>
        <li><label><input type="checkbox"> M54.2 Cervicalgia</label></li>
        <li><label><input type="checkbox" checked> M50.30 Other cervical disc degeneration</label></li>
      </ul></section>`;
    const text = diagnosisText();
    expect(text).toContain('M48.062');
    expect(text).toContain('M50.30');
    expect(text).not.toMatch(/M48\.061|M54\.2/);
  });

  it('reads a multi-select grid by its aria-selected rows, and a single-select grid whole', () => {
    document.body.innerHTML = `
      <table role="grid" aria-label="Diagnoses" aria-multiselectable="true">
        <tr role="row" aria-selected="false"><td role="gridcell">M99.01</td></tr>
        <tr role="row" aria-selected="true"><td role="gridcell">M99.03</td></tr>
      </table>`;
    expect(diagnosisText()).toBe('M99.03');
    document.querySelector('table')!.removeAttribute('aria-multiselectable');
    expect(diagnosisText().split('\n')).toEqual(['M99.01', 'M99.03']);
  });

  it('keeps every row of a list whose checkboxes say something about each code ("Chronic", a "POA" column)', () => {
    document.body.innerHTML = `
      <section><h2>Visit diagnoses</h2><table>
        <tr><th>ICD-10</th><th>Description</th><th>POA</th></tr>
        <tr><td>M54.2</td><td>Cervicalgia</td><td><input type="checkbox"></td></tr>
        <tr><td>M54.16</td><td>Radiculopathy, lumbar region</td><td><input type="checkbox" checked></td></tr>
      </table></section>
      <table aria-label="Diagnoses this visit"><tr><th>Code</th><th></th></tr>
        <tr><td>M50.30</td><td><input type="checkbox" aria-label="Chronic"></td></tr></table>`;
    const text = diagnosisText();
    expect(text).toContain('M54.2');
    expect(text).toContain('M54.16');
    expect(text).toContain('M50.30');
  });

  it('leaves an unticked row of a data grid read by its ICD-10 column out', () => {
    document.body.innerHTML = `
      <div role="grid" aria-multiselectable="true">
        <div role="row"><div role="columnheader"></div><div role="columnheader">ICD-10</div></div>
        <div role="row" aria-selected="true"><div role="gridcell"><input type="checkbox" checked aria-label="Select row"></div><div role="gridcell">M99.01</div></div>
        <div role="row" aria-selected="false"><div role="gridcell"><input type="checkbox" aria-label="Select row"></div><div role="gridcell">M99.04</div></div>
      </div>`;
    expect(diagnosisText()).toBe('M99.01');
  });

  describe('a table whose checkboxes pick rows for bulk actions lists every row, ticked or not', () => {
    const problems = (header: string, toolbar = '', ticks: [boolean, boolean] = [false, false]) => `
    <section><h2>Visit diagnoses</h2>${toolbar}
    <table><thead><tr>${header}<th>ICD-10</th><th>Description</th></tr></thead><tbody>
      <tr><td><input type="checkbox" aria-label="Select row"${ticks[0] ? ' checked' : ''}></td><td>M48.062</td><td>Spinal stenosis, lumbar region with neurogenic claudication</td></tr>
      <tr><td><input type="checkbox" aria-label="Select row"${ticks[1] ? ' checked' : ''}></td><td>M54.16</td><td>Radiculopathy, lumbar region</td></tr>
    </tbody></table></section>
    <label for="n">Visit note</label><textarea id="n">Low back pain.</textarea>`;

    it('with a "select all" box in its header', () => {
      document.body.innerHTML = problems('<th><input type="checkbox" aria-label="Select all"></th>');
      expect(diagnosisText()).toMatch(/M48\.062[\s\S]*M54\.16/);
      document.body.innerHTML = problems('<th><input type="checkbox" aria-label="Select all"></th>', '', [
        true,
        false,
      ]);
      expect(diagnosisText()).toMatch(/M48\.062[\s\S]*M54\.16/);
    });

    it('with a toolbar of actions on the selection beside it', () => {
      for (const toolbar of [
        '<div role="toolbar"><button>Resolve</button><button>Delete</button></div>',
        '<div><button type="button">Print selected</button></div>',
        '<div><input type="button" value="Mark as inactive"></div>',
      ]) {
        document.body.innerHTML = problems('<th></th>', toolbar);
        expect(diagnosisText(), toolbar).toMatch(/M48\.062[\s\S]*M54\.16/);
      }
    });

    it('an ARIA data grid with a select-all header box (MUI DataGrid checkboxSelection)', () => {
      document.body.innerHTML = `
      <div role="grid" aria-multiselectable="true">
        <div role="row"><div role="columnheader"><input type="checkbox" aria-label="Select all rows"></div><div role="columnheader">ICD-10</div></div>
        <div role="row" aria-selected="false"><div role="gridcell"><input type="checkbox" aria-label="Select row"></div><div role="gridcell">M99.01</div></div>
        <div role="row" aria-selected="false"><div role="gridcell"><input type="checkbox" aria-label="Select row"></div><div role="gridcell">M99.04</div></div>
      </div>`;
      expect(diagnosisText().split('\n')).toEqual(['M99.01', 'M99.04']);
    });

    it('while a superbill beside such buttons, or with buttons of its own rows, is still read by its ticks', () => {
      // Print alone (a superbill prints itself), a row's own Remove, a toolbar of another table: no bulk action on this one.
      document.body.innerHTML = problems('<th></th>', '<div><button>Print</button></div>', [true, false]);
      expect(diagnosisText()).not.toContain('M54.16');
      document.body.innerHTML = `<div><h2>Superbill diagnoses</h2>
      <table><tr><th></th><th>ICD-10</th></tr>
        <tr><td><input type="checkbox" checked></td><td>M99.01</td><td><button>Remove</button></td></tr>
        <tr><td><input type="checkbox"></td><td>M99.02</td><td><button>Remove</button></td></tr></table></div>`;
      expect(diagnosisText()).toBe('M99.01');
      document.body.innerHTML = `<div><div><button>Delete selected</button></div>
      <table aria-label="Allergies"><tr><td>none</td></tr></table>
      <table aria-label="Superbill diagnoses"><tr><th></th><th>ICD-10</th></tr>
        <tr><td><input type="checkbox" checked></td><td>M99.01</td></tr><tr><td><input type="checkbox"></td><td>M99.02</td></tr></table></div>`;
      expect(diagnosisText()).toBe('M99.01');
    });
  });
});
