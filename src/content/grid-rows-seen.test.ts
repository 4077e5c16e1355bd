import { beforeEach, describe, expect, it } from 'vitest';
import { findFields } from './find-fields';
import { mergeRows, type DrawnLine } from './grid-rows-seen';
import { readField } from './read-field';

const rows = (...lines: [number, string][]): DrawnLine[] => lines.map(([index, line]) => ({ index, line }));
const here = 'https://ehr.example/visit/1';

describe('mergeRows (pure)', () => {
  it('reads a grid that draws every row as drawn, keeping nothing', () => {
    expect(mergeRows(undefined, 4, 1, here, rows([2, '98940'], [3, '97140 59'], [4, '']))).toEqual({
      lines: ['98940', '97140 59'],
      partial: false,
      kept: undefined,
    });
    expect(mergeRows(undefined, NaN, 0, here, rows([1, '98940'])).partial).toBe(false);
  });

  it('keeps the lines of rows scrolled away, by row index, and is whole once every row was drawn', () => {
    const first = mergeRows(undefined, 7, 1, here, rows([2, '98942'], [3, '97140 59'], [4, '']));
    expect(first).toMatchObject({ lines: ['98942', '97140 59'], partial: true });
    // Scrolled to the end: rows 2-3 left the page, 5-7 came in.
    const second = mergeRows(first.kept, 7, 1, here, rows([5, '97110'], [6, ''], [7, '']));
    expect(second).toMatchObject({ lines: ['98942', '97140 59', '97110'], partial: false });
    // A drawn row replaces what was kept for its index.
    const third = mergeRows(second.kept, 7, 1, here, rows([2, '98941 AT'], [3, '97140 59']));
    expect(third.lines).toEqual(['98941 AT', '97140 59', '97110']);
  });

  it('drops what was kept when the row count or the address changes', () => {
    const first = mergeRows(undefined, 7, 1, here, rows([2, '98942'], [3, '97140']));
    expect(mergeRows(first.kept, 8, 1, here, rows([6, '97110'])).lines).toEqual(['97110']);
    expect(mergeRows(first.kept, 7, 1, 'https://ehr.example/visit/2', rows([6, '97110'])).lines).toEqual([
      '97110',
    ]);
  });

  it('says partial when rows cannot be kept: no row index, or a total the grid does not know', () => {
    expect(mergeRows(undefined, 9, 1, here, [{ index: undefined, line: '98940' }])).toMatchObject({
      lines: ['98940'],
      partial: true,
      kept: undefined,
    });
    expect(mergeRows(undefined, -1, 1, here, rows([2, '98940']))).toMatchObject({
      partial: true,
      kept: undefined,
    });
  });
});

describe('a virtualised grid column read across scrolls', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  /** A charge grid of 6 lines that draws rows `from`..`to` (0-based), as a row-virtualising grid does. */
  const draw = (from: number, to: number) => {
    const codes = ['98941', '97140', '97112', '', '', ''];
    const mods = ['AT', '59', '', '', '', ''];
    let body = '';
    for (let i = from; i <= to; i++)
      body += `<div role="row" aria-rowindex="${i + 2}"><div role="gridcell" aria-colindex="1">${codes[i]}</div><div role="gridcell" aria-colindex="2">${mods[i]}</div></div>`;
    document.getElementById('body')!.innerHTML = body;
  };

  it('keeps a charge line scrolled out of the page and marks the field partial until every row was drawn', () => {
    document.body.innerHTML = `<div role="grid" aria-rowcount="7">
      <div role="rowgroup"><div role="row" aria-rowindex="1"><div role="columnheader" aria-colindex="1">CPT</div><div role="columnheader" aria-colindex="2">Modifier</div></div></div>
      <div role="rowgroup" id="body"></div></div>`;
    draw(0, 2);
    const field = () => findFields(document).find((f) => f.kind === 'procedure')!;
    expect(readField(field())).toMatchObject({ text: '98941 AT\n97140 59\n97112', partial: true });
    draw(3, 5);
    const after = readField(field());
    expect(after.text).toBe('98941 AT\n97140 59\n97112');
    expect(after.partial).toBeUndefined();
  });
});

describe('a virtualised grid named as the list of procedures (read whole)', () => {
  it('keeps its rows scrolled out of the page and says partial until every row was drawn', () => {
    document.body.innerHTML = `<div role="grid" aria-label="Procedure lines" aria-rowcount="5">
      <div role="row" aria-rowindex="1"><div role="columnheader">CPT</div><div role="columnheader">Mod</div></div>
      <div id="body"></div></div><textarea aria-label="Note">note</textarea>`;
    const body = document.getElementById('body')!;
    const lines = ['98942\t', '97140\t59', '', ''];
    const draw = (from: number, to: number) => {
      body.innerHTML = '';
      for (let i = from; i <= to; i++) {
        const [code, mod] = lines[i]!.split('\t');
        body.insertAdjacentHTML(
          'beforeend',
          `<div role="row" aria-rowindex="${i + 2}"><div role="gridcell">${code ?? ''}</div><div role="gridcell">${mod ?? ''}</div></div>`,
        );
      }
    };
    const field = () => findFields(document).find((f) => f.kind === 'procedure')!;
    draw(0, 1);
    expect(readField(field())).toMatchObject({ text: '98942\n97140\t59', partial: true });
    draw(2, 3);
    const after = readField(field());
    expect(after.text).toBe('98942\n97140\t59');
    expect(after.partial).toBeUndefined();
  });
});
