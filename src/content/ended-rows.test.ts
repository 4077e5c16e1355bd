import { beforeEach, describe, expect, it } from 'vitest';
import { findFields } from './find-fields';
import { readField } from './read-field';
import { enteredFields } from './chart-context';
import { isEndedRow } from './ended-rows';

const entered = () =>
  enteredFields(findFields(document))
    .filter((f) => f.kind === 'diagnosis')
    .map((f) => ({ label: f.label, text: readField(f).text }));

/** An Epic-like encounter: the visit's diagnoses table (its id only, no aria name) above the problem list. */
const visitPage = (rows: string) => `
  <section aria-labelledby="vdx-h"><h2 id="vdx-h">Visit Diagnoses</h2>
  <table id="vdx"><thead><tr><th>Diagnosis</th><th>Primary</th><th>Status</th></tr></thead><tbody>${rows}</tbody></table></section>
  <section aria-labelledby="pl-h"><h2 id="pl-h">Problem List</h2>
  <table><thead><tr><th>Problem</th><th>Noted</th><th>Status</th></tr></thead><tbody>
  <tr><td>Spinal stenosis of lumbar region [M48.06]</td><td>04/2024</td><td>Active</td></tr>
  <tr><td>Cervical radiculopathy [M54.12]</td><td>01/2023</td><td>Resolved 06/2023</td></tr>
  </tbody></table></section>
  <section><h2 id="note-h">Progress Note</h2><div contenteditable="true" aria-labelledby="note-h">Lumbar stenosis.</div></section>`;

describe('a visit diagnoses table and the rows no longer current', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('reads a visit diagnoses table named only by an id attribute under its heading, with one row, and leaves the problem list out', () => {
    document.body.innerHTML = visitPage(
      '<tr><td>Spinal stenosis of lumbar region with neurogenic claudication [M48.062]</td><td>✔</td><td>Active</td></tr>',
    );
    expect(entered()).toEqual([
      {
        label: 'Visit Diagnoses',
        text: 'Spinal stenosis of lumbar region with neurogenic claudication [M48.062]\t✔\tActive',
      },
    ]);
  });

  it('reads every active row whatever its title says ("Radiculopathy, lumbar region [M54.16]")', () => {
    document.body.innerHTML = visitPage(
      '<tr><td>Spinal stenosis of lumbar region with neurogenic claudication [M48.062]</td><td>✔</td><td>Active</td></tr>' +
        '<tr><td>Radiculopathy, lumbar region [M54.16]</td><td></td><td>Active</td></tr>',
    );
    expect(entered()[0]?.text.split('\n')).toHaveLength(2);
    expect(entered()[0]?.text).toContain('[M54.16]');
  });

  it('leaves out a row removed from the encounter, and a struck-through one', () => {
    document.body.innerHTML = visitPage(
      '<tr><td>Spinal stenosis of lumbar region with neurogenic claudication [M48.062]</td><td>✔</td><td>Active</td></tr>' +
        '<tr><td>Radiculopathy, lumbar region [M54.16]</td><td></td><td>Removed from encounter</td></tr>' +
        '<tr><td><s>Cervicalgia [M54.2]</s></td><td></td><td></td></tr>',
    );
    expect(entered()).toEqual([
      {
        label: 'Visit Diagnoses',
        text: 'Spinal stenosis of lumbar region with neurogenic claudication [M48.062]\t✔\tActive',
      },
    ]);
  });

  it('reads a problem list alone without its resolved rows', () => {
    document.body.innerHTML = visitPage('');
    document.querySelector('[aria-labelledby="vdx-h"]')!.remove();
    const [list] = entered();
    expect(list?.label).toBe('Problem List');
    expect(list?.text).toContain('M48.06');
    expect(list?.text).not.toContain('M54.12');
  });

  it('an ended status is a short cell of its own, never a title or a comment', () => {
    const row = (cells: string) => {
      document.body.innerHTML = `<table><tr>${cells}</tr></table>`;
      return isEndedRow(document.querySelector('tr')!);
    };
    expect(row('<td>M54.12</td><td>Resolved</td>')).toBe(true);
    expect(row('<td>M54.12</td><td>Inactive</td>')).toBe(true);
    expect(row('<td>M54.12</td><td>Entered in error</td>')).toBe(true);
    expect(row('<td>M54.12</td><td>Resuelto 03/2024</td>')).toBe(true);
    expect(row('<td>M54.12</td><td>Active</td>')).toBe(false);
    expect(row('<td>Resolved M54.12 after surgery</td>')).toBe(false);
    expect(
      row('<td>M54.12</td><td>Resolved numbness but the radicular pain continues daily after PT</td>'),
    ).toBe(false);
  });
});
