import { describe, expect, it } from 'vitest';
import { detectPayer } from '../core/chiro/detect-payer';
import { findCoverageFields } from './find-coverage-fields';
import { shownChoice } from './shown-choice';

const page = (html: string) => {
  document.body.innerHTML = html;
  return document;
};
/** The payer select, `selected` chosen as a user does (its value set, as the page's script sees it). */
const payerPage = (selected: string, grouped = false, rename?: [string, string]) => {
  let html = payerSelect(grouped);
  if (rename) html = html.replace(rename[0], rename[1]);
  const doc = page(html);
  doc.querySelector('select')!.value = selected;
  return doc;
};
const payerSelect = (grouped: boolean) => {
  const option = (value: string, text: string) => `<option value="${value}">${text}</option>`;
  const list = grouped
    ? `<optgroup label="Commercial">${option('aetna', 'Aetna Open Access (commercial)')}${option('bcbs', 'BCBS PPO')}</optgroup>` +
      `<optgroup label="Medicare">${option('mcare', 'Medicare Part B — Novitas JL')}${option('self', 'Self-pay')}</optgroup>`
    : option('aetna', 'Aetna Open Access (commercial)') +
      option('mcare', 'Medicare Part B — Novitas JL') +
      option('self', 'Self-pay');
  return `<section><h2>Insurance</h2><label for="payer">Payer for this claim</label>
    <select id="payer"><option value="">— select —</option>${list}</select></section>`;
};

describe('a payer chosen in a select or listbox is its chosen option, never the list', () => {
  it('reads the selected option of a select whose first option is a commercial plan', () => {
    const fields = findCoverageFields(payerPage('mcare'));
    expect(fields.map((f) => f.text)).toEqual(['Payer: Medicare Part B — Novitas JL']);
    const guess = detectPayer(fields);
    expect(guess).toMatchObject({ payer: 'medicare', source: 'page' });
    expect(guess.evidence?.text).toBe('Payer: Medicare Part B — Novitas JL');
    expect(guess.evidence?.text).not.toMatch(/Aetna|Self-pay/);
  });

  it('reads no payer while only the placeholder is selected (never the label as the value)', () => {
    const fields = findCoverageFields(payerPage(''));
    expect(fields).toEqual([]);
    expect(detectPayer(fields).payer).toBe('unknown');
  });

  it('reads an option in an optgroup with the group that names the program', () => {
    const doc = payerPage('self', true, ['Self-pay', 'Novitas JL']);
    expect(shownChoice(doc.querySelector('select')!)).toBe('Medicare Novitas JL');
    expect(detectPayer(findCoverageFields(doc)).payer).toBe('medicare');
    const aetna = payerPage('aetna', true);
    expect(detectPayer(findCoverageFields(aetna))).toMatchObject({ payer: 'commercial' });
    expect(findCoverageFields(aetna)[0]?.text).toBe('Payer: Aetna Open Access (commercial)');
  });

  it('reads a listbox by its selected option, beside its label or named by aria-labelledby', () => {
    const doc = page(`
      <div><span id="pl">Primary payer</span>
      <ul role="listbox" aria-labelledby="pl"><li role="option" aria-selected="false">UnitedHealthcare Choice Plus</li><li role="option" aria-selected="true">Medicare Part B</li></ul></div>`);
    const fields = findCoverageFields(doc);
    expect(fields.map((f) => f.text)).toEqual(['Primary payer: Medicare Part B']);
    expect(detectPayer(fields).payer).toBe('medicare');
  });

  it('never takes a control named for an attribute of the coverage for the payer', () => {
    const doc = page(
      `<label for="a">Insurance ID</label><input id="a" value="XJ4471"><label for="b">Payer phone</label><input id="b" value="800-555-0100">`,
    );
    expect(findCoverageFields(doc)).toEqual([]);
  });

  it('leaves the caret a picker draws after its value out of the quote', () => {
    const doc = page(
      `<div class="row"><span class="field-label">Primary payer</span><button type="button" aria-haspopup="listbox">Medicare Part B ▼</button></div>`,
    );
    const guess = detectPayer(findCoverageFields(doc));
    expect(guess).toMatchObject({ payer: 'medicare' });
    expect(guess.evidence?.text).toBe('Primary payer: Medicare Part B');
  });

  it('quotes a design system select by its label and shown value, not its hidden select named by an id', () => {
    const doc = page(`<div><label id="pl">Primary payer</label>
      <button type="button" role="combobox" aria-labelledby="pl"><span>Medicare Part B</span><span aria-hidden="true">▾</span></button>
      <select aria-hidden="true" tabindex="-1" id="payer-native"><option value=""></option><option value="uhc">UnitedHealthcare Choice Plus</option><option value="mcb">Medicare Part B</option></select></div>`);
    doc.querySelector('select')!.value = 'mcb';
    const guess = detectPayer(findCoverageFields(doc));
    expect(guess).toMatchObject({ payer: 'medicare' });
    expect(guess.evidence?.text).toBe('Primary payer: Medicare Part B');
  });
});
