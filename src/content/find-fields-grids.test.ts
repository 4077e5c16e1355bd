/**
 * Data grids (probe of 2026-12-05, grid-columns.ts): a grid's diagnosis and procedure columns are
 * read from their cells, whatever the library. The Kendo and DevExtreme fixture pages draw their
 * grids by script (run here as the page runs them); AG Grid's markup is the library's own, as
 * version 36 renders it (trimmed to the parts read). Every case failed before the fix unless it
 * says it guards a reading that already held.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findFields, type FieldCandidate } from './find-fields';
import { readField } from './read-field';

/** The fixture page's body, and its script run as the page would (drawing the grids). */
function load(page: string): void {
  const html = readFileSync(`test/fixtures/pages/${page}.html`, 'utf8');
  document.body.innerHTML = html.replace(/^[\s\S]*<body>/, '').replace(/<\/body>[\s\S]*$/, '');
  // The fixture's own script, run as its page loads it.
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  const script = new Function(readFileSync(`test/fixtures/pages/${page}.js`, 'utf8')) as () => void;
  script();
}
const fields = () => findFields(document);
const summary = (found: FieldCandidate[]) => found.map((c) => `${c.kind}:${c.label}`);
const read = (kind: string) => readField(fields().find((c) => c.kind === kind)!).text;
const click = (element: Element) => element.dispatchEvent(new MouseEvent('click', { bubbles: true }));

describe('a Kendo UI Grid (header and rows in two tables, cells matched by their place)', () => {
  it('reads the Dx column and the CPT lines with their modifier columns, never the Dx ptr column', () => {
    load('kendo-grid');
    expect(summary(fields())).toEqual(['diagnosis:Dx', 'procedure:CPT', 'note:Progress note']);
    expect(read('diagnosis')).toBe('M99.03\nM48.062');
    expect(read('procedure')).toBe('98941 AT GA\n97140 GP');
  });

  it('reads an edited cell from its editor, which is no field of its own', () => {
    load('kendo-grid');
    // The second row's code cell (each row: code, description, the Delete command).
    click(document.querySelectorAll('#grid1 td[role="gridcell"]')[3]!);
    const input = document.querySelector<HTMLInputElement>('#grid1 input.k-input-inner')!;
    input.value = 'M99.01';
    expect(fields().map((c) => c.element)).not.toContain(input);
    expect(read('diagnosis')).toBe('M99.03\nM99.01');
  });
});

describe('a DevExtreme DataGrid (cells matched by aria-colindex, headers named "Column …")', () => {
  it('reads the Diagnosis column and the CPT lines, a new row once its code is typed', () => {
    load('devextreme-grid');
    expect(summary(fields())).toEqual(['diagnosis:Diagnosis', 'procedure:CPT', 'note:Progress note']);
    expect(read('procedure')).toBe('98941 AT GA\n97140 GP');
    click(document.querySelector('#grid1 .dx-datagrid-addrow-button')!);
    // The new row's empty editor adds no line.
    expect(read('diagnosis')).toBe('M99.03\nM48.062');
    document.querySelector<HTMLInputElement>('#grid1 .dx-texteditor-input')!.value = 'M99.04';
    expect(read('diagnosis')).toBe('M99.04\nM99.03\nM48.062');
  });

  it('matches a cell by the header its aria-describedby names when no aria-colindex is given', () => {
    load('devextreme-grid');
    for (const cell of document.querySelectorAll('[aria-colindex]')) cell.removeAttribute('aria-colindex');
    // The Description column first: only aria-describedby still says which column a cell is in.
    const header = document.querySelector('#grid1 .dx-header-row')!;
    header.prepend(header.children[1]!);
    expect(read('diagnosis')).toBe('M99.03\nM48.062');
  });
});

