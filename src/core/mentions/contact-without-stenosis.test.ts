import { describe, expect, it } from 'vitest';
import { findMentions } from './find-mentions';

const read = (text: string) =>
  findMentions({ id: 'n', kind: 'note', text }).map((m) => [m.span.text, m.status, m.site]);

describe('a contact with the sac or cord beside a denied canal narrowing', () => {
  it('is no stenosis when the same sentence denies the canal narrowing', () => {
    expect(
      read(
        'Small disc bulge which mildly effaces the ventral thecal sac without significant canal narrowing.',
      ),
    ).toEqual([
      ['effaces the ventral thecal sac', 'negated', 'canal'],
      ['canal narrowing', 'negated', 'canal'],
    ]);
    expect(
      read('Disc protrusion mildly flattens the ventral cord without canal stenosis.').map((m) => m[1]),
    ).toEqual(['negated', 'negated']);
  });

  it('stays a narrowing where the sentence denies something else, or affirms the stenosis', () => {
    expect(read('Disc bulge effaces the thecal sac without cord compression.').map((m) => m[1])).toEqual([
      'affirmed',
      'negated',
    ]);
    expect(
      read('Disc bulge effaces the thecal sac, resulting in moderate canal stenosis.').map((m) => m[1]),
    ).toEqual(['affirmed', 'affirmed']);
  });
});
