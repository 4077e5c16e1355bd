import { describe, expect, it } from 'vitest';
import { findConditions } from '../families-read/find-conditions';
import { findMentions } from './find-mentions';

// QA45: evidence spans that ran into the next clause ("stenosis if ABIs normal"; "myelopathy at age
// 60 and her brother has "spinal stenosis"").
const mentions = (text: string) =>
  findMentions({ id: 'n', kind: 'note', text }).map((m) => [m.span.text, m.status, m.site]);

describe("a mention's span", () => {
  it('holds its narrowing words, not a "normal" of another clause of its window', () => {
    expect(mentions('- MRI lumbar spine to r/o stenosis if ABIs normal')).toEqual([
      ['stenosis', 'uncertain', 'unspecified'],
    ]);
    expect(mentions('Foraminal stenosis at C7-T1 is not likely given the normal EMG.')).toEqual([
      ['Foraminal stenosis', 'negated', 'foramen'],
    ]);
    expect(mentions('Repeat MRI for stenosis unless EMG normal.')).toEqual([
      ['stenosis', 'hypothetical', 'unspecified'],
    ]);
    // A window of "normal" words alone still spans them.
    expect(mentions('Mild canal stenosis at L3-4; foramina normal.')).toEqual([
      ['canal stenosis', 'affirmed', 'canal'],
      ['foramina normal', 'negated', 'foramen'],
    ]);
  });

  it('takes no site word from another clause, with another subject and verb', () => {
    expect(
      mentions(
        'She is worried because her mother needed surgery for cervical myelopathy at age 60 and her brother has "spinal stenosis".',
      ),
    ).toEqual([['stenosis', 'family', 'unspecified']]);
    expect(
      mentions('Her sister had surgery for cervical myelopathy and her father has lumbar spinal stenosis.'),
    ).toEqual([['stenosis', 'family', 'unspecified']]);
    expect(
      mentions('There is no cord signal change and the foramina are moderately narrowed at C5-6.'),
    ).toEqual([['foramina are moderately narrowed', 'affirmed', 'foramen']]);
    // In its own clause a site word far from the narrowing word is still its site.
    expect(mentions('The neural foramen on the left at L4-5 is moderately narrowed.')).toEqual([
      ['neural foramen on the left at L4-5 is moderately narrowed', 'affirmed', 'foramen'],
    ]);
  });

  it('reads "pain down the thigh and shin has resolved" as one clause', () => {
    const text =
      'The preoperative right L4 radicular pain down the anterior thigh and shin has completely resolved.';
    expect(findConditions({ id: 'n', kind: 'note', text }).map((c) => [c.span.text, c.status])).toEqual([
      ['radicular pain', 'negated'],
    ]);
  });
});
