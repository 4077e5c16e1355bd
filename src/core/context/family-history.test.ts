import { describe, expect, it } from 'vitest';
import { findConditions } from '../families-read/find-conditions';
import { findMentions } from '../mentions/find-mentions';
import { assessContext } from './assess-context';

// QA45: a family-history line that holds "s/p" was read as the patient's history.
const mentions = (text: string) =>
  findMentions({ id: 'n', kind: 'note', text }).map((m) => [m.span.text, m.status, m.trigger?.text ?? null]);
const conditions = (text: string) =>
  findConditions({ id: 'n', kind: 'note', text }).map((c) => [c.span.text, c.status]);

describe("a relative's history", () => {
  it('is family: the history cue after a relative tells what the relative had', () => {
    expect(mentions('Family history: mother s/p lumbar fusion for stenosis.')).toEqual([
      ['stenosis', 'family', 'mother'],
    ]);
    expect(mentions('Mother had a laminectomy for stenosis.')).toEqual([['stenosis', 'family', 'Mother']]);
    expect(conditions('Her brother had surgery for cervical myelopathy.')).toEqual([
      ['myelopathy', 'family'],
    ]);
    expect(
      conditions('Family history: grandmother status post laminectomy for lumbar radiculopathy.'),
    ).toEqual([['radiculopathy', 'family']]);
  });

  it('is family under a family-history heading, whatever history or hedge cue its line holds', () => {
    expect(
      conditions('Family history: Mother - cervical spondylotic myelopathy s/p C3-C6 laminoplasty.'),
    ).toEqual([
      ['spondylotic', 'family'],
      ['myelopathy', 'family'],
    ]);
    expect(mentions('FH: father with lumbar stenosis, status post laminectomy in 2010.')).toEqual([
      ['stenosis', 'family', 'father'],
    ]);
    const text = 'FAMILY HISTORY:\nLumbar stenosis, status post laminectomy (maternal side).';
    const at = text.indexOf('stenosis');
    expect(assessContext(text, { start: at, end: at + 8 }, { sectionStatus: 'family' }).status).toBe(
      'family',
    );
    expect(mentions('Family history: father possibly had stenosis.')).toEqual([
      ['stenosis', 'family', 'father'],
    ]);
  });

  it("leaves the patient's own history, a negation and a present finding as they were", () => {
    expect(mentions('History of laminectomy for stenosis; mother with scoliosis.')).toEqual([
      ['stenosis', 'historical', 'laminectomy for'],
    ]);
    expect(mentions('Status post decompression for stenosis. Mother with arthritis.')).toEqual([
      ['stenosis', 'historical', 'decompression for'],
    ]);
    expect(mentions('Family history: no spinal stenosis.')).toEqual([['stenosis', 'negated', 'no']]);
    expect(
      mentions('Family history: mother s/p fusion for stenosis. Now with new L4-5 stenosis on MRI.'),
    ).toEqual([
      ['stenosis', 'family', 'mother'],
      ['stenosis', 'affirmed', null],
    ]);
  });

  // QA52 H2: plural relatives, parents and the patient's children are relatives too.
  it('is family for relatives named in the plural, as parents or as children', () => {
    const status = (text: string) => mentions(text).map(([, s]) => s);
    for (const text of [
      'He is worried because his father and two brothers all had\nlumbar spinal stenosis requiring surgery.',
      'Her sisters have cervical stenosis.',
      'Both of his uncles had lumbar stenosis.',
      'His son has lumbar spinal stenosis.',
      'Two daughters with cervical spinal stenosis.',
      'Her grandparents had spinal stenosis.',
    ]) {
      expect(status(text), text).toEqual(['family']);
    }
  });

  it("leaves the patient's own finding affirmed where a relative reports it or is present", () => {
    const status = (text: string) => mentions(text).map(([, s]) => s);
    for (const text of [
      'Daughter reports his lumbar stenosis is worse.',
      'History obtained from his son. Severe lumbar stenosis at L4-5.',
      'Accompanied by her daughter; lumbar stenosis at L4-5.',
      'Relative canal stenosis at L4-5.',
    ]) {
      expect(status(text), text).toEqual(['affirmed']);
    }
  });

  it('takes no side from "both" said of people', () => {
    const sides = (text: string) => findMentions({ id: 'n', kind: 'note', text }).map((m) => m.laterality);
    expect(sides('His parents both had lumbar foraminal stenosis.')).toEqual([null]);
    expect(sides('The foramina are both narrowed at L4-5.')).not.toEqual([null]);
  });
});
