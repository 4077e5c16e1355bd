import { describe, expect, it } from 'vitest';
import { findMentions } from './find-mentions';
import { MAX_TABLE_MENTIONS, tableMentions } from './table-rows';

const TABLE = [
  'LUMBAR SPINE MRI',
  'LEVEL | DISC | CANAL | RIGHT NF | LEFT NF',
  'L3-4 | bulge | mild | normal | mild',
  'L4-5 | protrusion | severe | moderate | mild-to-moderate',
  'IMPRESSION: Severe L4-5 central canal stenosis.',
].join('\n');

const read = (text: string) =>
  tableMentions({ id: 'n', kind: 'note', text }).mentions.map((m) => [
    m.span.text,
    m.status,
    m.site,
    m.levels.map((l) => l.normalized).join(','),
    m.severity ?? '',
    m.laterality ?? '',
  ]);

describe('a grading table flattened to text', () => {
  it('reads each graded cell under a site column as that site at its row level, on the side the column names', () => {
    expect(read(TABLE)).toEqual([
      ['L3-4 | bulge | mild', 'affirmed', 'canal', 'L3-L4', 'mild', ''],
      ['L3-4 | bulge | mild | normal', 'negated', 'foramen', 'L3-L4', '', 'right'],
      ['L3-4 | bulge | mild | normal | mild', 'affirmed', 'foramen', 'L3-L4', 'mild', 'left'],
      ['L4-5 | protrusion | severe', 'affirmed', 'canal', 'L4-L5', 'severe', ''],
      ['L4-5 | protrusion | severe | moderate', 'affirmed', 'foramen', 'L4-L5', 'moderate', 'right'],
      [
        'L4-5 | protrusion | severe | moderate | mild-to-moderate',
        'affirmed',
        'foramen',
        'L4-L5',
        'mild-moderate',
        'left',
      ],
    ]);
  });

  it('adds them to the note reading, in note order, beside the prose statements', () => {
    const all = findMentions({ id: 'n', kind: 'note', text: TABLE });
    expect(all.map((m) => m.span.text)).toEqual([
      'L3-4 | bulge | mild',
      'L3-4 | bulge | mild | normal',
      'L3-4 | bulge | mild | normal | mild',
      'L4-5 | protrusion | severe',
      'L4-5 | protrusion | severe | moderate',
      'L4-5 | protrusion | severe | moderate | mild-to-moderate',
      'central canal stenosis',
    ]);
  });

  it('reads nothing without a site column, without a level to start the row, or in prose with a "|"', () => {
    expect(read('LEVEL | DISC | FACETS\nL4-5 | bulge | severe')).toEqual([]);
    expect(read('SIDE | CANAL | NF\nright | severe | mild')).toEqual([]);
    expect(read('Canal | mild | L4-5 and more')).toEqual([]);
    // A row that is no longer part of the table (a blank line ended it) is not read under its header.
    expect(read('LEVEL | CANAL | NF\n\nL4-5 | severe | mild')).toEqual([]);
  });

  it('reads a page of table rows as far as its cap, and says how much it left unread', () => {
    const text = 'LEVEL | CANAL | NF\n' + 'L4-5 | severe | mild\n'.repeat(5000);
    const { mentions, unread } = tableMentions({ id: 'n', kind: 'note', text });
    expect(mentions).toHaveLength(MAX_TABLE_MENTIONS);
    expect(unread).toBe(text.length - text.indexOf('\n', mentions[mentions.length - 1]!.span.end));
  });
});

