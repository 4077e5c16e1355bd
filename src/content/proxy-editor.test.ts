/**
 * Code editors used as note boxes draw only the lines near their view (fixture pages replicate
 * each library's DOM, versions named in each page). A long note is read whole where the page
 * keeps it (the textarea CodeMirror 5 stands for, kept in sync), and said to be read in part
 * where it does not, never quietly read as a whole note. Layout is absent here (happy-dom): the
 * signals tested are the DOM's own (a gutter's numbers, a gap, an offset); lines that run past the
 * editor's view are checked in test/e2e/page-line-editors.spec.ts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findFields } from './find-fields';
import { readField } from './read-field';

function load(page: string): void {
  const html = readFileSync(`test/fixtures/pages/${page}.html`, 'utf8');
  document.body.innerHTML = html.replace(/^[\s\S]*<body>/, '').replace(/<\/body>[\s\S]*$/, '');
}
const notes = () => findFields(document).filter((c) => c.kind === 'note');
const onlyNote = () => {
  const found = notes();
  expect(found).toHaveLength(1);
  return readField(found[0]!);
};

describe('an editor that draws only the lines in view', () => {
  it('CodeMirror 6: the gap that stands for lines not drawn makes the note partly read', () => {
    load('codemirror6-long-note');
    const reading = onlyNote();
    expect(reading.partial).toBe(true);
    expect(reading.text.split('\n')).toHaveLength(12);
    expect(reading.text).toMatch(/^S: Low back pain/);
  });

  it('CodeMirror 6: a note drawn whole (no gap) is read whole', () => {
    load('codemirror6-long-note');
    document.querySelector('.cm-gap')!.remove();
    expect(onlyNote().partial).toBeUndefined();
  });

  it('Monaco: the lines are read from its aria-hidden text layer, not the cursor line’s highlight box', () => {
    load('monaco-long-note');
    const reading = onlyNote();
    expect(reading.text.split('\n')).toHaveLength(16);
    expect(reading.text).toMatch(/^S: Neck pain and stiffness for two weeks after a fall\.\nO: Cervical C5-C6/);
  });

  it('Monaco: a first drawn line placed below the top stands below lines not drawn', () => {
    load('monaco-long-note');
    expect(onlyNote().partial).toBeUndefined();
    for (const line of document.querySelectorAll<HTMLElement>('.view-line')) line.style.top = `${parseInt(line.style.top, 10) + 380}px`;
    expect(onlyNote().partial).toBe(true);
  });

  it('Ace, scrolled: a gutter that starts at row 12 makes the note partly read; its active-line box is not a line', () => {
    load('ace-long-note');
    const reading = onlyNote();
    expect(reading.partial).toBe(true);
    expect(reading.text.split('\n')).toHaveLength(16);
    expect(reading.text).toMatch(/^S: Low back pain radiating/);
  });

  it('CodeMirror 5, scrolled: its textarea is read instead when it holds every drawn line (kept in sync)', () => {
    load('codemirror5-long-note');
    // Drawn whole as far as the DOM says (no layout here): the drawn lines.
    expect(onlyNote().text.split('\n')).toHaveLength(25);
    // Scrolled: the mover stands below lines not drawn.
    (document.querySelector('.CodeMirror-sizer > div') as HTMLElement).style.top = '170px';
    const reading = onlyNote();
    expect(reading.partial).toBeUndefined();
    expect(reading.text.split('\n')).toHaveLength(40);
    expect(reading.text).toContain('Cervical C5-C6 subluxation');
  });

  it('CodeMirror 5, scrolled: a stale textarea (synced on submit only) is not read; the note is partly read', () => {
    load('codemirror5-long-note');
    (document.querySelector('.CodeMirror-sizer > div') as HTMLElement).style.top = '170px';
    (document.querySelector('#note') as HTMLTextAreaElement).value = 'Low back pain.';
    const reading = onlyNote();
    expect(reading.partial).toBe(true);
    expect(reading.text.split('\n')).toHaveLength(25);
  });

  it('a short CodeMirror 5 note drawn whole is not partial (guard)', () => {
    load('codemirror5-note');
    expect(onlyNote().partial).toBeUndefined();
  });
});
