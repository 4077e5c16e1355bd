import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FieldText, Span } from '../types';
import { buildChecklist, IMAGING_OR_NEURO, imagingAndNeuro } from './build-checklist';

/** The first three imaging and neuro spans as one combined sweep of every field reads them. */
function byCombinedSweep(fields: FieldText[]): { imaging: Span[]; neuro: Span[] } {
  const imaging: Span[] = [];
  const neuro: Span[] = [];
  for (const field of fields) {
    for (const m of field.text.matchAll(new RegExp(IMAGING_OR_NEURO.source, 'gi'))) {
      const list = m[1] !== undefined ? imaging : neuro;
      if (list.length < 3) list.push({ fieldId: field.id, start: m.index, end: m.index + m[0].length, text: m[0] });
    }
  }
  return { imaging, neuro };
}

const note = (text: string, id = 'note'): FieldText => ({ id, kind: 'note', text });

describe('imagingAndNeuro', () => {
  it('quotes the first three of each list, going on with imaging after neuro is full', () => {
    const text = 'Weakness, numbness and reflexes down; radicular pain. MRI and CT; X-rays; films.';
    const { imaging, neuro } = imagingAndNeuro([note(text)]);
    expect(neuro.map((s) => s.text)).toEqual(['Weakness', 'numbness', 'reflexes']);
    expect(imaging.map((s) => [s.text, s.start])).toEqual([
      ['MRI', text.indexOf('MRI')],
      ['CT', text.indexOf('CT')],
      ['X-rays', text.indexOf('X-rays')],
    ]);
  });

  it('reads a multi-word term whole, and the next field with the list still open', () => {
    const fields = [note('MRI, MR imaging, x-ray', 'a'), note('sensory loss; EMG; nerve conduction; sciatica', 'b')];
    expect(imagingAndNeuro(fields)).toEqual(byCombinedSweep(fields));
    expect(imagingAndNeuro(fields).imaging.map((s) => s.text)).toEqual(['MRI', 'MR imaging', 'x-ray']);
  });

  it('finds what the combined sweep finds, in any mix of both lists and fields', () => {
    const words = ['MRI', 'mr  imaging', 'CT', 'cts', 'x-rays', 'xray', 'Radiographic', 'myelogram', 'films', 'imaging', 'radiculopathy', 'radicular', 'weakness', 'Reflexes', 'sensory deficit', 'EMG', 'nerve conduction', 'sciatica', 'foraminal', 'pain', 'the'];
    const seps = [' ', ', ', '-', '.', '\n', '', 'é'];
    const text = fc.array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(...seps)), { maxLength: 14 }).map((parts) => parts.map(([w, s]) => w + s).join(''));
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 3 }), (texts) => {
        const fields = texts.map((t, i) => note(t, `n${i}`));
        expect(imagingAndNeuro(fields)).toEqual(byCombinedSweep(fields));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('buildChecklist', () => {
  it('meets nothing without notes', () => {
    expect(buildChecklist([], []).every((item) => !item.met)).toBe(true);
  });
});
