/**
 * Widgets real EHRs use that earlier probes did not cover (probe of 2026-12-04, round 3): each
 * fixture page in test/fixtures/pages renders its widget as the library does.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findFields } from './find-fields';
import { readField } from './read-field';

function load(page: string): void {
  const html = readFileSync(`test/fixtures/pages/${page}.html`, 'utf8');
  document.body.innerHTML = html.replace(/^[\s\S]*<body>/, '').replace(/<\/body>[\s\S]*$/, '');
}
const fields = () => findFields(document);

describe('more widgets', () => {
  it('a signed note shown as <pre> under a note heading is read as a note', () => {
    load('pre-note');
    const notes = fields().filter((c) => c.kind === 'note');
    expect(notes.map((c) => readField(c).text)).toEqual([expect.stringContaining('O: Cervical C5-C6 subluxation, restricted rotation.\nA:')]);
  });

  it('MUI Autocomplete: the chips beside the combobox are read as chosen diagnoses', () => {
    load('mui-autocomplete');
    const dx = fields().filter((c) => c.kind === 'diagnosis');
    expect(dx.map((c) => c.label)).toEqual(['Visit diagnoses']);
    expect(readField(dx[0]!).text).toContain('M54.50 Low back pain, unspecified');
  });

  it('Draft.js: the note is read block by block', () => {
    load('draftjs-note');
    const notes = fields().filter((c) => c.kind === 'note');
    expect(notes.map((c) => readField(c).text)).toEqual([
      'S: Neck pain and stiffness for two weeks.\nO: Cervical C5-C6 subluxation, restricted rotation.\n\nA: Segmental dysfunction of the cervical region.',
    ]);
  });
});
