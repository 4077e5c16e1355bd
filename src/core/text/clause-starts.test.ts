import { describe, expect, it } from 'vitest';
import { findMentions } from '../mentions/find-mentions';
import { clauseStarts } from './clause-starts';

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
