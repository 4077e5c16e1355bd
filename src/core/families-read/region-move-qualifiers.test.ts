import { describe, expect, it } from 'vitest';
import { analyzeCodesAndNote } from '../../../test/support/code-and-note';

// A code of the wrong region (or family: M50 for a lumbar disc, M51 for a cervical one) gets a
// suggestion in the documented region. The qualifier that suggestion states (with myelopathy, with
// radiculopathy, with neurogenic claudication, with back or leg pain) comes from what the note
// affirms there, never from the entered code: a denied or past radiculopathy is "without" it
// (M50.2-, M51.2-, M47.81-), as the qualifier check reads it when the region is right. Sentences of
// our own.
const suggestion = (code: string, note: string) =>
  analyzeCodesAndNote(code, note).findings.find((f) => f.code === code && f.rule === 'region-mismatch')
    ?.suggestions;

type Row = [
  qualifier: string,
  entered: string,
  lesion: string,
  affirmed: string,
  negated: string,
  historical: string,
  expected: [string[], string[], string[]],
];

const ROWS: Row[] = [
  // M51 → M50 (a cervical disc): M50.1- only with an affirmed radiculopathy, M50.0- only with an affirmed myelopathy.
  [
    'radiculopathy',
    'M51.16',
    'MRI: C5-C6 disc herniation.',
    'Left C6 radiculopathy.',
    'No radicular symptoms.',
    'History of C6 radiculopathy, resolved.',
    [['M50.122'], ['M50.222'], ['M50.222']],
  ],
  [
    'radiculopathy, ruled out',
    'M51.26',
    'MRI: C5-C6 disc herniation.',
    'Right C6 radiculopathy on exam.',
    'Cervical radiculopathy ruled out.',
    'Prior C6 radiculopathy in 2019.',
    [['M50.122'], ['M50.222'], ['M50.222']],
  ],
  [
    'myelopathy',
    'M51.06',
    'MRI: C5-C6 disc herniation.',
    'Cervical myelopathy with hyperreflexia.',
    'No myelopathy.',
    'History of myelopathy.',
    [['M50.022'], ['M50.222'], ['M50.222']],
  ],
  // M50 → M51 (a thoracic or lumbar disc).
  [
    'radiculopathy',
    'M50.122',
    'MRI: L4-L5 disc herniation.',
    'Left L5 radiculopathy.',
    'No radiculopathy.',
    'History of L5 radiculopathy, resolved.',
    [['M51.16'], ['M51.26'], ['M51.26']],
  ],
  [
    'myelopathy',
    'M50.022',
    'MRI: T8-T9 disc herniation.',
    'Thoracic myelopathy.',
    'No myelopathy.',
    'History of myelopathy.',
    [['M51.04'], ['M51.24'], ['M51.24']],
  ],
  // M50.3- → M51.36-: the pain character. A past pain is neither "with" nor "without mention of" it: no code.
  [
    'discogenic back pain',
    'M50.30',
    'MRI: degenerative disc disease L4-5.',
    'Axial low back pain.',
    'No back pain.',
    'History of low back pain.',
    [['M51.360'], ['M51.369'], []],
  ],
  [
    'leg pain',
    'M50.30',
    'MRI: degenerative disc disease L4-5.',
    'Left leg pain.',
    'No leg pain.',
    'History of leg pain.',
    [['M51.361'], ['M51.369'], []],
  ],
  // Within a family: spondylosis and stenosis moved to the documented region.
  [
    'radiculopathy',
    'M47.22',
    'Spondylosis at L4-L5.',
    'Left L5 radiculopathy.',
    'No radiculopathy.',
    'History of L5 radiculopathy.',
    [['M47.26'], ['M47.816'], ['M47.816']],
  ],
  [
    'myelopathy',
    'M47.26',
    'Spondylosis at C5-C6.',
    'Myelopathy.',
    'No myelopathy.',
    'History of myelopathy.',
    [['M47.12'], ['M47.812'], ['M47.812']],
  ],
  [
    'neurogenic claudication',
    'M48.02',
    'Canal stenosis at L4-L5.',
    'Neurogenic claudication.',
    'Denies neurogenic claudication.',
    'History of neurogenic claudication.',
    [['M48.062'], ['M48.061'], ['M48.061']],
  ],
];

describe('the qualifier of a region-move suggestion', () => {
  describe.each(ROWS)('%s, %s', (_q, entered, lesion, affirmed, negated, historical, [yes, no, past]) => {
    it(`affirmed: ${yes.join(', ')}`, () =>
      expect(suggestion(entered, `${lesion} ${affirmed}`)).toEqual(yes));
    it(`negated: ${no.join(', ')}`, () => expect(suggestion(entered, `${lesion} ${negated}`)).toEqual(no));
    it(`historical: ${past.join(', ') || 'none'}`, () =>
      expect(suggestion(entered, `${lesion} ${historical}`)).toEqual(past));
  });

  it('keeps the subcategory the entered code names when the note agrees with it', () => {
    expect(suggestion('M51.26', 'MRI: C5-C6 disc herniation.')).toEqual(['M50.222']);
    expect(suggestion('M51.86', 'MRI: C5-C6 disc herniation.')).toEqual(['M50.822']);
  });
});

describe('the combination code of an Excludes1 pair at M54.5-', () => {
  it('carries the leg pain the note affirms beside the back pain', () => {
    const f = analyzeCodesAndNote(
      'M54.50',
      'Low back pain and left leg pain due to L4-5 disc degeneration.',
    ).findings.find((x) => x.rule === 'classified-elsewhere');
    expect(f?.suggestions).toEqual(['M51.362']);
  });
});
