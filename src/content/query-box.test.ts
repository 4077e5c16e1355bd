/**
 * A box to add or search diagnoses holds a query, not an entered code (query-box.ts): stop 49's
 * Epic-like "Add a visit diagnosis" took the whole sidebar as its value, and Cerner's "Add
 * diagnosis: [Code or term] [Add]" had a code typed but not yet added judged with its own badge.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { findFields, type FieldCandidate } from './find-fields';
import { readField } from './read-field';

const field = (id: string): FieldCandidate | undefined =>
  findFields(document).find((f) => f.element.id === id);

describe('a box to add or search diagnoses', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('never reads the query typed before Add, nor the visit’s table beside it (Cerner-like add bar)', () => {
    document.body.innerHTML = `<div class="mpage-comp">
      <div class="addbar"><label for="add">Add diagnosis:</label><input id="add" placeholder="Code or term"><button type="button">Add</button></div>
      <div><h2>Diagnoses (Problems) for this visit</h2><table role="grid" aria-label="This visit's diagnoses"><thead><tr><th>Display</th><th>Code</th></tr></thead>
        <tbody><tr><td>Low back pain, unspecified</td><td>M54.50</td></tr></tbody></table></div></div>`;
    (document.getElementById('add') as HTMLInputElement).value = 'M47.816';
    const add = field('add');
    expect(add?.kind).toBe('diagnosis');
    expect(readField(add!).text).toBe('');
  });

  it('never takes its container’s text as its value: lists under their headings and allergies (Epic-like sidebar)', () => {
    document.body.innerHTML = `<aside>
      <div><h2 id="v">Visit Diagnoses</h2><ul aria-labelledby="v"><li>Low back pain [M54.50]</li></ul>
        <div><input id="search" role="combobox" aria-expanded="false" aria-controls="r" aria-autocomplete="list" aria-label="Add a visit diagnosis"><ul id="r" role="listbox"></ul></div></div>
      <div><h2>Allergies</h2><ul><li>Penicillins</li></ul></div></aside>`;
    (document.getElementById('search') as HTMLInputElement).value = 'lumbar';
    expect(readField(field('search')!).text).toBe('');
  });

  it('a Spanish add verb names one too; an Add button beside a box named as the diagnosis does not (the demo EHR checks as it is typed)', () => {
    document.body.innerHTML = `
      <div><label for="dx">Diagnosis (ICD-10-CM)</label><input id="dx" role="combobox" aria-autocomplete="list"><button>Add</button></div>
      <div><label for="es">Añadir diagnóstico</label><input id="es"></div>`;
    (document.getElementById('dx') as HTMLInputElement).value = 'M54.5';
    (document.getElementById('es') as HTMLInputElement).value = 'M54.16';
    expect(readField(field('dx')!).text).toBe('M54.5');
    expect(readField(field('es')!).text).toBe('');
  });

  it('still reads the chips of a tags input whose entry says "Add a code", but not what is typed in it', () => {
    document.body.innerHTML = `<section><h2>Diagnoses</h2>
      <div class="tags"><span class="tag">M99.01</span><span class="tag">M99.03</span><input id="entry" placeholder="Add a code"></div></section>`;
    (document.getElementById('entry') as HTMLInputElement).value = 'M99.0';
    expect(readField(field('entry')!).text.split('\n').filter(Boolean)).toEqual(['M99.01', 'M99.03']);
  });

  it('guards a reading that held: a picker input that shows its chosen value (no add verb, no Add button) is read', () => {
    document.body.innerHTML = `<label for="p">Primary diagnosis</label><input id="p" role="combobox" aria-autocomplete="list" value="M99.53 Intervertebral disc stenosis of neural canal of lumbar region">`;
    expect(readField(field('p')!).text).toContain('M99.53');
  });

  describe('a code search and its results (QA stop 50, class E: an ICD-10 search drawer)', () => {
    const results = (items: string) =>
      ['M48.061 Spinal stenosis, lumbar region without neurogenic claudication', 'M99.33 Osseous stenosis of neural canal of lumbar region']
        .map((t) => `<li>${t} ${items}</li>`)
        .join('');
    const diagnoses = (shapes: string) =>
      findFields(document)
        .filter((f) => f.kind === 'diagnosis')
        .flatMap((f) => readField(f).text.match(/[A-Z]\d\d\.[0-9A-Z]+/g) ?? [])
        .concat(shapes);

    it.each([
      ['a drawer headed as a search, its input named "Search ICD-10"', `<aside aria-label="ICD-10 search"><h2>ICD-10 search</h2><input id="q" value="lumbar stenosis" aria-label="Search ICD-10"><ul>${results('<button>Add</button>')}</ul></aside>`],
      ['a lookup panel with "+" buttons and no search word in its name', `<section><h2>Diagnosis codes</h2><input id="q" aria-label="Find a code" value="stenosis"><ul>${results('<button aria-label="Add to visit">+</button>')}</ul></section>`],
      ['results under "Search results" with links to add', `<div><h3>ICD-10 search results</h3><ol>${results('<a href="#">add</a>')}</ol></div>`],
    ])('offers nothing as entered: %s', (_name, html) => {
      document.body.innerHTML = `<section><h2>Visit diagnoses</h2><ul><li>M48.062 Spinal stenosis, lumbar region with neurogenic claudication <button aria-label="Remove">×</button></li></ul></section>${html}`;
      expect(diagnoses('')).toEqual(['M48.062', '']);
    });

    it('keeps an unnamed diagnosis table whose body has one Add row button', () => {
      document.body.innerHTML = `<section><h2>Diagnoses</h2><table><tbody>
        <tr><td>M54.16</td><td>Radiculopathy, lumbar region</td></tr><tr><td colspan="2"><button>Add</button></td></tr></tbody></table></section>`;
      expect(diagnoses('')).toEqual(['M54.16', '']);
    });

    it('keeps a chosen list whose items carry a remove control, and a list where only some items can be added', () => {
      document.body.innerHTML = `<section><h2>Diagnoses</h2><ul>
        <li>M54.16 Radiculopathy, lumbar region <button>Remove</button></li>
        <li>M51.16 Intervertebral disc disorders with radiculopathy, lumbar region <button>Add note</button></li></ul></section>`;
      expect(diagnoses('')).toEqual(['M54.16', 'M51.16', '']);
    });
  });

  describe('a box named as the diagnosis that is only a draft of the list beside it (stop 50)', () => {
    const addBox = (button: string, input = '<input id="icd" type="text">') => `<section><h2>Diagnoses</h2>
      <div class="row"><label for="icd">ICD-10 code</label>${input}${button}</div>
      <ul class="codes"><li>M54.50 Low back pain, unspecified</li></ul></section>`;
    const type = (id: string, value: string) =>
      ((document.getElementById(id) as HTMLInputElement).value = value);

    it('never reads what is typed in a plain box whose Add, + or Insert button adds to a list beside it; the list is read', () => {
      for (const button of [
        '<button type="button">Add</button>',
        '<button aria-label="Add code">+</button>',
        '<input type="button" value="Insert">',
      ]) {
        document.body.innerHTML = addBox(button);
        type('icd', 'M99.6');
        expect(readField(field('icd')!).text, button).toBe('');
        const list = findFields(document).find((f) => f.element.matches('ul.codes'));
        expect(list && readField(list).text).toContain('M54.50');
      }
    });

    it('reads the list the box adds to as the diagnosis list, whatever its id; never the list an allergy box adds to', () => {
      document.body.innerHTML = `<div class="row"><label for="icd">ICD-10 code</label><input id="icd" type="text"><button>Add</button></div>
        <ul id="items-list"><li>M54.50 Low back pain, unspecified</li></ul>
        <div class="row"><label for="allergy">Allergy</label><input id="allergy" type="text"><button>Add</button></div>
        <ul id="allergy-list"><li>Penicillins</li></ul>`;
      const lists = findFields(document).filter((f) => f.element.matches('ul'));
      expect(lists.map((f) => [f.element.id, readField(f).text])).toEqual([
        ['items-list', 'M54.50 Low back pain, unspecified'],
      ]);
    });

    it('reads a plain box with an Add button and no list beside it, and one beside a list of inputs (a form that repeats rows)', () => {
      document.body.innerHTML = `<div><label for="icd">ICD-10 code</label><input id="icd" type="text"><button>Add</button></div>`;
      type('icd', 'M99.61');
      expect(readField(field('icd')!).text).toBe('M99.61');
      // A search's results beside the box (an Add button per item) are offers, not its list.
      document.body.innerHTML = `<div><label for="icd">ICD-10 code</label><input id="icd" type="text"><button>Add</button></div>
        <ul><li>M99.61 Segmental dysfunction of cervical region <button>Add</button></li><li>M99.62 Segmental dysfunction of thoracic region <button>Add</button></li></ul>`;
      type('icd', 'M99.61');
      expect(readField(field('icd')!).text.split('\n')[0]).toBe('M99.61');
      // A list further down the page, after another form's entry, is not the one it adds to.
      document.body.innerHTML = `<div><label for="icd">ICD-10 code</label><input id="icd" type="text"><button>Add</button></div>
        <div><label for="n">Referring provider</label><input id="n"></div><ul><li>Home</li><li>M54.2</li></ul>`;
      type('icd', 'M99.61');
      expect(readField(field('icd')!).text).toBe('M99.61');
      document.body.innerHTML = `<section><h2>Diagnoses</h2><div><label for="icd">ICD-10 code</label><input id="icd" type="text"><button>Add another</button></div>
        <ul><li><input aria-label="Diagnosis 2" value="M54.2"></li></ul></section>`;
      type('icd', 'M99.61');
      expect(readField(field('icd')!).text).toBe('M99.61');
    });

    it('learns at the first Add that a picker empties itself into the list: the next code typed is a draft', () => {
      document.body.innerHTML = addBox(
        '<button type="button">Add</button>',
        '<input id="icd" type="text" role="combobox" aria-autocomplete="list">',
      );
      type('icd', 'M99.61');
      const box = field('icd')!;
      expect(readField(box).text.split('\n')[0]).toBe('M99.61');
      // The page's Add: the value joins the list and the box is emptied.
      document
        .querySelector('ul.codes')!
        .insertAdjacentHTML(
          'beforeend',
          '<li>M99.61 Segmental and somatic dysfunction of cervical region</li>',
        );
      type('icd', '');
      expect(readField(box).text).not.toContain('M99.6\n');
      type('icd', 'M99.6');
      expect(readField(box).text.split('\n')).not.toContain('M99.6');
    });

    it('keeps reading a picker that keeps its value after Add (the demo EHR), even once the user empties it by hand', () => {
      document.body.innerHTML = addBox(
        '<button type="button">Add</button>',
        '<input id="icd" type="text" role="combobox" aria-autocomplete="list">',
      );
      const box = field('icd')!;
      type('icd', 'M99.60');
      expect(readField(box).text.split('\n')[0]).toBe('M99.60');
      document.querySelector('ul.codes')!.insertAdjacentHTML('beforeend', '<li>M99.60</li>');
      expect(readField(box).text.split('\n')[0]).toBe('M99.60');
      type('icd', '');
      readField(box);
      type('icd', 'M99.61');
      expect(readField(box).text.split('\n')[0]).toBe('M99.61');
    });
  });
  it('reads a code the page moved from a picker into the list beside it once: from the list, never also as the picker’s chip', () => {
    document.body.innerHTML = `<section><h2>Visit diagnoses</h2><div>
      <div class="entry"><span id="l">ICD-10-CM</span><input id="icd" role="combobox" aria-autocomplete="list" aria-labelledby="l"><button type="button">Add</button></div>
      <div role="list" id="chosen" aria-labelledby="l"><div role="listitem">M54.16</div></div></div></section>`;
    const box = field('icd');
    expect(box?.kind).toBe('diagnosis');
    expect(readField(box!).text).toBe('');
    expect(readField(field('chosen')!).text).toContain('M54.16');
  });
});