describe('a Markdown table with a header row and a rule row', () => {
  const MARKDOWN = [
    'MRI lumbar spine.',
    '',
    '| Level | Canal | Foramina |',
    '|---|:---:|---|',
    '| L4-5 | moderate stenosis | mild left |',
    '| L5-S1 | patent | patent |',
  ].join('\n');
  const all = (text: string) =>
    findMentions({ id: 'n', kind: 'note', text }).map((m) => [
      m.status,
      m.site,
      m.levels.map((l) => l.normalized).join(','),
      m.severity ?? '',
      m.laterality ?? '',
    ]);

  it('reads its rows under the header past the rule row, a level per row and each column header as the site', () => {
    expect(all(MARKDOWN)).toEqual([
      ['affirmed', 'foramen', 'L4-L5', 'mild', 'left'],
      ['affirmed', 'canal', 'L4-L5', 'moderate', ''],
      ['negated', 'canal', 'L5-S1', '', ''],
      ['negated', 'foramen', 'L5-S1', '', ''],
    ]);
  });

  it('reads a grade with its side ("mild left"), and leaves a cell that says more to the note reader', () => {
    expect(read('LEVEL | CANAL | NF\nL4-5 | mild | moderate bilateral.')).toEqual([
      ['L4-5 | mild', 'affirmed', 'canal', 'L4-L5', 'mild', ''],
      ['L4-5 | mild | moderate bilateral.', 'affirmed', 'foramen', 'L4-L5', 'moderate', 'bilateral'],
    ]);
    expect(read('LEVEL | CANAL | NF\nL4-5 | mild | moderate, due to disc')).toEqual([
      ['L4-5 | mild', 'affirmed', 'canal', 'L4-L5', 'mild', ''],
    ]);
    // The column's own side wins over nothing: "RIGHT NF" keeps right.
    expect(read('LEVEL | RIGHT NF\nL4-5 | mild | x')).toEqual([]);
  });

  it("gives a prose statement in a site column the column's site and side only when it names none", () => {
    const text = 'Level | Canal | Left NF\n|---|---|---|\nL4-5 | lateral recess stenosis | severe stenosis';
    expect(all(text)).toEqual([
      ['affirmed', 'lateral-recess', 'L4-L5', '', ''],
      ['affirmed', 'foramen', 'L4-L5', 'severe', 'left'],
    ]);
  });

  it('does not keep a header across a line that is no rule row', () => {
    expect(read('| Level | Canal |\n| some text |\n| L4-5 | severe |')).toEqual([]);
  });
});

// QA stop 50, class H3: a table lined up by spaces or tabs, with no "|".
describe('a grading table lined up by spaces or tabs', () => {
  const statements = (text: string) =>
    findMentions({ id: 'n', kind: 'note', text }).map((m) => [
      m.levels.map((l) => l.normalized).join(','),
      m.site,
      m.laterality ?? '',
      m.status,
      m.severity ?? '',
    ]);
  const spaced = [
    'FINDINGS: Cord normal in signal.',
    '',
    'Segment   Disc                       Canal        Right foramen   Left foramen',
    'L3-4      bulge                      normal       normal          normal',
    'L4-5      broad protrusion           severe       moderate',
    'L5-S1     facet arthropathy          mild         normal          severe (facet)',
    '',
    'Conus ends at L1.',
  ].join('\n');

  it('reads each row under the header column each cell starts in, an empty cell left out', () => {
    expect(statements(spaced)).toEqual([
      ['L3-L4', 'canal', '', 'negated', ''],
      ['L3-L4', 'foramen', 'right', 'negated', ''],
      ['L3-L4', 'foramen', 'left', 'negated', ''],
      ['L4-L5', 'canal', '', 'affirmed', 'severe'],
      ['L4-L5', 'foramen', 'right', 'affirmed', 'moderate'],
      ['L5-S1', 'canal', '', 'affirmed', 'mild'],
      ['L5-S1', 'foramen', 'right', 'negated', ''],
      ['L5-S1', 'foramen', 'left', 'affirmed', 'severe'],
    ]);
  });

  it('reads a table copied out of a page, its cells split by tabs, the same way', () => {
    const tabbed = spaced.replace(/ {2,}/g, '\t').replace('L4-5\tbroad protrusion\tsevere\tmoderate', 'L4-5\tbroad protrusion\tsevere\tmoderate\t');
    expect(statements(tabbed)).toEqual(statements(spaced));
  });

  it('leaves prose with two spaces between sentences to the note reader', () => {
    const prose = 'Impression:  Moderate central canal stenosis at L4-5.  No foraminal narrowing.\nL5-S1:  Mild left foraminal stenosis.';
    expect(statements(prose)).toEqual([
      ['L4-L5', 'canal', '', 'affirmed', 'moderate'],
      ['L4-L5', 'foramen', '', 'negated', ''],
      ['L5-S1', 'foramen', 'left', 'affirmed', 'mild'],
    ]);
  });
});
