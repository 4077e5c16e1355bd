import { describe, expect, it } from 'vitest';
import { findMentions } from '../mentions/find-mentions';
import { findConditions } from '../families-read/find-conditions';
import { constructLevels } from './construct-levels';
import { findLevels } from './find-levels';

const named = (text: string) => constructLevels(findLevels(text, 0), text).map((h) => h.level.normalized);
const mentionLevels = (text: string) =>
  findMentions({ id: 'note', kind: 'note', text }).map((m) => [
    m.span.text,
    m.levels.map((l) => l.normalized),
  ]);

// Blind QA stop 47, class 1: a level range that names a fusion, its hardware or an operation
// places the finding beside it; it is not the finding's level.
describe('constructLevels', () => {
  it('names the levels of a fusion, its hardware and an operation, before or after the word', () => {
    expect(named('New C4-5 stenosis above the C5-7 ACDF.')).toEqual(['C5-C6', 'C6-C7']);
    expect(
      named('Moderate L3-4 canal stenosis adjacent to the L4-S1 posterior instrumented fusion.'),
    ).toEqual(['L4-L5', 'L5-S1']);
    expect(named('Severe L2-3 stenosis, hardware spanning L3 to S1 intact.')).toEqual([
      'L3-L4',
      'L4-L5',
      'L5-S1',
    ]);
    expect(named('Solid fusion at L4-5 and L5-S1; new stenosis at L3-4.')).toEqual(['L4-L5', 'L5-S1']);
    expect(named('L4-5 and L5-S1 interbody cages in place, with L3-4 narrowing.')).toEqual([
      'L4-L5',
      'L5-S1',
    ]);
  });

  it('names no level a finding word stands between it and the operation, nor any where no operation is named', () => {
    expect(named('L3-4 stenosis with fusion planned at L4-5.')).toEqual(['L4-L5']);
    expect(named('L3-4 stenosis and L4-5 disc bulge.')).toEqual([]);
    expect(named('Stenosis at L4-5.')).toEqual([]);
  });
});

describe('a finding next to a fusion keeps only its own level', () => {
  it('reads the stenosis at the level it names, not at the fused levels', () => {
    expect(
      mentionLevels('Adjacent segment stenosis L2-3 with neurogenic claudication above prior L3-S1 fusion.'),
    ).toEqual([['stenosis', ['L2-L3']]]);
    expect(mentionLevels('Severe central canal stenosis at C4-5, the level above the C5-7 ACDF.')).toEqual([
      ['central canal stenosis', ['C4-C5']],
    ]);
    expect(
      findConditions({
        id: 'n',
        kind: 'note',
        text: 'L2-3 disc herniation above the L3-S1 instrumentation.',
      }).map((c) => c.levels),
    ).toEqual([['L2-L3']]);
  });

  it('keeps the operated level when it is the only one the sentence names (the finding may be there)', () => {
    expect(mentionLevels('Recurrent stenosis at the L4-5 laminectomy site.')).toEqual([
      ['stenosis', ['L4-L5']],
    ]);
    expect(mentionLevels('Stenosis at L4-5 below the L4-5 laminectomy defect.').map(([, l]) => l)).toEqual([
      ['L4-L5'],
    ]);
  });
});

describe('a finding placed beside a construct, with no level of its own (QA stop 47)', () => {
  it('has no level: never the fused levels, nor a level looked back for in another sentence', () => {
    expect(mentionLevels('Adjacent segment stenosis above the L4-S1 fusion.')).toEqual([['stenosis', []]]);
    expect(mentionLevels('L2-3 disc bulge. Moderate stenosis above the prior L4-5 fusion.')).toEqual([
      ['stenosis', []],
    ]);
    expect(mentionLevels('Severe canal stenosis adjacent to the C5-7 ACDF.')).toEqual([
      ['canal stenosis', []],
    ]);
    expect(
      findConditions({ id: 'n', kind: 'note', text: 'Disc herniation below the L3-5 instrumentation.' }).map(
        (c) => c.levels,
      ),
    ).toEqual([[]]);
  });

  it('takes the adjacent level when the sentence states it', () => {
    expect(mentionLevels('Adjacent segment stenosis above the L4-S1 fusion, at L3-4.')).toEqual([
      ['stenosis', ['L3-L4']],
    ]);
  });

  it('keeps the operated level when nothing places the finding beside it', () => {
    expect(mentionLevels('Recurrent stenosis at the L4-5 laminectomy site.')).toEqual([
      ['stenosis', ['L4-L5']],
    ]);
    expect(mentionLevels('Stenosis at the L4-S1 fusion levels.')).toEqual([['Stenosis', ['L4-L5', 'L5-S1']]]);
  });
});
