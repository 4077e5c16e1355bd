import { describe, expect, it } from 'vitest';
import { findFields } from './find-fields';
import { readField } from './read-field';

// QA pages stop 54: a chip's tooltip (its title, aria-description, a hover popup inside it) was read
// as more codes, and a popup in a note's text as note words. Pages of our own.
const read = (kind: 'diagnosis' | 'note') =>
  findFields(document)
    .filter((f) => f.kind === kind)
    .map((f) => readField(f));

describe("a chip's tooltip is no code", () => {
  it('reads each chip by the code it shows, not its title, description or hover popup', () => {
    document.body.innerHTML = `<section><h3>Encounter diagnoses</h3><div class="token-field">
      <span class="token" title="Tip: M99.03 if the lumbar spine is adjusted too" aria-description="Carried over from M54.2 last month">M99.01 <button aria-label="Remove M99.01">×</button>
        <span class="tok-pop tooltip" role="tooltip">Last billed together with M54.12</span></span>
      <span class="token">M50.121<div class="hover-card" hidden>Excludes1: M50.0-, see also M48.02</div></span>
      <input type="text" role="combobox" aria-autocomplete="list" aria-label="Search diagnoses"></div></section>`;
    const [field] = read('diagnosis');
    expect(field?.text.split('\n').filter(Boolean)).toEqual(['M99.01', 'M50.121']);
    expect(field?.titles).toEqual([]);
  });

  it('still reads a chip named only by its title when its text shows no code', () => {
    document.body.innerHTML = `<div class="token-field"><label for="q">Diagnoses</label>
      <span class="token" title="M54.16">Lumbar radic.</span><input id="q" type="text" role="combobox"></div>`;
    expect(JSON.stringify(read('diagnosis')[0])).toContain('M54.16');
  });
});

describe('a popup in a note is no note text', () => {
  it('leaves a role=tooltip or a tooltip box out of a note view', () => {
    document.body.innerHTML = `<h3>Progress note</h3><div data-report>Neck pain, worse on rotation.<span class="tooltip" role="tooltip">Suggested: M54.2</span> Tender C5-C6.</div>`;
    expect(read('note')[0]?.text).toBe('Neck pain, worse on rotation. Tender C5-C6.');
  });
});
