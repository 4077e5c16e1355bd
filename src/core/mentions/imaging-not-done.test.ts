import { describe, expect, it } from 'vitest';
import { buildChecklist } from '../rules/build-checklist';
import { findMentions } from './find-mentions';
import { imagingNotDone } from './imaging-words';

const imagingItem = (text: string) => {
  const note = { id: 'n', kind: 'note' as const, text };
  return buildChecklist([note], findMentions(note)).find((i) => i.id === 'imaging');
};

// QA stop 49, class C9: imaging that is planned, ordered, pending or none shows nothing.
describe('imaging that is not done', () => {
  it.each([
    'Studies: no imaging on file. Will order CT lumbar spine. Possible L4-5 foraminal stenosis.',
    'Foraminal narrowing at C5-6 suspected; MRI cervical spine requested.',
    'Radiographs: pending. Probable L3-4 canal stenosis.',
  ])('does not meet the imaging item: %s', (text) => {
    expect(imagingItem(text)?.met).toBe(false);
  });

  it.each([
    'CT lumbar spine: moderate L4-5 foraminal stenosis from osteophytes.',
    'Prior MRI shows L4-5 foraminal stenosis. Repeat MRI ordered.',
  ])('meets it with a study done: %s', (text) => {
    expect(imagingItem(text)?.met).toBe(true);
  });

  it('reads the word in its clause only', () => {
    const text = 'MRI reviewed today; CT ordered.';
    expect(imagingNotDone(text, 0, 3)).toBe(false);
    expect(imagingNotDone(text, text.indexOf('CT'), text.indexOf('CT') + 2)).toBe(true);
  });
});
