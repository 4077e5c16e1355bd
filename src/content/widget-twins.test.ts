import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { findFields } from './find-fields';
import { readField } from './read-field';
import { drawnControlOf, isHiddenValueSelect, isShownValueInCombobox, valueSelectOf } from './widget-twins';

function load(page: string): void {
  const html = readFileSync(`test/fixtures/pages/${page}.html`, 'utf8');
  document.body.innerHTML = html.replace(/^[\s\S]*<body>/, '').replace(/<\/body>[\s\S]*$/, '');
}
const diagnoses = () => findFields(document).filter((f) => f.kind === 'diagnosis');
const byId = (id: string) => document.getElementById(id) as HTMLElement;
const selectById = (id: string) => document.getElementById(id) as HTMLSelectElement;

describe('one diagnosis widget is one field', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('reads each picker once, as the control a person uses, every chosen code in it', () => {
    load('one-widget-pickers');
    const fields = diagnoses();
    expect(fields.map((f) => f.element.id || f.element.getAttribute('role'))).toEqual([
      'tags-entry',
      'combobox',
      'chips-entry',
    ]);
    const texts = fields.map((f) => readField(f).text);
    expect(texts[0]).toContain('M99.63');
    expect(texts[1]).toContain('M54.16');
    expect(texts[2]).toContain('M48.061');
    // Each code in one field only.
    for (const code of ['M99.63', 'M54.16', 'M48.061'])
      expect(texts.filter((t) => t.includes(code))).toHaveLength(1);
  });

  it('links a hidden select and the control drawn for it, both ways', () => {
    load('one-widget-pickers');
    expect(drawnControlOf(selectById('tags'))).toBe(byId('tags-entry'));
    expect(valueSelectOf(byId('tags-entry'))).toBe(byId('tags'));
    expect(isShownValueInCombobox(byId('second-shown'))).toBe(true);
  });

  it('keeps a select a person uses, and one beside several controls (a form, not a widget)', () => {
    document.body.innerHTML = `<form><div><label for="a">Diagnosis</label><select id="a"><option selected>M54.16</option></select><input aria-label="Diagnosis search"></div></form>`;
    expect(isHiddenValueSelect(selectById('a'))).toBe(false);
    document.body.innerHTML = `<div><select id="b" tabindex="-1" aria-hidden="true" aria-label="Dx"><option selected>M54.16</option></select><input aria-label="Dx 2"><input aria-label="Dx 3"></div>`;
    expect(drawnControlOf(selectById('b'))).toBeUndefined();
    expect(diagnoses().some((f) => f.element.id === 'b')).toBe(true);
  });
});
