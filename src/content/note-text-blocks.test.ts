import { describe, expect, it } from 'vitest';
import { findFields } from './find-fields';
import { readField } from './read-field';

const notes = () => findFields(document).filter((f) => f.kind === 'note');
const NOTE =
  'Low back pain radiating down the left leg to the foot.\nAssessment: lumbar spondylosis with left L5 radiculopathy.';

// QA stop 52, H2 and L2: a read-only note shown as text under a sibling heading, with no labelled
// container, was not read; a note's label was the previous section's heading, or took a button's text.
describe('a note shown as text under the heading that names it', () => {
  const page = (
    heading: string,
    block: string,
  ) => `<main><h3>Diagnoses / التشخيصات</h3><input aria-label="Diagnosis" value="M47.816">
    <h3>${heading}</h3>${block}<p>Signed by Dr. A.</p></main>`;

  it('reads a <pre>, a pre-wrap div or one <p> per line, named by its own heading without the button in it', () => {
    for (const block of [
      `<pre>${NOTE}</pre>`,
      `<div style="white-space:pre-wrap">${NOTE}</div>`,
      NOTE.split('\n')
        .map((l) => `<p>${l}</p>`)
        .join(''),
    ]) {
      document.body.innerHTML = page('Note / الملاحظة <button>Edit</button>', block);
      const found = notes();
      expect(found.map((f) => f.label)).toEqual(found.map(() => 'Note / الملاحظة'));
      expect(found.map((f) => readField(f).text).join('\n')).toContain('L5 radiculopathy');
    }
  });

  it('reads one under "Progress note", "Clinical note" or "Assessment and plan"', () => {
    for (const heading of ['Progress note', 'Clinical note (signed)', 'Assessment and plan']) {
      document.body.innerHTML = page(heading, `<div style="white-space:pre-wrap">${NOTE}</div>`);
      const block = notes().find((f) => f.element.tagName === 'DIV');
      expect(block?.label).toBe(heading);
    }
  });

  it('reads no other text of the page as a note: a block under another heading, a box of boxes, a short caption', () => {
    document.body.innerHTML = `<h3>Patient instructions</h3><div>${NOTE}</div>
      <h3>Progress note</h3><div><div>${NOTE}</div><button>Sign</button></div>
      <h3>Note</h3><div>Not signed yet.</div>`;
    expect(notes()).toEqual([]);
  });

  it('names the editor the page swaps in by its own section, not the heading of the section before', () => {
    document.body.innerHTML = page(
      'Note / الملاحظة <button>Done</button>',
      `<pre hidden>${NOTE}</pre><textarea>${NOTE}</textarea>`,
    );
    expect(notes().find((f) => f.element.tagName === 'TEXTAREA')?.label).toBe('Note / الملاحظة');
  });
});
