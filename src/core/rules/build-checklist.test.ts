import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FieldText, Span } from '../types';
import { buildChecklist, IMAGING_WORDS, imagingAndNeuro, NEURO_WORDS } from './build-checklist';

/** Both lists as written, in one sweep (group 1 imaging, group 2 neuro). */
const COMBINED = new RegExp(String.raw`\b(?:(${IMAGING_WORDS})|(${NEURO_WORDS}))\b`, 'gi');

/** The first three imaging and neuro spans as one combined sweep of every field reads them. */
function byCombinedSweep(fields: FieldText[]): { imaging: Span[]; neuro: Span[] } {
  const imaging: Span[] = [];
  const neuro: Span[] = [];
  for (const field of fields) {
    for (const m of field.text.matchAll(COMBINED)) {
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
    const words = [
      'MRI', 'mr  imaging', 'Mr', 'magnetic resonance', 'CT', 'cts', 'cat scan', 'computed tomography', 'x-rays', 'xray', 'Radiographic', 'radiographs', 'myelogram', 'films', 'imaging',
      'radiculopathy', 'radicular', 'radiculitis', 'myelopathic', 'numbness', 'paresthesias', 'weakness', 'Reflexes', 'reflex', 'dermatomal', 'sensory deficit', 'sensory loss', 'spurling', 'straight leg raise', 'EMG', 'electromyography', 'nerve conduction', 'claudication', 'sciatica',
      'foraminal', 'pain', 'the', 'nerve', 'sensory',
    ];
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
