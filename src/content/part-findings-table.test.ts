import { describe, expect, it } from 'vitest';
import { findFields } from './find-fields';
import { readField } from './read-field';
import { readEditable } from './read-editable';

// QA pages stop 54: a chiropractic visit's P/A/R/T findings drawn as an ARIA grid of divs (no
// <table>) were read as no part of the note. Pages of our own, in the shape a signed visit view has.
const cell = (role: string, text: string) => `<div role="${role}" class="cell">${text}</div>`;
const gridRow = (role: string, cells: string[]) =>
  `<div role="row" class="flex-row">${cells.map((c) => cell(role, c)).join('')}</div>`;
const grid = (label: string) => `<div role="grid" ${label} class="exam-grid">
  ${gridRow('columnheader', ['Segment', 'Pain', 'Asymmetry', 'ROM', 'Tone'])}
  ${gridRow('gridcell', ['C6-C7', '✓', '', '✓', ''])}
  ${gridRow('gridcell', ['L5', '✓', 'PI', '✓', '✓'])}
</div>`;
const ROWS = 'Segment\tPain\tAsymmetry\tROM\tTone\nC6-C7\t✓\t\t✓\t\nL5\t✓\tPI\t✓\t✓';
const visit = (findings: string) => `<main>
  <div class="dx"><label for="dx">Visit diagnoses</label><input id="dx" value="M99.01, M99.03"></div>
  <article class="signed-note">
    <h3>Subjective</h3><p>Neck and low back pain since a fall on ice, worse sitting.</p>
    <h3>Objective</h3><p>Static and motion palpation as charted.</p>
    ${findings}
    <h3>Plan</h3><p>CMT cervical and lumbar today, 98941.</p>
  </article></main>`;
const notes = () => findFields(document).filter((f) => f.kind === 'note');

describe('a P/A/R/T grid of divs is read with the note, a row per line', () => {
  it('reads a role=grid under the exam heading as a note field, each row with its level', () => {
    document.body.innerHTML = visit(grid('aria-label="Spinal findings"'));
    const table = notes().find((f) => f.element.getAttribute('role') === 'grid');
    expect(table?.label).toBe('Spinal findings');
    expect(table && readField(table).text).toBe(ROWS);
  });

  it('names an unnamed grid by the heading before it, and reads a <table> the same way', () => {
    document.body.innerHTML = visit(grid(''));
    expect(notes().find((f) => f.element.getAttribute('role') === 'grid')?.label).toBe('Objective');
    document.body.innerHTML =
      visit(`<table><thead><tr><th>Level</th><th>P</th><th>A</th><th>R</th><th>T</th></tr></thead>
      <tbody><tr><td>C6-C7</td><td>+</td><td>-</td><td>+</td><td>-</td></tr></tbody></table>`);
    const table = notes().find((f) => f.element.tagName === 'TABLE');
    expect(table && readField(table).text).toBe('Level\tP\tA\tR\tT\nC6-C7\t+\t-\t+\t-');
  });

  it('reads a grid inside an editable note as rows, not a line per cell', () => {
    document.body.innerHTML = `<div contenteditable="true" aria-label="Visit note"><p>O: palpation as below.</p>${grid('')}<p>A: segmental dysfunction.</p></div>`;
    const editor = document.querySelector('[contenteditable]') as HTMLElement;
    expect(readEditable(editor).text).toBe(`O: palpation as below.\n${ROWS}\nA: segmental dysfunction.`);
  });

  it('takes no other grid for findings: a schedule, a two-letter grid, a diagnosis grid', () => {
    document.body.innerHTML = `<div role="grid" aria-label="Appointments">${gridRow('columnheader', ['Time', 'Patient', 'Provider', 'Room'])}${gridRow('gridcell', ['09:00', 'A. Ray', 'Dr. Lee', '2'])}</div>
      <div role="grid" aria-label="Vitals">${gridRow('columnheader', ['P', 'A', 'BP', 'Temp'])}${gridRow('gridcell', ['72', '-', '120/80', '98.6'])}</div>`;
    expect(notes()).toEqual([]);
  });
});
