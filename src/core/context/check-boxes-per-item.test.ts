import { describe, expect, it } from 'vitest';
import { findConditions } from '../families-read/find-conditions';

/** Each radiculopathy statement of a note: its status and region words. */
const read = (text: string) =>
  findConditions({ id: 'n', kind: 'note', text })
    .filter((c) => c.kind === 'radiculopathy')
    .map((c) => `${c.status} ${c.regionWords.join('/')}`);

// QA stop 48, class A: every option of a checkbox list or ballot is read on its own, its box after
// or before its words, and a place word of one option is not another option's.
describe('checkbox options read per item', () => {
  it.each([
    ['[x] Thoracic radiculopathy\n[ ] Lumbar radiculopathy', ['affirmed thoracic', 'hypothetical lumbar']],
    ['Dx: [x] Cervical radiculopathy [ ] Lumbar radiculopathy', ['affirmed cervical', 'hypothetical lumbar']],
    [
      'Lumbar radiculopathy \u2612\nCervical radiculopathy \u2610',
      ['affirmed lumbar', 'hypothetical cervical'],
    ],
    [
      '\u2611 Cervical radiculopathy\n\u2610 Thoracic radiculopathy',
      ['affirmed cervical', 'hypothetical thoracic'],
    ],
    [
      '\u2713 Lumbar radiculopathy\n\u2717 Cervical radiculopathy',
      ['affirmed lumbar', 'hypothetical cervical'],
    ],
    ['(x) Cervical radiculopathy\n( ) Lumbar radiculopathy', ['affirmed cervical', 'hypothetical lumbar']],
  ])('%j', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('reads a box after its label, with or without a colon', () => {
    expect(read('Assessment:\nLumbar radiculopathy: [ ]\nLow back pain: [x]')).toEqual([
      'hypothetical lumbar',
    ]);
    expect(read('Thoracic radiculopathy [ ]\nBack pain [x]')).toEqual(['hypothetical thoracic']);
    expect(read('Cervical radiculopathy: [x]')).toEqual(['affirmed cervical']);
  });

  it('reads a yes/no pair after a label with no colon', () => {
    expect(read('Lumbar radiculopathy  yes [x] no [ ]\nThoracic radiculopathy  yes [ ] no [x]')).toEqual([
      'affirmed lumbar',
      'negated thoracic',
    ]);
  });

  it('reads a Y/N answer after the label', () => {
    expect(read('Cervical radiculopathy (Y/N): Y\nLumbar radiculopathy (Y/N): N')).toEqual([
      'affirmed cervical',
      'negated lumbar',
    ]);
    expect(read('Radiculopathy, lumbar: n')).toEqual(['negated lumbar']);
  });

  it('reads a box in the next table cell', () => {
    expect(read('| Lumbar radiculopathy | [ ] |\n| Cervical radiculopathy | [x] |')).toEqual([
      'hypothetical lumbar',
      'affirmed cervical',
    ]);
  });

  it('keeps prose wrapped over lines one statement, and a lone check mark ticked', () => {
    expect(read('MRI of the lumbar spine shows disc extrusion at\nleft with radiculopathy.')).toEqual([
      'affirmed lumbar',
    ]);
    expect(read('\u2713 Reviewed: lumbar radiculopathy, stable.')).toEqual(['affirmed lumbar']);
  });
});
