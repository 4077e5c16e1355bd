import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { visitPage } from './visit-page';

/** The region rules' findings, as [rule, code, suggestions]. */
const regionFindings = (codes: string, note: string) =>
  analyze(visitPage(codes, note, ['98941']))
    .findings.filter((f) =>
      ['region-mismatch', 'unsupported-code', 'treated-region-uncoded'].includes(f.rule),
    )
    .map((f) => [f.rule, f.code, f.suggestions]);

// Blind QA stop 50, M1 (n07, p10, p11): a region the note negates is that code's answer, and no
// suggestion names a region the note negates. The Index puts the sacro-iliac joint in the sacral
// region (Dysfunction, somatic, sacroiliac M99.04; Complex, subluxation (vertebral), sacroiliac
// M99.14: data/icd10cm/fy2017 index), CPT counts it as pelvic (clinical brief §2.2).
describe('a region the note negates', () => {
  const SACRUM_DENIED =
    'C2 fixation with right rotation, tender. R SI joint fixation, tender. Thoracic: no subluxation found today, not adjusted. Sacrum: no listing, not adjusted. Adjusted C2 and R SI.';
  it.each([
    [
      'its code, beside an SI joint under a denied sacrum (p11)',
      'M99.01, M99.02',
      SACRUM_DENIED,
      [['unsupported-code', 'M99.02', []]],
    ],
    [
      'its code, beside a pelvic code that codes the SI joint (n07)',
      'M99.01, M99.02, M99.05',
      `${SACRUM_DENIED} PI ilium.`,
      [['unsupported-code', 'M99.02', []]],
    ],
    [
      'its code, the region named by a word, beside an uncoded region the note does not negate',
      'M99.01, M99.03',
      'Lumbar: no subluxation found, not adjusted. C5 PR, T4 PL fixation. Adjusted C5 and T4.',
      [
        ['unsupported-code', 'M99.03', []],
        ['treated-region-uncoded', 'M99.02', ['M99.02']],
      ],
    ],
    [
      'its code, when the region is only historical',
      'M99.02',
      'T6 subluxation resolved. L5 PL fixation, adjusted L5.',
      [
        ['unsupported-code', 'M99.02', []],
        ['treated-region-uncoded', 'M99.03', ['M99.03']],
      ],
    ],
    ['no addition of the sacral code for the SI joint (treated-region-uncoded)', 'M99.01', SACRUM_DENIED, []],
  ])('%s', (_label, codes, note, expected) => {
    expect(regionFindings(codes, note)).toEqual(expected);
  });
});

describe('what is not a negated region', () => {
  it.each([
    [
      'one vertebra not adjusted beside another adjusted there',
      'M99.02',
      'T4 not adjusted. T6 PR fixation, adjusted T6.',
      [],
    ],
    [
      'a region the note does not name: region-mismatch still suggests the documented one',
      'M99.02',
      'L5 PL fixation, adjusted L5.',
      [['region-mismatch', 'M99.02', ['M99.03']]],
    ],
    [
      'the SI joint with the sacrum not denied: still the sacral code (Index)',
      'M99.01, M99.02',
      'C2 fixation, tender. R SI joint fixation, tender. Adjusted C2 and R SI.',
      [['region-mismatch', 'M99.02', ['M99.04']]],
    ],
    [
      'the SI joint coded as sacral under a denied sacrum: the Index code stands',
      'M99.04',
      'R SI joint fixation, tender. Sacrum: no listing. Adjusted R SI.',
      [],
    ],
  ])('%s', (_label, codes, note, expected) => {
    expect(regionFindings(codes, note)).toEqual(expected);
  });
});

describe('the words that deny a place after it', () => {
  it.each([
    ['Thoracic: no subluxation found today, not adjusted.', 'not adjusted'],
    ['Thoracic: T6 fixation ruled out.', 'ruled out'],
    ['Thoracic: adjustment deferred.', 'deferred'],
  ])('%s quotes "%s" whole', (sentence, quote) => {
    const f = analyze(
      visitPage('M99.01, M99.02', `C2 fixation, adjusted C2. ${sentence}`, ['98940']),
    ).findings.find((x) => x.code === 'M99.02');
    expect(f?.message).toContain(`("${quote}")`);
  });
});
