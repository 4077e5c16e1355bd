/**
 * Claim lines taken back (/tmp/qapages53 H5): a charge grid's line whose status says Void, Voided,
 * Reversed, Reversal, Credit or Adjusted off (and the Spanish) is no procedure billed at this
 * visit, as a Deleted or Cancelled line is not. The same words in a cell that says more ("Void of
 * tenderness", "Reversed lordosis") end nothing.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { findFields } from './find-fields';
import { readField } from './read-field';
import { isEndedRow } from './ended-rows';

/** A charge grid drawn as AG Grid draws it: CPT, Mod, Status and Comment columns. */
function chargeGrid(lines: [string, string, string][]): void {
  const cols = ['CPT', 'Mod 1', 'Status', 'Comment'];
  const header = cols
    .map((name, i) => `<div role="columnheader" aria-colindex="${i + 1}"><span>${name}</span></div>`)
    .join('');
  const rows = lines
    .map(([cpt, status, comment], r) => {
      const cells = [cpt, '', status, comment]
        .map((text, i) => `<div role="gridcell" aria-colindex="${i + 1}">${text}</div>`)
        .join('');
      return `<div role="row" aria-rowindex="${r + 2}">${cells}</div>`;
    })
    .join('');
  document.body.innerHTML = `<div role="grid" aria-colcount="4" aria-rowcount="${lines.length + 1}"><div role="rowgroup">
    <div role="row" aria-rowindex="1">${header}</div>${rows}</div></div>`;
}
const row = (cells: string[]) => {
  const tr = document.createElement('tr');
  tr.innerHTML = cells.map((c) => `<td>${c}</td>`).join('');
  return tr;
};

describe('a claim line taken back is no line billed', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  for (const status of [
    'Void',
    'VOIDED',
    'Voided 09/30/2026',
    'Reversed',
    'Reversal',
    'Credit',
    'Credited',
    'Adjusted off',
    'Adjusted-off',
    'Anulado',
    'Cancelado',
    'Revertida',
    'Reversado',
  ])
    it(`ends a row whose status cell says "${status}"`, () => {
      expect(isEndedRow(row(['98943', 'GA', status]))).toBe(true);
    });

  for (const cell of [
    'Void of tenderness',
    'Reversed cervical lordosis',
    'Credit card on file',
    'Reversal of lordosis at C4-C5',
    'Adjusted offset',
    'Voided urine sample sent',
  ])
    it(`keeps a row whose cell says more: "${cell}"`, () => {
      expect(isEndedRow(row(['98941', 'AT', cell]))).toBe(false);
    });

  it('reads a charge grid without its voided and reversed lines, and with the lines still active', () => {
    chargeGrid([
      ['98941', 'Active', ''],
      ['98943', 'Voided', 'entered twice'],
      ['97140', 'Billed', 'Void of tenderness noted, treated anyway'],
      ['99213', 'Reversed', ''],
    ]);
    const procedure = findFields(document).find((f) => f.kind === 'procedure');
    expect(procedure).toBeDefined();
    expect(readField(procedure!).text.split('\n')).toEqual(['98941', '97140']);
  });
});
