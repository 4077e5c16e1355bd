/**
 * A grid drawn as two tables (Kendo-like: a header table, then a content table in its own box) is
 * one diagnosis list, its code column one code per row; a header table is never an empty field
 * (split-grid.ts; stop 49's page QA read such a grid as two empty diagnosis fields).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { findFields } from './find-fields';
import { readField } from './read-field';

const grid = (
  headers: string,
  rows: string,
  role = '',
) => `<section><h2>Diagnoses</h2><div class="k-grid"${role}>
  <div class="k-grid-header"><div class="k-grid-header-wrap"><table><colgroup><col><col></colgroup><thead><tr>${headers}</tr></thead></table></div></div>
  <div class="k-grid-content"><table><colgroup><col><col></colgroup><tbody>${rows}</tbody></table></div></div></section>
  <label for="note">Progress note</label><textarea id="note">Low back pain.</textarea>`;
const ROWS =
  '<tr><td>M99.03</td><td>Segmental and somatic dysfunction of lumbar region</td></tr><tr><td>M51.16</td><td>Intervertebral disc disorders with radiculopathy, lumbar region</td></tr>';
const diagnosisFields = () => findFields(document).filter((f) => f.kind === 'diagnosis');

describe('a grid drawn as two tables', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('is one diagnosis field, named by its section, that holds its code column', () => {
    document.body.innerHTML = grid('<th>Code</th><th>Description</th>', ROWS);
    const fields = diagnosisFields();
    expect(fields).toHaveLength(1);
    expect(fields[0]?.label).toBe('Diagnoses');
    expect(readField(fields[0]!).text).toBe('M99.03\nM51.16');
  });

  it('finds the code column wherever it stands, by its name ("ICD-10")', () => {
    document.body.innerHTML = grid(
      '<th>#</th><th>Description</th><th>ICD-10</th>',
      '<tr><td>1</td><td>Cervicalgia</td><td>M54.2</td></tr>',
    );
    expect(diagnosisFields().map((f) => readField(f).text)).toEqual(['M54.2']);
  });

  it('reads the rows whole when no header names the code column', () => {
    document.body.innerHTML = grid(
      '<th>Diagnosis</th><th>Onset</th>',
      '<tr><td>M54.2 Cervicalgia</td><td>2026-11-02</td></tr>',
    );
    expect(diagnosisFields().map((f) => readField(f).text)).toEqual(['M54.2 Cervicalgia\t2026-11-02']);
  });

  it('is one field while it has no row yet (its body waits for them), and the header table is none', () => {
    document.body.innerHTML = grid('<th>Code</th><th>Description</th>', '');
    const fields = diagnosisFields();
    expect(fields.map((f) => f.element.querySelector('thead') === null)).toEqual([true]);
    expect(readField(fields[0]!).text).toBe('');
  });

  it('with ARIA roles (role=grid around both tables) is read once, as the grid', () => {
    document.body.innerHTML = grid(
      '<th role="columnheader">ICD-10</th><th role="columnheader">Description</th>',
      ROWS,
      ' role="grid"',
    );
    const fields = diagnosisFields();
    expect(fields).toHaveLength(1);
    expect(
      readField(fields[0]!)
        .text.split('\n')
        .map((line) => line.split('\t')[0]),
    ).toEqual(['M99.03', 'M51.16']);
  });

  it('is named by the heading before the grid when no section holds it', () => {
    document.body.innerHTML = grid('<th>Code</th><th>Description</th>', ROWS).replace(/<\/?section>/g, '');
    expect(diagnosisFields().map((f) => [f.label, readField(f).text])).toEqual([
      ['Diagnoses', 'M99.03\nM51.16'],
    ]);
  });

  it('a header table drawn alone is no field', () => {
    document.body.innerHTML = `<section><h2>Diagnoses</h2><table><thead><tr><th>Code</th><th>Description</th></tr></thead></table></section>`;
    expect(diagnosisFields()).toEqual([]);
  });
});
