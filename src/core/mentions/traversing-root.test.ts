import { describe, expect, it } from 'vitest';
import { verdictOn } from '../../../test/support/code-and-note';
import { findMentions } from './find-mentions';

const readings = (text: string) =>
  findMentions({ id: 'n', kind: 'note', text }).map(
    (m) => `${m.site} ${m.levels.map((l) => l.normalized).join('+')} ${m.mechanisms.join('+')}`,
  );

// QA stop 51: "L4-5 facet synovial cyst compressing the traversing L5 root". The traversing root is
// compressed in the subarticular zone / lateral recess (canal side), the exiting root in the foramen
// (clinical brief §5.1); the cyst is a connective-tissue cause (brief §5.2, synovial-cyst-cause.test.ts),
// and the root's compression is a radiculopathy (Index: Compression, nerve, root ... see Radiculopathy).
describe('a traversing root compressed', () => {
  it.each([
    [
      'MRI lumbar: L4-5 facet synovial cyst compressing the traversing L5 root.',
      'lateral-recess L4-L5 connective-tissue',
    ],
    [
      'Right L4-5 juxtafacet cyst with compression of the traversing right L5 nerve root.',
      'lateral-recess L4-L5 connective-tissue',
    ],
    ['L5-S1 disc protrusion impinging on the transiting S1 nerve root.', 'lateral-recess L5-S1 disc'],
  ])('is a lateral recess narrowing: %s', (text, reading) => {
    expect(readings(text)).toEqual([reading]);
  });

  it('keeps a stated site and the exiting root the foramen (controls)', () => {
    expect(readings('Left L5-S1 foraminal disc protrusion compressing the exiting L5 root.')).toEqual([
      'foramen L5-S1 disc',
    ]);
    // The stated canal stays canal; the compressed root is a statement of its own, as an exiting root
    // or the thecal sac is (both canal-side for the codes: M48.0-, M99.3-M99.5).
    expect(readings('Central canal stenosis at L4-5 compressing the traversing L5 roots.')).toEqual([
      'canal L4-L5 ',
      'lateral-recess L4-L5 ',
    ]);
  });

  it.each([
    'MRI lumbar: L4-5 facet synovial cyst compressing the traversing L5 root.',
    'Synovial cyst at L4-5 impinging on the left L5 root.',
  ])('supports a lumbar radiculopathy code: %s', (note) => {
    expect(verdictOn('M54.16', note)).toBe('supported');
  });

  it('gives a disc that compresses the root its combination code', () => {
    expect(verdictOn('M51.16', 'L4-5 extrusion compressing the descending right L5 root.')).toBe('supported');
  });

  it('reads no radiculopathy from a root that is no nerve root (controls)', () => {
    expect(verdictOn('M54.16', 'Echo: compression of the aortic root by the mass. Lumbar pain.')).toBe(
      'finding',
    );
    expect(
      verdictOn('M54.16', 'Low back pain. Dental root canal last week, no compression of any nerve.'),
    ).toBe('finding');
  });

  it('offers the cyst no spine code it does not check (M71.38 stays not checked)', () => {
    expect(verdictOn('M71.38', 'L4-5 facet synovial cyst compressing the traversing L5 root.')).toBe(
      'not-checked',
    );
    expect(verdictOn('M99.43', 'L4-5 facet synovial cyst compressing the traversing L5 root.')).toBe(
      'supported',
    );
  });
});
