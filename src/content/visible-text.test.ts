import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { showEvidence } from './show-evidence';
import { findFields } from './find-fields';
import { readField } from './read-field';
import type { TrackedField } from './field-registry';
import { visibleText } from './visible-text';

const INVISIBLE = ['\u00AD', '\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\u2060', '\uFEFF'];
const values = fc
  .array(fc.oneof(fc.constantFrom('M99.03', 'lumbar', ' ', 'C5', '\n', 'a'), fc.constantFrom(...INVISIBLE)), { maxLength: 14 })
  .map((parts) => parts.join(''));
const strip = (value: string) => INVISIBLE.reduce((text, c) => text.replaceAll(c, ''), value);

describe('visibleText', () => {
  it('reads a value without its invisible characters, and maps every range read back onto the same characters', () => {
    fc.assert(
      fc.property(values, fc.nat(), fc.nat(), (value, a, b) => {
        const read = visibleText(value);
        expect(read.text).toBe(strip(value));
        const start = Math.min(a, b) % (read.text.length + 1);
        const end = Math.max(start, Math.max(a, b) % (read.text.length + 1));
        const raw = value.slice(read.valueOffset(start), read.valueOffset(end, true));
        expect(strip(raw)).toBe(read.text.slice(start, end));
        // The selection starts and ends on what it shows, not on an invisible character beside it.
        if (raw.length > 0) {
          expect(INVISIBLE).not.toContain(raw[0]);
          expect(INVISIBLE).not.toContain(raw.at(-1));
        }
      }),
    );
  });

  it('reads a pasted textarea note and a typed code as they show, and selects the evidence in the value', () => {
    document.body.innerHTML = `<input id="dx"><textarea id="note"></textarea>`;
    (document.getElementById('dx') as HTMLInputElement).value = 'M99.\u200B03';
    const note = document.getElementById('note') as HTMLTextAreaElement;
    note.value = 'Seg\u00ADmental dys\u00ADfunction, cer\u00ADvi\u00ADcal region.';
    const [dx, field] = findFields(document);
    expect(dx?.kind).toBe('diagnosis');
    expect(readField(dx!).text).toBe('M99.03');
    const read = readField(field!);
    expect(read.text).toBe('Segmental dysfunction, cervical region.');
    const start = read.text.indexOf('cervical');
    const tracked = { ...field!, id: 'n', reading: read } as TrackedField;
    expect(showEvidence(tracked, { fieldId: 'n', start, end: start + 8, text: 'cervical' })).toBe(true);
    expect(note.value.slice(note.selectionStart, note.selectionEnd)).toBe('cer\u00ADvi\u00ADcal');
  });
});
