/**
 * Page shapes from the blind page QA of stop 56 (test/fixtures/pages/vendor-*.html, written as
 * other vendors' engineers would), each with the smallest DOM that shows it.
 * e2e: test/e2e/page-vendor-shapes.spec.ts.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { findFields } from './find-fields';
import { readField } from './read-field';

const fields = () => findFields(document, {});
const summary = () => fields().map((c) => ({ kind: c.kind, label: c.label, text: readField(c).text }));

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('a contenteditable="plaintext-only" note is an editable like any other', () => {
  it('keeps the diagnosis input beside it a field of its own, its widget ending before the note', () => {
    // Every selector list in src/content that named contenteditable "" and "true" missed this one
    // (editable-shapes.ts): the diagnosis input's widget grew over the note, and it was no field.
    document.body.innerHTML = `<div class="enc"><div class="row"><label for="dx">Diagnosis</label><input id="dx" value="M99.61"></div>
      <div class="row"><div class="lbl">Progress note</div><div id="note" contenteditable="plaintext-only">Neck pain. <span class="tag">M48.062</span> discussed.</div></div></div>`;
    expect(summary()).toEqual([
      { kind: 'diagnosis', label: 'Diagnosis', text: 'M99.61' },
      expect.objectContaining({ kind: 'note', text: 'Neck pain. M48.062 discussed.' }),
    ]);
  });
});

describe('a component’s tokens named only by aria-label or title', () => {
  it('reads the code of a token whose visible text is a short name (aria-hidden), from its name', () => {
    document.body.innerHTML = `<h2>Encounter</h2><acme-dx-picker></acme-dx-picker><label for="n">Progress note</label><textarea id="n"></textarea>`;
    const root = document.querySelector('acme-dx-picker')!.attachShadow({ mode: 'open' });
    root.innerHTML = `<label for="q">Diagnoses (ICD-10)</label><div class="tokens">
      <span class="token" aria-label="M99.61 Osseous and subluxation stenosis of intervertebral foramina of cervical region" title="M99.61"><span aria-hidden="true">Neck foraminal narrowing (bony)</span> <button type="button" aria-label="Remove">×</button></span></div>
      <input id="q" role="combobox" aria-autocomplete="list" aria-expanded="false">`;
    const dx = fields().find((f) => f.kind === 'diagnosis')!;
    expect(dx.label).toBe('Diagnoses (ICD-10)');
    const text = readField(dx).text;
    // Once: its title repeats the code its aria-label starts with.
    expect(text.match(/M99\.61/g)).toHaveLength(1);
    expect(text).not.toMatch(/Remove/);
  });

  it('leaves out a button’s action name and a token inside the open listbox', () => {
    document.body.innerHTML = `<acme-dx-picker></acme-dx-picker>`;
    const root = document.querySelector('acme-dx-picker')!.attachShadow({ mode: 'open' });
    root.innerHTML = `<label for="q">Diagnosis</label><div class="tokens"></div><input id="q" role="combobox" aria-autocomplete="list">
      <ul role="listbox"><li role="option" class="token" title="M54.12">Neck radiculopathy</li></ul>`;
    const dx = fields().find((f) => f.kind === 'diagnosis')!;
    expect(readField(dx).text).not.toContain('M54.12');
  });
});

describe('a signed note shown as a definition list of its parts', () => {
  const view = (terms: [string, string][]) =>
    `<h2>Visit — signed</h2><dl>${terms.map(([t, d]) => `<dt>${t}</dt><dd>${d}</dd>`).join('')}</dl><label for="dx">Diagnosis for this claim</label><input id="dx">`;

  it('reads each part under a note-part term as note text named by the term', () => {
    document.body.innerHTML = view([
      ['Chief complaint', 'Neck pain into the right arm.'],
      ['Objective', 'MRI: severe right C6-C7 foraminal stenosis from uncovertebral spurs.'],
      ['Assessment', 'Cervical foraminal stenosis, osseous.'],
    ]);
    expect(summary().filter((f) => f.kind === 'note')).toEqual([
      { kind: 'note', label: 'Chief complaint', text: 'Neck pain into the right arm.' },
      { kind: 'note', label: 'Objective', text: expect.stringContaining('C6-C7 foraminal stenosis') },
      { kind: 'note', label: 'Assessment', text: 'Cervical foraminal stenosis, osseous.' },
    ]);
  });

  it('reads no note in a summary with one note-like term (a coverage "Plan"), nor a diagnosis term as a note', () => {
    document.body.innerHTML = view([
      ['Payer', 'Medicare'],
      ['Plan', 'Part B'],
      ['Diagnosis', 'M99.61'],
    ]);
    expect(summary().filter((f) => f.kind === 'note')).toEqual([]);
    expect(summary()).toContainEqual(expect.objectContaining({ kind: 'diagnosis', text: 'M99.61' }));
  });
});
