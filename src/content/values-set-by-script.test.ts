import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FieldRegistry } from './field-registry';

/** Lets MutationObserver callbacks run. */
const settle = () => new Promise((done) => setTimeout(done, 0));

/** A note and a diagnosis field whose values an SPA sets in code (no input event), as React's controlled inputs are. */
describe('values set by a script, with no event', () => {
  let registry: FieldRegistry;
  const note = () => document.getElementById('note') as HTMLTextAreaElement;
  const noteText = () => registry.snapshotFields().find((f) => f.kind === 'note')?.text;

  beforeEach(async () => {
    document.body.innerHTML =
      '<label for="dx">Diagnosis</label><input id="dx" value="M48.062"><label for="note">Progress note</label><textarea id="note">Lumbar stenosis with claudication.</textarea>';
    registry = new FieldRegistry({}, vi.fn<() => void>());
    registry.observe(document);
    await registry.update();
  });
  afterEach(() => registry.disconnect());

  it('notices a note whose value alone changed, and reads it in the next update', async () => {
    expect(registry.valuesChanged()).toBe(false);
    note().value = 'Neck pain, no arm or leg symptoms.';
    expect(registry.valuesChanged()).toBe(true);
    expect(await registry.update()).toBe(true);
    expect(noteText()).toBe('Neck pain, no arm or leg symptoms.');
    expect(registry.valuesChanged()).toBe(false);
  });

  it('notices a same-length value too', () => {
    note().value = 'Lumbar stenosis with claudicatioN.';
    expect(registry.valuesChanged()).toBe(true);
  });

  it('reads the note again in an update the page caused (an SPA re-render), without being asked', async () => {
    note().value = 'Neck pain, no arm or leg symptoms.';
    document.body.append(document.createElement('div'));
    await settle();
    await registry.update();
    expect(noteText()).toBe('Neck pain, no arm or leg symptoms.');
  });

  it('reads every field again after a same-document navigation', async () => {
    note().value = 'Neck pain.';
    (document.getElementById('dx') as HTMLInputElement).value = 'M54.2';
    registry.rereadAll();
    expect(await registry.update()).toBe(true);
    expect(registry.snapshotFields().map((f) => f.text)).toEqual(['M54.2', 'Neck pain.']);
  });
});
