import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { imagingNotDone } from './imaging-words';

// QA52 MED8: a conditional or planned study is no imaging documented.
const notDone = (text: string, word = 'MRI') => {
  const at = text.indexOf(word);
  return imagingNotDone(text, at, at + word.length);
};
const imagingItem = (text: string) =>
  analyze({
    fields: [
      { id: 'dx', kind: 'diagnosis', text: 'M99.73' },
      { id: 'n', kind: 'note', text },
    ],
  }).checklist.find((i) => i.id === 'imaging')?.met;

describe('planned imaging', () => {
  it('is not done when conditional or a plan item', () => {
    expect(notDone('Plan: MRI lumbar spine if not improving.')).toBe(true);
    expect(notDone('Plan: 1. MRI L-spine.')).toBe(true);
    expect(notDone('MRI unless symptoms resolve.')).toBe(true);
    expect(
      imagingItem(
        'Right L5-S1 foraminal stenosis from a disc bulge. Plan: MRI lumbar spine if not improving.',
      ),
    ).toBe(false);
  });

  it('is done when it shows something, whatever the plan says', () => {
    expect(notDone('Plan: review MRI with the patient.')).toBe(false);
    expect(notDone('MRI 10/2026 shows right L5-S1 foraminal stenosis.')).toBe(false);
    expect(imagingItem('MRI: right L5-S1 foraminal stenosis from a disc bulge. Plan: PT.')).toBe(true);
  });
});
