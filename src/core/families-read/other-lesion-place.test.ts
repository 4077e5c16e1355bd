import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { page } from '../rules/run-rule';

// Stop 59, class 4: a disc code of the wrong lesion (M51.24 against a degeneration) was told the
// other lesion's code in its own region and "without", whatever the note placed and affirmed:
// M51.24 beside "L4-5 disc degeneration with discogenic back pain" became M51.34 (thoracic), and
// M51.34 beside a thoracic herniation with radiculopathy M51.24.
const suggested = (code: string, note: string) =>
  analyze(page(code, note))
    .findings.filter((f) => f.code === code)
    .flatMap((f) => f.suggestions);

describe('the lesion the note documents instead, in its region and with its qualifiers', () => {
  it.each([
    [
      'M51.34',
      'MRI: T7-8 disc herniation. Assessment: thoracic disc herniation with right T8 radiculopathy.',
      ['M51.14'],
    ],
    [
      'M51.34',
      'T9-10 disc extrusion compressing the cord with thoracic myelopathy, hyperreflexia in legs.',
      ['M51.04'],
    ],
    ['M51.24', 'T12-L1 degenerative disc disease with left L1 radiculopathy.', ['M51.15']],
    ['M51.24', 'L4-5 disc degeneration with discogenic low back pain. No leg pain.', ['M51.360']],
    ['M51.25', 'L5-S1 degenerative disc disease with axial low back pain and right leg pain.', ['M51.372']],
    ['M51.24', 'L3-4 disc desiccation, incidental.', ['M51.369']],
    ['M51.24', 'Schmorl node at T8 inferior endplate.', ['M51.44']],
    ['M51.44', 'MRI: T7-8 disc protrusion. No radiculopathy, no myelopathy.', ['M51.24']],
  ])('%s: %s', (code, note, want) => {
    expect(suggested(code, note)).toEqual(want);
  });

  it('keeps the entered region where the note places the lesion nowhere', () => {
    expect(suggested('M51.27', 'Lumbosacral degenerative disc disease.')).toEqual(['M51.379']);
  });
});
