/**
 * The chart around the visit is not the visit (chart-context.ts): stop 49's Epic-like page read its
 * Problem List (M54.2, I10, E11.9) as this visit's diagnoses beside "Visit Diagnoses".
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { chartContextOf } from './chart-context';
import { findFields } from './find-fields';
import { readField } from './read-field';

const diagnoses = () =>
  findFields(document)
    .filter((f) => f.kind === 'diagnosis')
    .map((f) => `${f.label}: ${readField(f).text.replace(/\n/g, ' | ')}`);

/** An Epic-like encounter sidebar: the visit's list, a box to add to it, the chart's lists under their headings. */
const sidebar = (extra = '') => `
  <aside>
    <div class="SidebarSection"><h2 id="visit-h">Visit Diagnoses</h2>
      <ul aria-labelledby="visit-h"><li><span>Intervertebral disc disorders with radiculopathy, lumbar region</span> <span class="dxCode">[M51.16]</span><a role="button">Remove</a></li></ul>
      <div><input role="combobox" aria-expanded="false" aria-controls="results" aria-autocomplete="list" aria-label="Add a visit diagnosis"><ul id="results" role="listbox"></ul></div>
    </div>
    <div class="SidebarSection"><h2 id="pl-h">Problem List</h2>
      <ul aria-labelledby="pl-h"><li><span>Cervicalgia</span><span class="dxCode">[M54.2]</span></li><li><span>Essential hypertension</span><span class="dxCode">[I10]</span></li></ul>
    </div>
    ${extra}
    <div class="SidebarSection"><h2>Allergies</h2><ul><li>Penicillins</li></ul></div>
  </aside>
  <textarea aria-label="Progress note">Low back pain radiating to the left leg.</textarea>`;

describe('the chart’s problem list and history beside the visit’s diagnoses', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('reads the visit’s list only: the problem list beside it is chart context', () => {
    document.body.innerHTML = sidebar();
    expect(diagnoses()).toEqual([
      'Visit Diagnoses: Intervertebral disc disorders with radiculopathy, lumbar region [M51.16]',
      'Add a visit diagnosis: ',
    ]);
  });

  it('never reads a list named as history, English or Spanish, even with no other list', () => {
    document.body.innerHTML = `
      <section><h3 id="pmh">Past Medical History</h3><ul aria-labelledby="pmh"><li>Essential hypertension [I10]</li></ul></section>
      <section><h3 id="ant">Antecedentes personales</h3><ul aria-labelledby="ant"><li>Diabetes mellitus tipo 2 [E11.9]</li></ul></section>
      <section><h3 id="prior">Prior diagnoses</h3><table aria-labelledby="prior"><tr><td>M54.2</td><td>Cervicalgia</td></tr></table></section>
      <textarea aria-label="Progress note">neck pain</textarea>`;
    expect(diagnoses()).toEqual([]);
  });

  it('reads a problem list when it is the page’s only diagnosis list (a small EHR codes there)', () => {
    document.body.innerHTML = `<h1>Encounter</h1>
      <table role="grid" aria-label="Problem list"><thead><tr><th>Code</th><th>Description</th></tr></thead>
        <tbody><tr><td>M99.03</td><td>Segmental and somatic dysfunction of lumbar region</td></tr></tbody></table>
      <textarea aria-label="Progress note">Subluxation at L4.</textarea>`;
    expect(diagnoses()).toEqual(['Problem list: M99.03\tSegmental and somatic dysfunction of lumbar region']);
  });

  it('keeps a list whose name says this visit, problems or not (Cerner’s "Diagnoses (Problems) for this visit")', () => {
    document.body.innerHTML = `<section><h2>Diagnoses (Problems) for this visit</h2>
      <table role="grid" aria-label="Diagnoses (Problems) for this visit"><thead><tr><th>Display</th><th>Code</th></tr></thead>
        <tbody><tr><td>Low back pain, unspecified</td><td>M54.50</td></tr></tbody></table></section>
      <section><h2 id="p">Problems</h2><ul aria-labelledby="p"><li>Essential hypertension [I10]</li></ul></section>`;
    expect(diagnoses()).toEqual(['Diagnoses (Problems) for this visit: Low back pain, unspecified\tM54.50']);
  });

  it('names: history, problem list, the visit’s own', () => {
    expect(chartContextOf('Past Medical History')).toBe('history');
    expect(chartContextOf('PMH')).toBe('history');
    expect(chartContextOf('Antecedentes familiares')).toBe('history');
    expect(chartContextOf('Problem List')).toBe('problems');
    expect(chartContextOf('Lista de problemas')).toBe('problems');
    expect(chartContextOf('Visit Diagnoses')).toBeUndefined();
    expect(chartContextOf('Diagnósticos de la consulta')).toBeUndefined();
    expect(chartContextOf('Diagnoses')).toBeUndefined();
  });
});
