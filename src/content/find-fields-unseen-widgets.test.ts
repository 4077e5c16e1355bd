/**
 * Widget shapes from the blind page QA of 2026-12-06 (/tmp/qapages47: Ionic 8, Salesforce
 * Lightning-style closed roots, Chosen, flatpickr, an input mask, Epic-style SmartText, TipTap),
 * each with the smallest DOM that shows it. e2e: test/e2e/page-unseen-widgets.spec.ts.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { findDateOfService } from '../core';
import { detectPayer } from '../core/chiro/detect-payer';
import { findCoverageFields } from './find-coverage-fields';
import { findDateFields } from './find-date-fields';
import { classifyElement, findFields } from './find-fields';
import { readField } from './read-field';

const fields = () => findFields(document, {});
const byId = (id: string) => fields().find((c) => c.element.id === id);
const textOf = (id: string) => {
  const candidate = byId(id);
  return candidate ? readField(candidate).text : undefined;
};
const lines = (text: string | undefined) => (text ?? '').split('\n').filter(Boolean);
const dateOf = () => findDateOfService(findDateFields(document));

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('separate elements read as one field are kept apart (F)', () => {
  it('reads adjacent chips with no whitespace between them as two codes, never one glued token', () => {
    document.body.innerHTML = `
      <div class="item"><label for="dx">Add diagnosis (ICD-10)</label><input id="dx">
        <div class="dx-chips"><x-chip><x-label>M99.60</x-label><x-icon aria-label="Remove M99.60"></x-icon></x-chip><x-chip><x-label>M50.121</x-label></x-chip></div></div>`;
    const text = textOf('dx');
    expect(text).not.toContain('M99.60M50.121');
    expect(lines(text)).toEqual(['M99.60', 'M50.121']);
  });

  it('keeps inline formatting inside one chip joined', () => {
    document.body.innerHTML = `<div><label for="dx">Diagnosis</label><input id="dx"><span class="tag"><b>M99</b>.01</span><span class="tag">M54.12</span></div>`;
    expect(lines(textOf('dx'))).toEqual(['M99.01', 'M54.12']);
  });
});

describe('a closed dropdown’s leftover results are not chosen values (G)', () => {
  it('reads the chosen chips of a Chosen-style multiselect, not the hidden results list', () => {
    document.body.innerHTML = `
      <div class="chosen-container" id="box"><ul class="chosen-choices">
        <li class="search-choice"><span>M99.61 Osseous and subluxation stenosis of intervertebral foramina of cervical region</span><a class="search-choice-close">x</a></li>
        <li class="search-field"><input id="dx" type="text" placeholder="Select diagnoses"></li></ul>
        <div class="chosen-drop" hidden><ul class="chosen-results"><li class="active-result">M54.12 Radiculopathy, cervical region</li></ul></div></div>
      <div id="styled" style="display:none"></div>`;
    const text = textOf('dx') ?? '';
    expect(text).toContain('M99.61');
    expect(text).not.toContain('M54.12');
    // Hidden by an inline style too.
    const drop = document.querySelector<HTMLElement>('.chosen-drop')!;
    drop.hidden = false;
    drop.style.display = 'none';
    expect(textOf('dx')).not.toContain('M54.12');
  });
});

describe('payer labels (D)', () => {
  it('reads abbreviated labels and a label element beside its value element', () => {
    const cases: [string, string][] = [
      [
        '<div class="hdr"><span>DOB: 02/11/1952</span><span>Cvg: MEDICARE PART A &amp; B</span></div>',
        'medicare',
      ],
      ['<div class="topbar"><span>Ins: Medicare</span></div>', 'medicare'],
      [
        '<x-item><x-label class="sc-x-label-h">Payer</x-label><x-note slot="end">Medicare Part B</x-note></x-item>',
        'medicare',
      ],
      [
        '<div><span class="form-element__label">Primary Payer</span><div class="form-element__static">Medicare Part B</div></div>',
        'medicare',
      ],
    ];
    for (const [html, payer] of cases) {
      document.body.innerHTML = html;
      const coverage = findCoverageFields(document);
      expect(coverage.length, html).toBeGreaterThan(0);
      expect(detectPayer(coverage).payer, html).toBe(payer);
    }
  });
});

describe('date shapes (C)', () => {
  it('reads month, day and year selects under one visit-date label', () => {
    const months = [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ];
    document.body.innerHTML = `<fieldset><legend>Date of service</legend>
      <select aria-label="Month">${months.map((m, i) => `<option value="${i + 1}" ${i === 8 ? 'selected' : ''}>${m}</option>`).join('')}</select>
      <select aria-label="Day">${Array.from({ length: 31 }, (_, i) => `<option ${i === 13 ? 'selected' : ''}>${i + 1}</option>`).join('')}</select>
      <select aria-label="Year"><option>2025</option><option selected>2026</option></select></fieldset>`;
    // Chosen as a person does (jsdom's parser does not honour every `selected` attribute here).
    const [month, day, year] = [...document.querySelectorAll('select')];
    month!.value = '9';
    day!.value = '14';
    year!.value = '2026';
    expect(dateOf()).toMatchObject({ found: true, iso: '2026-09-14' });
    // Month names as values ("Sep") read the same.
    month!.innerHTML = '<option>Aug</option><option selected>Sep</option>';
    month!.value = 'Sep';
    expect(dateOf()).toMatchObject({ found: true, iso: '2026-09-14' });
  });

  it('reads a date picker’s hidden ISO input by its label, and a masked date in the order its placeholder states', () => {
    document.body.innerHTML = `<label for="v">Visit date</label><input type="hidden" id="v" name="visit_date" value="2026-09-14"><input type="text" readonly value="September 14, 2026">`;
    expect(dateOf()).toMatchObject({ found: true, iso: '2026-09-14' });
    document.body.innerHTML = `<label for="dos">DOS</label><input id="dos" placeholder="MM/DD/YYYY" value="12/03/2026">`;
    expect(dateOf()).toMatchObject({ found: true, iso: '2026-12-03' });
    document.body.innerHTML = `<label for="dos">DOS</label><input id="dos" placeholder="DD/MM/YYYY" value="12/03/2026">`;
    expect(dateOf()).toMatchObject({ found: true, iso: '2026-03-12' });
    // No order stated: still refused, never guessed.
    document.body.innerHTML = `<label for="dos">DOS</label><input id="dos" value="12/03/2026">`;
    expect(dateOf()).toMatchObject({ found: false });
  });

  it('reads "Enc Date:" and "Visit: <time datetime>" in a banner, not a last visit', () => {
    document.body.innerHTML = `<div class="pt-header"><span>DOB: 02/11/1952</span><span>Enc Date: 09/14/2026</span></div>`;
    expect(dateOf()).toMatchObject({ found: true, iso: '2026-09-14' });
    document.body.innerHTML = `<div class="topbar"><span>Visit: <time datetime="2026-09-14">Mon, Sep 14</time></span></div>`;
    expect(dateOf()).toMatchObject({ found: true, iso: '2026-09-14' });
    // A label the core knows is sent as written.
    document.body.innerHTML = `<div class="hdr"><span>Encounter Date of Service: 09/14/2026</span></div>`;
    expect(findDateFields(document).map((f) => f.text)).toContain('Encounter Date of Service: 09/14/2026');
    document.body.innerHTML = `<div><span>Last visit: 08/01/2026</span></div>`;
    expect(dateOf()).toMatchObject({ found: false });
  });
});

describe('date and payer inside shadow roots (B)', () => {
  it('reads them from the shadow roots it is given', () => {
    document.body.innerHTML = '<x-form></x-form>';
    const root = document.querySelector('x-form')!.attachShadow({ mode: 'open' });
    root.innerHTML = `<label for="d">Date of Service</label><input id="d" value="Sep 14, 2026">
      <div><span class="form-element__label">Primary Payer</span><div>Medicare Part B</div></div>`;
    expect(findDateFields(document)).toEqual([]);
    expect(findDateOfService(findDateFields(document, [root]))).toMatchObject({
      found: true,
      iso: '2026-09-14',
    });
    expect(detectPayer(findCoverageFields(document, [root])).payer).toBe('medicare');
  });
});

describe('chosen codes beside the entry (E/H)', () => {
  it('reads the rows of the list an entry’s component sits in (Ionic: levels inside ion-input count once)', () => {
    document.body.innerHTML = `
      <x-list><x-list-header><x-label>Visit diagnoses</x-label></x-list-header>
        <x-item><x-input><label class="input-wrapper"><span class="label-text">Add diagnosis (ICD-10)</span><div class="native-wrapper"><input id="dx"></div></label></x-input></x-item>
        <x-item role="listitem"><x-label>M99.60</x-label><x-button aria-label="Remove M99.60">Remove</x-button></x-item></x-list>
      <x-list><x-item><x-input><label><span>Note</span><div><textarea></textarea></div></label></x-input></x-item></x-list>`;
    expect(textOf('dx')).toContain('M99.60');
  });

  it('reads pills a lookup draws in its own shadow root, in a listbox named as the selected options', () => {
    document.body.innerHTML = '<x-lookup></x-lookup>';
    const root = document.querySelector('x-lookup')!.attachShadow({ mode: 'open' });
    root.innerHTML = `<label for="q">Diagnoses (ICD-10)</label><div class="wrap"><input id="q" role="combobox" aria-autocomplete="list" aria-controls="lb"><ul role="listbox" id="lb" hidden><li role="option">M54.12 Radiculopathy, cervical region</li></ul></div>
      <div><ul role="listbox" aria-label="Selected Options:"><li role="presentation"><span class="pill"><span class="pill__label">M99.60 Osseous and subluxation stenosis of intervertebral foramina of head region</span><button aria-label="Remove">×</button></span></li></ul></div>`;
    const input = root.getElementById('q') as HTMLInputElement;
    const candidate = classifyElement(input, {});
    expect(candidate?.kind).toBe('diagnosis');
    const text = readField(candidate!).text;
    expect(text).toContain('M99.60');
    expect(text).not.toContain('M54.12');
  });

  it('reads a select drawn as a dialog button in a shadow root by its chosen text part, not its placeholder', () => {
    document.body.innerHTML =
      '<x-select></x-select><button id="page-button" aria-haspopup="dialog">CPT lookup</button>';
    const root = document.querySelector('x-select')!.attachShadow({ mode: 'open' });
    root.innerHTML = `<div class="select-text" part="text" aria-hidden="true">98940 CMT 1-2 regions</div><button id="b" aria-haspopup="dialog" aria-label="CPT, 98940 CMT 1-2 regions"></button>`;
    const candidate = classifyElement(root.getElementById('b') as HTMLElement, {});
    expect(candidate?.kind).toBe('procedure');
    expect(readField(candidate!).text).toBe('98940 CMT 1-2 regions');
    // A page's own button that opens a dialog is no field.
    expect(classifyElement(document.getElementById('page-button') as HTMLElement, {})).toBeUndefined();
    root.querySelector('[part]')!.setAttribute('part', 'placeholder');
    expect(readField(candidate!).text).toBe('');
  });
});

describe('one-line editable diagnosis fields (I)', () => {
  it('reads an editable span holding a code as a diagnosis field, not a note', () => {
    document.body.innerHTML = `<table><tr><td>1.</td><td><span class="smartfield" contenteditable="true" id="dx1">M99.60</span></td></tr></table>`;
    expect(byId('dx1')?.kind).toBe('diagnosis');
  });

  it('reads a one-paragraph editor under "Diagnosis codes" as the diagnosis field; a narrative under "Assessment" stays a note', () => {
    document.body.innerHTML = `<div class="card"><h2>Diagnosis codes</h2><div><div id="codes" contenteditable="true"><p>M99.60, M50.122</p></div></div></div>
      <div class="card"><h2>Assessment</h2><div><div id="assess" contenteditable="true"><p>Cervical radiculopathy.</p></div></div></div>`;
    expect(byId('codes')?.kind).toBe('diagnosis');
    expect(byId('assess')?.kind).toBe('note');
  });
});
