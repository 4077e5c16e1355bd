import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { verdictOn } from '../../../test/support/code-and-note';
import { findSections, sectionStatusAt } from './find-sections';
import { listEnd } from './negated-list';

// QA stop 51, H1: a heading that negates every item of its list ("Pertinent negatives:") was read
// as affirming them. Phrasings of several templates, and near misses that must keep their reading.
const STENOSIS = 'Assessment: Lumbar spinal stenosis L4-5.';

describe('a negating list heading negates its items', () => {
  it.each([
    `Pertinent negatives: neurogenic claudication, gait instability.\n${STENOSIS}`,
    `PERTINENT NEGATIVES:\n- neurogenic claudication\n- gait instability\n${STENOSIS}`,
    `Pertinent negative(s): neurogenic claudication.\n${STENOSIS}`,
    `Relevant negatives: fever, neurogenic claudication.\n${STENOSIS}`,
    `Negatives: neurogenic claudication; saddle anesthesia\n${STENOSIS}`,
    `Denies:\n  * neurogenic claudication\n  * bowel or bladder change\n${STENOSIS}`,
    `ROS negative for: neurogenic claudication, fever.\n${STENOSIS}`,
    `HPI: back pain for 3 months. Pertinent negatives: neurogenic claudication, fever.\n${STENOSIS}`,
  ])('M48.062 is not supported: %s', (note) => {
    expect(verdictOn('M48.062', note)).toBe('finding');
    expect(verdictOn('M48.061', note)).toBe('supported');
  });

  it('negates a radiculopathy listed as a pertinent negative (M50.122 vs M50.222)', () => {
    const note =
      'Pertinent negatives: radiculopathy, bowel or bladder dysfunction.\nAssessment: Cervical disc herniation C5-6 with neck pain.';
    expect(verdictOn('M50.122', note)).toBe('finding');
    expect(verdictOn('M50.222', note)).toBe('supported');
  });

  it.each([
    // A "Pertinent positives" list is affirmed.
    `Pertinent positives: neurogenic claudication.\nPertinent negatives: fever.\n${STENOSIS}`,
    // The list ends at its line: the next line is the patient's report.
    `Pertinent negatives: fever, chills.\nReports neurogenic claudication after one block.\n${STENOSIS}`,
    // ... and at a sentence of prose on its line.
    `Pertinent negatives: fever, chills. She reports neurogenic claudication after one block.\n${STENOSIS}`,
    // A heading with a blank line under it heads nothing of ours.
    `Pertinent negatives:\n\nNeurogenic claudication after one block.\n${STENOSIS}`,
    // A heading's list ends at a blank line.
    `Denies:\n- fever\n\nneurogenic claudication after walking one block\n${STENOSIS}`,
  ])('keeps what lies outside the list: %s', (note) => {
    expect(verdictOn('M48.062', note)).toBe('supported');
  });
});

describe('listEnd', () => {
  it('ends a same-line list at its line or a prose sentence, a next-line list at a blank line', () => {
    const a = 'Pertinent negatives: fever, chills.\nNext';
    expect(listEnd(a, a.indexOf(':'))).toBe(a.indexOf('\n'));
    const b = 'Negatives: fever. She walks two miles daily.';
    expect(listEnd(b, b.indexOf(':'))).toBe(b.indexOf('.') + 1);
    const c = 'Negatives:\n- fever\n- chills\n\nPlan: PT';
    expect(listEnd(c, c.indexOf(':'))).toBe(c.indexOf('\n\n'));
  });

  // Property: whatever follows a list's end (after a blank line, or a heading) reads as it would
  // with no negating list before it.
  it('never reaches past a blank line or the next heading', () => {
    const item = fc.constantFrom(
      'fever',
      'neurogenic claudication',
      'myelopathy',
      'gait instability',
      'saddle anesthesia',
    );
    const heading = fc.constantFrom(
      'Pertinent negatives:',
      'PERTINENT NEGATIVES:',
      'Negatives:',
      'Denies:',
      'ROS negative for:',
    );
    const layout = fc.constantFrom('same', 'lines');
    const tail = fc.constantFrom(
      '\n\nlumbar stenosis at L4-5',
      '\nAssessment: lumbar stenosis at L4-5',
      '\n\nPlan: PT for stenosis',
    );
    fc.assert(
      fc.property(
        heading,
        fc.array(item, { minLength: 1, maxLength: 5 }),
        layout,
        tail,
        (h, items, how, after) => {
          const list =
            how === 'same' ? ` ${items.join(', ')}.` : `\n${items.map((i) => `- ${i}`).join('\n')}`;
          const text = `${h}${list}${after}`;
          const sections = findSections(text);
          const last = text.length - 2;
          expect(sectionStatusAt(sections, text.indexOf(':') + 2)).toBe('negated');
          expect(sectionStatusAt(sections, last)).toBe(
            sectionStatusAt(findSections(`Seen.${after}`), `Seen.${after}`.length - 2),
          );
        },
      ),
    );
  });
});
