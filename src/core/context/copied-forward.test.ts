import { describe, expect, it } from 'vitest';
import { findConditions } from '../families-read/find-conditions';
import { findSections, sectionStatusAt } from './find-sections';

// QA45 class D: a block copied forward from an earlier visit is that visit's history, not today's finding.
const statuses = (text: string) =>
  findConditions({ id: 'n', kind: 'note', text }).map((c) => [c.span.text, c.status]);

describe('a copied-forward block (QA45 class D)', () => {
  const note = [
    'HPI (carried forward from 03/12/2024 visit):',
    '"36 y/o F with L5-S1 left paracentral disc herniation with left S1 radiculopathy."',
    'Interval history (today): New right L4 radiculopathy for 2 weeks.',
  ].join('\n');

  it('is historical from its label to the next labelled line', () => {
    expect(statuses(note)).toEqual([
      ['herniation', 'historical'],
      ['radiculopathy', 'historical'],
      ['radiculopathy', 'affirmed'],
    ]);
  });

  it('ends at a blank line or a heading, and the section it interrupted goes on after it', () => {
    const text =
      'PMH: lumbar stenosis.\nCopied forward from prior note: disc herniation at L4-5.\n\nToday: radiculopathy.';
    const sections = findSections(text);
    expect(sectionStatusAt(sections, text.indexOf('herniation'))).toBe('historical');
    expect(sectionStatusAt(sections, text.indexOf('radiculopathy'))).toBe(null);
    const headed = 'HPI copied over from the prior visit: L5 radiculopathy.\nAssessment: L5 radiculopathy.';
    expect(statuses(headed)).toEqual([
      ['radiculopathy', 'historical'],
      ['radiculopathy', 'affirmed'],
    ]);
  });

  it('needs a label: "Dx carried forward." and a mid-sentence "forward" set nothing', () => {
    expect(statuses('Dx carried forward. Lumbar radiculopathy.')).toEqual([['radiculopathy', 'affirmed']]);
    expect(statuses('Flexed forward: radiculopathy reproduced.')).toEqual([['radiculopathy', 'affirmed']]);
  });

  it('is read with a date before the colon, or as a section said to be from the prior visit', () => {
    const today = '\nAssessment: L5 radiculopathy.';
    for (const label of [
      'HPI carried forward from 03/12/2025:',
      'HPI carried over from 2024-03-12:',
      'Carried forward from 03.12.2025:',
      'HPI from prior visit:',
      'History from last visit (03/12/2025):',
      'HPI from 03/12/2025 visit:',
      'Exam copied from the 03/12/2025 visit:',
      'Assessment (per last note):',
      '- Interval history from the previous encounter:',
    ]) {
      expect(statuses(`${label} L5 radiculopathy.${today}`), label).toEqual([
        ['radiculopathy', 'historical'],
        ['radiculopathy', 'affirmed'],
      ]);
    }
    const block =
      'HPI carried forward from 03/12/2025:\nLeft L5 radiculopathy from L4-5 disc herniation.\n\nToday: back pain only.';
    expect(statuses(block)).toEqual([
      ['radiculopathy', 'historical'],
      ['herniation', 'historical'],
      ['back pain', 'affirmed'],
    ]);
  });

  it('is not read in prose that ends in a colon, nor at a level', () => {
    for (const text of [
      'Pain improved from the prior visit: L5 radiculopathy persists.',
      'She is better than at the prior visit: L5 radiculopathy.',
      'Worse from prior visit: L5 radiculopathy.',
      'Seen on 03/12/2025: L5 radiculopathy.',
      'L4-5: radiculopathy.',
      'T11-12: radiculopathy.',
    ]) {
      expect(statuses(text), text).toEqual([['radiculopathy', 'affirmed']]);
    }
  });
});
