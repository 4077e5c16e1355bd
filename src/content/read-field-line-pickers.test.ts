/**
 * A procedure line whose modifiers are a component's select drawn as a dialog button (Ionic's
 * multiple ion-select) in the same item, list or row as the CPT select: the line carries them
 * (Medicare reads 98940 with AT as active treatment). e2e: test/e2e/page-chips-and-lines.spec.ts.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { classifyElement } from './find-fields';
import { readField } from './read-field';

beforeEach(() => {
  document.body.innerHTML = '';
});

/** An ion-select-like component: its chosen text in a `part="text"`, its button named "<label>, <value>". */
function select(host: Element, label: string, shown: string): HTMLElement {
  const root = host.attachShadow({ mode: 'open' });
  root.innerHTML = `<label><div class="label-text">${label}</div><div class="native-wrapper"><div class="select-text" part="text" aria-hidden="true">${shown}</div><button aria-haspopup="dialog" aria-label="${label}${shown ? `, ${shown}` : ''}"></button></div></label>`;
  return root.querySelector('button')!;
}

const lineOf = (button: HTMLElement) => {
  const candidate = classifyElement(button, {});
  expect(candidate?.kind).toBe('procedure');
  return readField(candidate!).text;
};

describe('modifier selects drawn as dialog buttons, tied to their procedure line', () => {
  it('reads the modifiers item beside the CPT item of one charges list', () => {
    document.body.innerHTML = `<x-list role="list"><x-list-header>Charges</x-list-header>
      <x-item role="listitem"><x-select id="cpt"></x-select></x-item>
      <x-item role="listitem"><x-select id="mods" multiple></x-select></x-item></x-list>`;
    const cpt = select(document.getElementById('cpt')!, 'CPT', '98940 CMT 1-2 regions');
    select(document.getElementById('mods')!, 'Modifiers', 'AT, GA');
    expect(lineOf(cpt)).toBe('98940 AT GA CMT 1-2 regions');
  });

  it('reads a modifier select in the same item or row as the CPT select', () => {
    document.body.innerHTML = `<x-row class="line"><x-select id="cpt"></x-select><x-select id="mod"></x-select></x-row>`;
    const cpt = select(document.getElementById('cpt')!, 'CPT', '98941');
    select(document.getElementById('mod')!, 'Mod 1', 'AT');
    expect(lineOf(cpt)).toBe('98941 AT');
  });

  it('applies no placeholder, and no modifier of another line', () => {
    document.body.innerHTML = `<x-list role="list">
      <x-item><x-select id="cpt1"></x-select><x-select id="mod1"></x-select></x-item>
      <x-item><x-select id="cpt2"></x-select><x-select id="mod2"></x-select></x-item></x-list>`;
    const cpt1 = select(document.getElementById('cpt1')!, 'CPT', '98940');
    select(document.getElementById('mod1')!, 'Modifiers', 'None');
    const cpt2 = select(document.getElementById('cpt2')!, 'CPT', '97140');
    select(document.getElementById('mod2')!, 'Modifiers', 'GP');
    expect(lineOf(cpt1)).toBe('98940');
    expect(lineOf(cpt2)).toBe('97140 GP');
  });

  it('never takes a page’s own dialog button as a modifier control', () => {
    document.body.innerHTML = `<div class="line"><x-select id="cpt"></x-select><button aria-haspopup="dialog" aria-label="Modifier AT help">AT</button></div>`;
    const cpt = select(document.getElementById('cpt')!, 'CPT', '98940');
    expect(lineOf(cpt)).toBe('98940');
  });
});
