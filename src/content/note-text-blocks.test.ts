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

// QA stop 55: a note's line breaks written as text in a pre-wrap block were read as spaces, and a
// <pre> or a block of text under a title that is no heading tag was not found as the note.
describe('a read-only note under a title of any markup, read with its own line breaks', () => {
  const LIST = '- Denies numbness or tingling\n- Severe left L4-L5 foraminal stenosis';

  it('keeps the line breaks a pre-wrap or pre-line block draws, and none a plain block does not', () => {
    for (const style of ['white-space:pre-wrap', 'white-space:pre-line']) {
      document.body.innerHTML = `<h3>Progress note</h3><div style="${style}">${LIST}</div>`;
      expect(notes().map((f) => readField(f).text)).toEqual([LIST]);
    }
    document.body.innerHTML = `<h3>Progress note</h3><div>${LIST}</div>`;
    expect(notes().map((f) => readField(f).text)).toEqual([LIST.replace('\n', ' ')]);
  });

  it('finds a <pre> or a text block under a card header, a bold title, a term or a summary, a signer’s line between', () => {
    const cases: [string, string][] = [
      [
        `<div class="card-header"><span>Visit notes</span><button>Print</button></div><div class="card-body"><pre>${NOTE}</pre></div>`,
        'Visit notes',
      ],
      [
        `<div><strong>Progress note</strong><div>Signed by Dr. A, 11/20/2026</div><span style="white-space:pre-line">${NOTE}</span></div>`,
        'Progress note',
      ],
      [`<dl><dt>Visit notes</dt><dd><pre>${NOTE}</pre></dd></dl>`, 'Visit notes'],
      [`<details open><summary>Progress note</summary><pre>${NOTE}</pre></details>`, 'Progress note'],
      [
        `<h3>Progress note</h3><div>Signed by Dr. A, 11/20/2026</div><div style="white-space:pre-wrap">${NOTE}</div>`,
        'Progress note',
      ],
    ];
    for (const [markup, title] of cases) {
      document.body.innerHTML = `<main><label for="dx">Diagnosis</label><input id="dx" value="M47.816">${markup}</main>`;
      const found = notes();
      expect(found.map((f) => f.label)).toEqual([title]);
      expect(readField(found[0]!).text).toMatch(/^Low back pain/);
    }
  });

  it('finds none under another title, in a form’s box or in text hidden from assistive technology', () => {
    document.body.innerHTML = `<div class="card-header"><span>Patient instructions</span></div><div class="card-body"><pre>${NOTE}</pre></div>
      <b>Progress note</b><div><div>${NOTE}</div><input aria-label="Sign as"></div>
      <h3>Visit note</h3><div><div aria-hidden="true"><div>1</div><div>2</div><div>3</div><div>4</div><div>5</div><div>6</div><div>7</div><div>8</div><div>9</div><div>10</div><div>11</div></div></div>`;
    expect(notes()).toEqual([]);
  });
});
