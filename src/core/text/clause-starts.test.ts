import { describe, expect, it } from 'vitest';
import { findMentions } from '../mentions/find-mentions';
import fc from 'fast-check';
import { AFTER_STATEMENT, afterStatements, clauseStarts } from './clause-starts';

const starts = (text: string) => clauseStarts(text, 0, text.length).map((at) => text.slice(at, at + 12));
const statuses = (text: string) =>
  findMentions({ id: 'n', kind: 'note', text }).map((m) => [m.span.text, m.status]);

describe('a new clause in run-on dictation', () => {
  it('starts at a possessive subject with its present-tense verb, a few words on', () => {
    expect(starts('there is no Hoffmann sign and his MRI from last week shows a protrusion')).toEqual([
      'his MRI from',
    ]);
    expect(starts('no weakness and her study demonstrates moderate stenosis')).toEqual(['her study de']);
    expect(starts('no numbness and their outside MRI from May shows stenosis')).toEqual(['their outsid']);
  });

  it('does not start at a possessive after a preposition or a verb that takes a clause', () => {
    expect(starts('no pain in his neck is reported')).toEqual([]);
    expect(starts('I do not think his stenosis is severe')).toEqual([]);
  });

  it('ends the exam negation before the study findings', () => {
    expect(
      statuses(
        'He has tingling in both hands and there is no Hoffmann sign and his MRI shows a left C6-7 disc protrusion narrowing the left foramen.',
      ),
    ).toEqual([['narrowing the left foramen', 'affirmed']]);
  });
});

describe('a subject after a preposition', () => {
  it('belongs to the preposition: "pain down the anterior thigh and shin has resolved" is one clause', () => {
    expect(
      starts(
        'The preoperative right L4 radicular pain down the anterior thigh and shin has completely resolved',
      ),
    ).toEqual([]);
    expect(starts('radicular pain across the buttock and thigh has resolved')).toEqual([]);
    expect(starts('numbness below the knee and the foot has improved')).toEqual([]);
    expect(starts('pain radiating toward the heel is gone')).toEqual([]);
    // A subject that follows a finished phrase still starts a clause.
    expect(starts('no leg pain and the MRI shows stenosis')).toEqual(['the MRI show']);
  });
});

describe('findings dictated one after another, with no punctuation', () => {
  it('starts a clause at a grade or a "no" right after the level that ends the finding before it', () => {
    expect(
      starts('severe canal stenosis at L4 L5 moderate stenosis at L3 L4 no significant stenosis at L5 S1'),
    ).toEqual(['moderate ste', 'no significa']);
    expect(starts('foraminal narrowing at C5-6 mild canal stenosis')).toEqual(['mild canal s']);
  });

  it('starts a clause at a grade or a "no" right after a finding\'s noun, never after a word that leads to it', () => {
    expect(starts('alignment is normal no fracture moderate central stenosis at L4 L5')).toEqual([
      'no fracture ',
      'moderate cen',
    ]);
    expect(starts('mild disc bulge no stenosis')).toEqual(['no stenosis']);
    expect(starts('no fracture or severe stenosis')).toEqual([]);
    expect(starts('there is bilateral moderate foraminal stenosis')).toEqual([]);
    expect(starts('stenosis is mild to moderate')).toEqual([]);
  });

  it('leaves a level that opens its own item alone ("L4-5 moderate bilateral", a label\'s answer list)', () => {
    expect(starts('Neural foramina: L4-5 moderate bilateral, L5-S1 mild right')).toEqual([]);
    expect(starts('L3-4 mild disc bulge')).toEqual([]);
  });

  it('starts a clause at a study or an exam named with its present-tense verb', () => {
    expect(starts('no bowel or bladder changes exam shows strength five out of five')).toEqual([
      'exam shows s',
    ]);
    expect(starts('leg pain with walking MRI lumbar spine from last month shows stenosis')).toEqual([
      'MRI lumbar s',
    ]);
    expect(starts('pain in the neck on exam shows nothing')).toEqual([]);
  });

  it('reads each dictated finding with its own level and status', () => {
    expect(
      statuses(
        'MRI shows severe central canal stenosis at L4 L5 moderate stenosis at L3 L4 no significant stenosis at L5 S1 no cauda equina symptoms',
      ),
    ).toEqual([
      ['central canal stenosis', 'affirmed'],
      ['stenosis', 'affirmed'],
      ['stenosis', 'negated'],
    ]);
    expect(statuses('alignment is normal no fracture moderate central stenosis at L4 L5')).toEqual([
      ['central stenosis', 'affirmed'],
    ]);
    expect(statuses('no fracture or severe stenosis')).toEqual([['stenosis', 'negated']]);
    // A negation of the exam does not reach the assessment dictated after it.
    expect(
      statuses(
        'no cauda equina symptoms no bowel or bladder changes exam shows strength five out of five throughout reflexes symmetric assessment lumbar spinal stenosis with neurogenic claudication',
      ),
    ).toEqual([['stenosis', 'affirmed']]);
  });
});

describe('afterStatements', () => {
  const PIECES = [
    'at ',
    'to the ',
    'of ',
    'L4',
    'L4-5',
    'C5 C6',
    'T11-T12',
    'S1',
    'stenosis',
    'fracture',
    'xfracture',
    'bulges',
    ' ',
    '  ',
    '\n',
    ',',
    'no',
    'No',
    'mild',
    'moderately',
    'nos',
    'mildew',
    'and ',
    'herniation',
    'symptoms',
    'the',
    'a',
    '-',
  ];
  it('finds where AFTER_STATEMENT matches end, on any text', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((ps) => ps.join('')),
        (text) => {
          const out: number[] = [];
          afterStatements(text, 0, out);
          expect(out).toEqual([...text.matchAll(AFTER_STATEMENT)].map((m) => m.index + m[0].length));
        },
      ),
      { numRuns: 3000 },
    );
  });
});
