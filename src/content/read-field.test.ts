import { beforeEach, describe, expect, it } from 'vitest';
import { findFields } from './find-fields';
import { readField } from './read-field';

const readFirst = () => readField(findFields(document)[0]!);

describe('readField', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('reads a select option value and text ("ICD10:M99.60")', () => {
    document.body.innerHTML = `<select aria-label="Diagnosis"><option value="">–</option><option value="ICD10:M99.60" selected>Osseous and subluxation stenosis of intervertebral foramina of head region</option></select>`;
    const read = readFirst();
    expect(read.text).toContain('ICD10:M99.60');
    expect(read.titles).toEqual([]);
  });

  it('adds the hidden input and chips of the widget, after the field’s own text', () => {
    document.body.innerHTML = `
      <main><section><div class="dx-widget">
        <input aria-label="Diagnosis search" value="osseous">
        <input type="hidden" name="dx_code" value="M99.61">
        <ul class="chips"><li class="chip">Spinal stenosis, cervical region <button>×</button></li></ul>
      </div></section><textarea>note</textarea></main>`;
    const read = readFirst();
    expect(read.ownLength).toBe('osseous'.length);
    expect(read.text.split('\n')).toEqual(['osseous', 'M99.61', 'Spinal stenosis, cervical region']);
    // Texts without a code may be titles the worker can resolve (the chip's remove button is no part of its title).
    expect(read.titles).toEqual(['osseous', 'Spinal stenosis, cervical region']);
  });

  it('never reads the options of an open dropdown as chosen', () => {
    document.body.innerHTML = `<div><input aria-label="Diagnosis" value="M99"><ul role="listbox"><li role="option">M99.60 Osseous…</li></ul></div>`;
    expect(readFirst().text).toBe('M99');
  });

  it('stops at the widget: another field’s chips are not this field’s', () => {
    document.body.innerHTML = `<form><div><input aria-label="Diagnosis" value="M99.60"></div><div><input aria-label="Other dx"><span class="tag">M48.02</span></div></form>`;
    expect(readFirst().text).toBe('M99.60');
  });
});
