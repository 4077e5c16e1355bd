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
