/**
 * Page patterns from the EHR QA of 2026-12-06, second round (/tmp/pageqa46: PrimeVue, Shoelace,
 * Tom Select, Choices.js, Ant Design, Lexical, Tiptap, Handsontable and Ionic pages), each with the
 * smallest DOM that shows it. e2e: test/e2e/page-second-round.spec.ts.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { findFields } from './find-fields';
import { readField } from './read-field';

const fields = () => findFields(document, {});
const byId = (id: string) => fields().find((c) => c.element.id === id);
const textOf = (id: string) => {
  const candidate = byId(id);
  return candidate ? readField(candidate).text : undefined;
};

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('a token field drawn as one listbox (PrimeVue’s multiple AutoComplete)', () => {
  it('reads the entry as the diagnosis field, with the chips that are options beside it', () => {
    document.body.innerHTML = `
      <div role="region" aria-labelledby="h"><span id="h">Diagnoses</span><div><div class="p-autocomplete">
        <ul role="listbox" aria-orientation="horizontal">
          <li role="option" aria-selected="true" aria-label="M99.01 Segmental and somatic dysfunction of cervical region"><div class="p-chip"><div class="p-chip-label">M99.01 Segmental and somatic dysfunction of cervical region</div></div></li>
          <li role="option" aria-selected="true"><div class="p-chip"><div class="p-chip-label">Segmental and somatic dysfunction of lumbar region</div></div></li>
          <li role="option"><input id="entry" type="text" role="combobox" aria-autocomplete="list" placeholder="Code or term"></li>
        </ul>
        <span role="status" aria-live="polite">No results found</span>
      </div></div></div>`;
    const entry = byId('entry');
    expect(entry?.kind).toBe('diagnosis');
    const reading = readField(entry!);
    expect(reading.text.split('\n').filter(Boolean)).toEqual([
      'M99.01 Segmental and somatic dysfunction of cervical region',
      'Segmental and somatic dysfunction of lumbar region',
    ]);
    expect(reading.titles).toContain('Segmental and somatic dysfunction of lumbar region');
  });

  it('still never reads a popup’s options, nor a search box inside a popup that is no token field', () => {
    document.body.innerHTML = `
      <label for="dx">Diagnosis</label><input id="dx" role="combobox" aria-controls="pop" aria-expanded="true">
      <ul id="pop" role="listbox"><li role="option">M99.60 Head region</li><li role="option">M99.61 Cervical region</li></ul>
      <div role="listbox" aria-label="Diagnosis matches"><div role="option"><input id="ro" type="text" readonly aria-label="Diagnosis filter"></div></div>`;
    expect(fields().map((c) => c.element.id)).toEqual(['dx']);
    expect(textOf('dx')).toBe('');
  });
});
