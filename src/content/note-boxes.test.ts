import { describe, expect, it } from 'vitest';
import { findFields } from './find-fields';
import { readField } from './read-field';
import { FieldRegistry } from './field-registry';

const notes = () => findFields(document).filter((f) => f.kind === 'note');
const noteText = () =>
  notes()
    .map((f) => readField(f).text)
    .join('\n');
const PARAGRAPHS = `<p>Lower back ache into the right buttock for six weeks.</p>
  <p>Radiographs 10/14/2026: L3-L4 disc space narrowing.</p><p>Plan: home exercise, recheck in four weeks.</p>`;

// QA stop 54, H1: a signed note shown read-only as a box of paragraphs (a note preview, a signed
// note's body) was no note: only editors and <pre> were, and the page's note was "not found".
describe('a read-only note shown as a box of paragraphs', () => {
  it('reads a box of paragraphs under the heading that names the note, named by that heading', () => {
    for (const heading of ['Assessment / Note', 'Signed note', 'Progress notes', 'Note preview']) {
      document.body.innerHTML = `<label>Dx <input id="dx" value="M51.36"></label>
        <h4>${heading}</h4><div class="viewer">${PARAGRAPHS}<div role="tooltip" style="visibility:hidden"><p>Example: M99.63 for foraminal stenosis.</p></div></div>`;
      expect(notes().map((f) => f.label)).toEqual([heading, heading, heading]);
      expect(noteText()).toContain('L3-L4 disc space narrowing');
      expect(noteText()).not.toContain('Example');
    }
  });

  it('reads one the page names itself (role=document, aria-label or aria-labelledby), paragraphs or one block of text', () => {
    document.body.innerHTML = `<section role="document" aria-label="Visit note (final)">${PARAGRAPHS}</section>`;
    expect(notes().map((f) => f.label)).toEqual([
      'Visit note (final)',
      'Visit note (final)',
      'Visit note (final)',
    ]);
    document.body.innerHTML = `<span id="t">Clinical note</span><article aria-labelledby="t">Lower back ache into the right buttock.<br>Plan: home exercise.</article>`;
    expect(notes().map((f) => f.label)).toEqual(['Clinical note']);
    expect(noteText()).toContain('right buttock');
  });

  it('reads no box named for something else: billing notes, patient instructions, code help, a template', () => {
    document.body.innerHTML = `<h4>Billing notes</h4><div>${PARAGRAPHS}</div>
      <h4>Patient instructions</h4><div>${PARAGRAPHS}</div>
      <div aria-label="Sticky note">${PARAGRAPHS}</div>
      <h4>Code help</h4><div><p>Example: L4-L5 foraminal stenosis from facet hypertrophy.</p></div>
      <template><h4>Progress note</h4><div><p>TEMPLATE L5-S1 stenosis text here.</p></div></template>`;
    expect(notes()).toEqual([]);
  });

  it('leaves a hidden earlier note out of the snapshot (rendered.ts) while the shown one is read', async () => {
    document.body.innerHTML = `<h4>Progress note</h4><div>${PARAGRAPHS}</div>
      <div style="display:none"><h4>Progress note (2019)</h4><div><p>Lumbar foraminal stenosis L5-S1, osseous.</p></div></div>`;
    const registry = new FieldRegistry({}, () => undefined);
    registry.observe(document);
    await registry.update();
    const texts = registry
      .snapshotFields()
      .map((f) => f.text)
      .join('\n');
    registry.disconnect();
    expect(texts).toContain('L3-L4 disc space narrowing');
    expect(texts).not.toContain('L5-S1');
  });
});
