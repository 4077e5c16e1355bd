import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';

/** The findings on `code`, as [rule, severity, suggestions]. */
const on = (codes: string, note: string, code: string) =>
  analyze({
    fields: [
      { id: 'dx', kind: 'diagnosis', text: codes },
      { id: 'n', kind: 'note', text: note },
    ],
  })
    .findings.filter((f) => f.code === code)
    .map((f) => [f.rule, f.severity, f.suggestions]);

// Blind QA pages stop 50, L2: a canal stenosis code (M48.0-) beside foraminal statements only, all
// of them in another region, is first of all the wrong region; the site finding stays for a
// foraminal statement in the code's own region or one the note places nowhere (ICD-10-CM Index:
// Stenosis, spinal, foraminal → M99.6-/M99.7-; QA stop 47, class 2 for the mixed case).
describe('M48.0- beside foraminal statements', () => {
  it.each([
    [
      'of another region only (a7: cervical code, lumbar note)',
      'M48.02',
      'Right L5 radiculopathy. MRI: right L4-L5 foraminal disc protrusion compressing the exiting L4 and traversing L5 root.',
      [['region-mismatch', 'error', ['M51.16']]],
    ],
    [
      'of another region, by level, the other way round',
      'M48.061',
      'MRI cervical: moderate right C5-C6 foraminal stenosis from uncovertebral spurring.',
      [['region-mismatch', 'error', ['M99.61']]],
    ],
    [
      "in the code's own region: the site, as before",
      'M48.061',
      'MRI: moderate left L4-L5 foraminal stenosis from facet arthropathy.',
      [['site-mismatch', 'error', ['M99.63']]],
    ],
    [
      "in the code's region and another: the site, as before",
      'M48.02',
      'MRI: moderate right C5-C6 foraminal stenosis from uncovertebral spurring. Mild left L4-L5 foraminal narrowing.',
      [['site-mismatch', 'error', ['M99.61']]],
    ],
  ])('%s', (_label, code, note, expected) => {
    expect(on(code, note, code)).toEqual(expected);
  });
});

// Blind QA pages stop 50, L1: low back pain's combination code carries the radiculopathy the note
// links to the disc (Index: Displacement, intervertebral disc, lumbar, with radiculopathy M51.16;
// Excludes1 at M54.5 low back pain due to intervertebral disc displacement (M51.2-)), as
// cervicalgia's does (M50.1-); without one, or one the note unlinks, it stays M51.2-.
describe("low back pain's combination code", () => {
  it.each([
    [
      'a disc with the radiculopathy it causes (a1)',
      'M54.50',
      'Low back pain radiating down the left leg. MRI lumbar: L4-L5 left paracentral disc extrusion compressing the traversing left L5 root. Assessment: L4-L5 disc herniation with left L5 radiculopathy.',
      ['M51.16'],
    ],
    [
      'the same beside the entered disc code: that code, not a "without" one',
      'M51.16, M54.50',
      'Low back pain radiating down the left leg. Assessment: L4-L5 disc herniation with left L5 radiculopathy.',
      ['M51.16'],
    ],
    [
      'at the lumbosacral disc',
      'M54.50',
      'Low back pain. L5-S1 disc protrusion with right S1 radiculopathy.',
      ['M51.17'],
    ],
    [
      'a disc and no radiculopathy',
      'M54.50',
      'Low back pain. MRI: L4-L5 disc extrusion. No radiculopathy.',
      ['M51.26'],
    ],
    [
      'a radiculopathy the note unlinks from the disc',
      'M54.50',
      'Low back pain. MRI: L4-L5 disc protrusion. Left L5 radiculopathy, not due to the disc.',
      ['M51.26'],
    ],
  ])('%s', (_label, codes, note, expected) => {
    const f = on(codes, note, 'M54.50').find((x) => x[0] === 'classified-elsewhere');
    expect(f?.[2]).toEqual(expected);
  });
});

describe('M48.0- beside foraminal statements next door', () => {
  it('keeps the site finding in the same part of the spine (M48.061, L5-S1 is lumbosacral)', () => {
    const note = 'MRI: mild bilateral L5-S1 foraminal narrowing.';
    expect(on('M48.061', note, 'M48.061').map((f) => f[0])).toEqual(['site-mismatch']);
  });
});

describe('M48.0- beside foraminal statements placed by a region word only', () => {
  it('keeps the site finding, an error (the region word alone is soft evidence of the region)', () => {
    const note = 'Cervical foraminal narrowing on the left.';
    expect(on('M48.061', note, 'M48.061').map((f) => [f[0], f[1]])).toEqual([['site-mismatch', 'error']]);
  });
});