describe('AG Grid (div grid, a row split over pinned and scrolling containers)', () => {
  const cell = (col: string, index: number, text: string) =>
    `<div role="gridcell" col-id="${col}" class="ag-cell ag-cell-value" aria-colindex="${index}" tabindex="-1">${text}</div>`;
  const row = (at: number, cells: string) =>
    `<div role="row" row-index="${at - 2}" aria-rowindex="${at}" class="ag-row">${cells}</div>`;
  const header = (col: string, index: number, text: string) =>
    `<div class="ag-header-cell" role="columnheader" col-id="${col}" aria-colindex="${index}" tabindex="-1" aria-sort="none"><div class="ag-header-cell-resize" role="presentation"></div><div class="ag-header-cell-comp-wrapper" role="presentation"><div class="ag-header-cell-label" role="presentation"><span class="ag-header-cell-text">${text}</span><span class="ag-header-icon ag-filter-icon ag-hidden" aria-hidden="true"><span class="ag-icon ag-icon-filter" role="presentation"></span></span></div></div></div>`;
  const grid = `<div class="ag-grid-viewport" role="grid" aria-colcount="4" aria-rowcount="3"><div role="rowgroup">
      <div class="ag-header" role="presentation"><div class="ag-header-row" role="row" aria-rowindex="1">${header('cpt', 1, 'CPT')}${header('mod', 2, 'Modifier')}${header('dx', 3, 'ICD-10')}${header('units', 4, 'Units')}</div></div>
      <div class="ag-pinned-left-cols-container" role="rowgroup">${row(2, cell('cpt', 1, '98941'))}${row(3, cell('cpt', 1, '97140'))}</div>
      <div class="ag-center-cols-container" role="rowgroup">${row(2, cell('mod', 2, 'AT') + cell('dx', 3, 'M99.03') + cell('units', 4, '1'))}${row(3, cell('mod', 2, 'GP') + cell('dx', 3, 'M48.062') + cell('units', 4, '2'))}</div>
    </div></div>`;

  it('reads one line per row across its parts, the editor AG Grid names "Input Editor" included', () => {
    document.body.innerHTML = grid;
    expect(summary(fields())).toEqual(['procedure:CPT', 'diagnosis:ICD-10']);
    expect(read('procedure')).toBe('98941 AT\n97140 GP');
    const edited = document.querySelectorAll('[col-id="dx"][role="gridcell"]')[1]!;
    edited.innerHTML = `<div class="ag-cell-edit-wrapper"><div role="presentation" class="ag-cell-editor ag-text-field ag-input-field"><div class="ag-wrapper ag-input-wrapper" role="presentation"><input class="ag-input-field-input ag-text-field-input" type="text" aria-label="Input Editor" value="M99.01"></div></div></div>`;
    expect(summary(fields())).toEqual(['procedure:CPT', 'diagnosis:ICD-10']);
    expect(read('diagnosis')).toBe('M99.03\nM99.01');
  });
});

describe('grids read as before', () => {
  it('a plain table with a Dx column (no grid role: as often a history of past visits) is no field', () => {
    document.body.innerHTML = `<table><thead><tr><th>Date</th><th>Dx</th></tr></thead><tbody><tr><td>2026-10-01</td><td>M99.01</td></tr></tbody></table>`;
    expect(fields()).toEqual([]);
  });

  it('a grid named as a problem list is read whole, not column by column (guards a reading that held)', () => {
    document.body.innerHTML = `<div role="grid" aria-label="Problem list"><div role="row"><span role="columnheader">ICD-10</span><span role="columnheader">Description</span></div>
      <div role="row"><span role="gridcell">M99.03</span><span role="gridcell">Segmental and somatic dysfunction of lumbar region</span></div></div>`;
    const found = fields();
    expect(summary(found)).toEqual(['diagnosis:Problem list']);
    expect(readField(found[0]!).text.split('\n')).toContain(
      'M99.03\tSegmental and somatic dysfunction of lumbar region',
    );
  });

  it('a charge grid of inputs with no grid role keeps its inputs as fields (guards a reading that held)', () => {
    document.body.innerHTML = readFileSync('test/fixtures/pages/cpt-order-rows.html', 'utf8')
      .replace(/^[\s\S]*<body>/, '')
      .replace(/<\/body>[\s\S]*$/, '');
    expect(
      fields()
        .filter((c) => c.kind === 'procedure')
        .map((c) => c.element.tagName),
    ).toEqual(['INPUT', 'INPUT', 'TABLE']);
  });
});

describe('a grid or table read whole as a list', () => {
  it('a grid or table read whole leaves out its header row: column names are no diagnosis', () => {
    // Not named "Problem list": beside another diagnosis list that one is chart context (chart-context.ts).
    document.body.innerHTML = `<div role="grid" aria-label="Diagnosis list"><div role="row"><span role="columnheader">ICD-10</span><span role="columnheader">Description</span></div>
      <div role="row"><span role="gridcell">M99.03</span><span role="gridcell">Segmental and somatic dysfunction of lumbar region</span></div></div>
      <table aria-label="Diagnoses"><thead><tr><th>Code</th><th>Title</th></tr></thead><tbody><tr><td>M48.062</td><td>Spinal stenosis, lumbar region with neurogenic claudication</td></tr></tbody></table>`;
    const lines = fields().map((c) => readField(c).text);
    expect(lines).toEqual([
      'M99.03\tSegmental and somatic dysfunction of lumbar region',
      'M48.062\tSpinal stenosis, lumbar region with neurogenic claudication',
    ]);
  });
});
