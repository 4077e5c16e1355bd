import { describe, expect, it } from 'vitest';
import { assessContext } from '../context/assess-context';
import { findCues } from '../context/find-cues';
import { clauseCueList } from './clause-cues';
import { splitClauses } from './split-clauses';

const NOTE =
  'Adjusted C2, T6 and L5 today. No tenderness at T4, history of spasm at L3; plan to adjust SI next visit.';

describe('clauseCueList', () => {
  it('is the cue list assessContext finds for the clause, found once per clause', () => {
    for (const clause of splitClauses(NOTE)) {
      const cues = clauseCueList(NOTE, clause);
      expect(cues).toEqual(findCues(NOTE, clause.start, clause.end));
      expect(clauseCueList(NOTE, clause)).toBe(cues);
    }
  });

  it('gives every place of a clause the status assessContext gives it without the list', () => {
    for (const clause of splitClauses(NOTE)) {
      const sentence = { start: clause.start, end: clause.end };
      for (const m of clause.text.matchAll(/\b(?:C2|T6|L5|T4|L3|SI)\b/g)) {
        const target = { start: clause.start + m.index, end: clause.start + m.index + m[0].length };
        expect(assessContext(NOTE, target, { sentence, cues: clauseCueList(NOTE, clause) })).toEqual(
          assessContext(NOTE, target, { sentence }),
        );
      }
    }
  });

  it('reads a clause again for another text', () => {
    const [clause] = splitClauses(NOTE);
    if (!clause) throw new Error('no clause');
    const other = NOTE.replace('Adjusted', 'Not adjd');
    expect(clauseCueList(other, clause)).toEqual(findCues(other, clause.start, clause.end));
    expect(clauseCueList(other, clause)).not.toEqual(clauseCueList(NOTE, clause));
  });
});
