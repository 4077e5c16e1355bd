import { describe, expect, it } from 'vitest';
import { normalizeTitle, type RawEntry } from '../kb';
import { buildTitleIndex, resolveTitles } from './title-index';

const ENTRIES: RawEntry[] = [
  [
    'M99.60',
    1,
    'Osseous and subluxation stenosis of intervertebral foramina of head region',
    'Osseous and sublux stenosis of intvrt foramin of head region',
  ],
  ['M48.02', 1, 'Spinal stenosis, cervical region'],
  ['X00.1', 1, 'Same title'],
  ['X00.2', 1, 'Same title'],
];

describe('title index', () => {
  const index = buildTitleIndex(ENTRIES);

  it('resolves long and short official titles regardless of case and punctuation', () => {
    expect(
      resolveTitles(index, [
        'osseous and subluxation stenosis of intervertebral foramina of head region',
        'Osseous and sublux stenosis of intvrt foramin of head region',
        'SPINAL STENOSIS CERVICAL REGION',
      ]),
    ).toEqual({
      'osseous and subluxation stenosis of intervertebral foramina of head region': 'M99.60',
      'Osseous and sublux stenosis of intvrt foramin of head region': 'M99.60',
      'SPINAL STENOSIS CERVICAL REGION': 'M48.02',
    });
  });

  it('finds a title among widget extras (status, remove mark)', () => {
    expect(resolveTitles(index, ['Spinal stenosis, cervical region – Active ×'])).toEqual({
      'Spinal stenosis, cervical region – Active ×': 'M48.02',
    });
  });

  it('answers nothing for partial titles, free text and titles two codes share', () => {
    expect(resolveTitles(index, ['spinal stenosis', 'neck pain', 'Same title'])).toEqual({});
  });

  it('normalises to lower-case words', () => {
    expect(normalizeTitle('  Spinal  stenosis, cervical-region ')).toBe('spinal stenosis cervical region');
  });
});
