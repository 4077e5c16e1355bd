/**
 * A grid that recycles a pool of row nodes as it scrolls (QA stop 53 M2): a pool node it has no row
 * for is hidden with its last aria-rowindex and text left in place. It is no row: the line drawn
 * with that index is read once.
 */
import { describe, expect, it } from 'vitest';
import { findFields } from './find-fields';
import { readField } from './read-field';

const LINES = [
  ['98940', 'AT'],
  ['97140', 'GP'],
  ['97112', 'GP'],
  ['97530', 'GP'],
  ['97010', ''],
  ['G0283', 'GP'],
  ['97035', 'GP'],
];
const POOL = 5;
const ROW_HEIGHT = 30;

/** A charge grid drawing its 7 lines from a pool of 5 row nodes, as AG Grid's row virtualisation does. */
function pooledGrid(): { scrollTo: (top: number) => void } {
  document.body.innerHTML = `<div role="grid" aria-label="Charge lines" aria-rowcount="${LINES.length + 1}">
    <div role="row" aria-rowindex="1"><div role="columnheader">Line</div><div role="columnheader">CPT</div><div role="columnheader">Modifier</div><div role="columnheader">Status</div></div>
    <div class="viewport"></div></div>`;
  const viewport = document.querySelector('.viewport') as HTMLElement;
  const pool = Array.from({ length: POOL }, () => {
    const row = document.createElement('div');
    row.setAttribute('role', 'row');
    for (let c = 0; c < 4; c++)
      row.appendChild(Object.assign(document.createElement('div'), { role: 'gridcell' }));
    for (const cell of row.children) cell.setAttribute('role', 'gridcell');
    viewport.appendChild(row);
    return row;
  });
  const draw = (top: number) => {
    const first = Math.floor(top / ROW_HEIGHT);
    pool.forEach((row, i) => {
      const at = first + i;
      const line = LINES[at];
      // No line for this node: hidden, its last index and text left as they were.
      if (!line) return void (row.style.display = 'none');
      row.style.display = '';
      row.setAttribute('aria-rowindex', String(at + 2));
      [String(at + 1), line[0] ?? '', line[1] ?? '', 'Active'].forEach((text, c) => {
        (row.children[c] as HTMLElement).textContent = text;
      });
    });
  };
  draw(0);
  return { scrollTo: draw };
}
const procedureLines = () => {
  const field = findFields(document).find((f) => f.kind === 'procedure');
  if (!field) throw new Error('no procedure field');
  return readField(field).text.split('\n');
};

describe('a grid that recycles its row nodes', () => {
  it('reads each line once after a scroll, the lines scrolled away kept', () => {
    const grid = pooledGrid();
    expect(procedureLines()).toHaveLength(5);
    // Scrolled to line 5: its first three nodes draw lines 5-7; the last two have none and are hidden,
    // the fifth still showing line 5, which the first now draws too.
    grid.scrollTo(4 * ROW_HEIGHT);
    const lines = procedureLines();
    expect(lines.filter((l) => l.includes('97010'))).toHaveLength(1);
    expect(lines.join('\n').match(/\b\d{5}\b|G0283/g)).toEqual([
      '98940',
      '97140',
      '97112',
      '97530',
      '97010',
      'G0283',
      '97035',
    ]);
  });
});
