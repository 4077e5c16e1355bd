import { describe, expect, it } from 'vitest';
import { findMentions } from './find-mentions';

const mentionsOf = (text: string) => findMentions({ id: 'n', kind: 'note', text });
const causeOf = (text: string) => mentionsOf(text).map((m) => m.mechanisms);

// A report names the cause in brackets after the narrowing as a grading table's cell does, the
// condition's noun left out ("(disc)" for its bulge, "(facet)" for its hypertrophy); prose that
// says so is read as the cell is (table-rows.ts, CAUSE_WORDS).
describe('a bare cause word in brackets after a narrowing in prose', () => {
  it.each([
    ['Moderate foraminal narrowing (disc) at L5-S1.', ['disc']],
    ['Mild right neural foraminal stenosis (facet) at L4-5.', ['osseous']],
    ['Severe canal stenosis (disc bulge) at L3-4.', ['disc']],
    ['Moderate canal stenosis (ligamentum flavum) at L4-5.', ['connective-tissue']],
    ['Left foraminal narrowing (disc/facet) at C5-6.', ['osseous', 'disc']],
    ['Canal stenosis (facet and LF hypertrophy) at L4-5, moderate.', ['osseous', 'connective-tissue']],
    ['Severe left foraminal narrowing (uncovertebral) at C6-7.', ['osseous']],
    ['Moderate canal stenosis (listhesis) at L4-5.', ['subluxation']],
    ['Mild canal narrowing ( Disk ) at L2-3.', ['disc']],
  ])('%s', (text, mechanisms) => {
    expect(causeOf(text)).toEqual([mechanisms]);
  });

  it('quotes the bracketed words as the evidence', () => {
    const [m] = mentionsOf('Moderate foraminal narrowing (disc) at L5-S1.');
    expect(m?.mechanismEvidence?.map((s) => s.text)).toEqual(['disc']);
  });

  it('reads no cause from brackets that say something else, or that do not follow the narrowing', () => {
    for (const text of [
      'Moderate foraminal narrowing (right) at L5-S1.',
      'Moderate foraminal narrowing (see image 12) at L5-S1.',
      'Moderate foraminal narrowing (disc space narrowing) at L5-S1.',
      'Moderate foraminal narrowing (disc height loss) at L5-S1.',
      'Moderate foraminal narrowing (2 mm) at L5-S1.',
      'Moderate foraminal narrowing at L5-S1. Degenerative changes (disc) elsewhere.',
      'Moderate foraminal narrowing (no disc) at L5-S1.',
    ])
      expect(causeOf(text)[0], text).toEqual([]);
  });
});
