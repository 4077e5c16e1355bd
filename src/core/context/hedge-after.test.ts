import { describe, expect, it } from 'vitest';
import { findMentions } from '../mentions/find-mentions';
import { findConditions } from '../families-read/find-conditions';
import { assessContext } from './assess-context';

const statusOf = (text: string, phrase: string) => {
  const start = text.indexOf(phrase);
  return assessContext(text, { start, end: start + phrase.length }).status;
};
const mention = (text: string) => findMentions({ id: 'n', kind: 'note', text })[0];

describe('a hedge said after the finding, where the clause ends ("stenosis at L4-5, likely.")', () => {
  it('makes the finding before it uncertain', () => {
    expect(statusOf('Discogenic pain likely.', 'Discogenic pain')).toBe('uncertain');
    expect(statusOf('Lumbar radiculopathy likely at L5.', 'radiculopathy')).toBe('uncertain');
    expect(statusOf('Degenerative disc disease, probable.', 'Degenerative disc disease')).toBe('uncertain');
    expect(statusOf('Left S1 radiculopathy, suspected', 'radiculopathy')).toBe('uncertain');
    expect(statusOf('Cervical myelopathy - possible; MRI ordered.', 'myelopathy')).toBe('uncertain');
    expect(mention('MRI: moderate central canal stenosis at L4-L5, likely.')).toMatchObject({
      site: 'canal',
      status: 'uncertain',
    });
  });

  it('leaves the finding affirmed when the hedge goes on to another finding or a cause', () => {
    expect(statusOf('Shortness of breath, likely COPD exacerbation.', 'Shortness of breath')).toBe(
      'affirmed',
    );
    expect(statusOf('Shortness of breath, likely COPD exacerbation.', 'COPD exacerbation')).toBe('uncertain');
    expect(mention('Moderate canal stenosis at L4-5, likely degenerative.')).toMatchObject({
      site: 'canal',
      status: 'affirmed',
    });
    expect(mention('Foraminal stenosis at L5-S1, likely due to the disc bulge.')).toMatchObject({
      site: 'foramen',
      status: 'affirmed',
    });
    expect(statusOf('Radiculopathy, not likely.', 'Radiculopathy')).not.toBe('affirmed');
  });
});

describe('a label answered by a hedge alone ("Radiculopathy: likely.")', () => {
  const conditions = (text: string) =>
    findConditions({ id: 'n', kind: 'note', text }).map((c) => [c.span.text, c.status]);

  it('makes the label uncertain, whatever the hedge and the label', () => {
    const hedges = [
      'likely',
      'most likely',
      'possible',
      'possibly',
      'probable',
      'probably',
      'suspected',
      'questionable',
      // A backward rule of ctx46 (stop 46); joined to its label here since then too.
      'doubtful',
      'presumed',
      'cannot be excluded',
      'can not be excluded',
      'cannot be ruled out',
      'not excluded',
      'not ruled out',
      'could not be entirely excluded',
    ];
    for (const hedge of hedges) {
      for (const label of [
        'Radiculopathy',
        'Cervical myelopathy',
        'Left L5 radiculopathy',
        'Stenosis at L4-5',
        'Spinal stenosis',
      ]) {
        const text = `Assessment:\n${label}: ${hedge}.\nPlan: PT.`;
        const last = label.split(' ').at(-1) as string;
        expect(statusOf(text, last), `${label}: ${hedge}`).toBe('uncertain');
      }
    }
    // At a level or a side, before a comma, or at the end of the line.
    expect(statusOf('Radiculopathy: likely at L5.', 'Radiculopathy')).toBe('uncertain');
    expect(statusOf('Radiculopathy: possible left, correlate clinically.', 'Radiculopathy')).toBe(
      'uncertain',
    );
    expect(statusOf('Myelopathy: possible\nGait: normal.', 'Myelopathy')).toBe('uncertain');
    expect(conditions('Impression:\nLumbar radiculopathy: likely.\nMyelopathy: possible.')).toEqual([
      ['radiculopathy', 'uncertain'],
      ['Myelopathy', 'uncertain'],
    ]);
    expect(mention('Lumbar spinal stenosis: cannot be excluded.')).toMatchObject({ status: 'uncertain' });
    expect(mention('Foraminal stenosis at L5-S1: suspected.')).toMatchObject({
      site: 'foramen',
      status: 'uncertain',
    });
  });

  it('ends at its line: the hedge reaches neither the next line nor a label past a comma', () => {
    // The next line goes on without a label of its own: "possible" hedged it before.
    expect(statusOf('Radiculopathy: possible\nlumbar stenosis on the MRI.', 'stenosis')).toBe('affirmed');
    // More than a label before it: the colon still ends that sentence, so the stenosis stays affirmed.
    expect(statusOf('Moderate stenosis at L4-5, radiculopathy: possible.', 'stenosis')).toBe('affirmed');
  });

  it('leaves a hedge that goes on to name a cause or another finding as before', () => {
    expect(statusOf('Stenosis: likely degenerative.', 'Stenosis')).toBe('affirmed');
    expect(statusOf('Radiculopathy: possible L5 versus S1.', 'Radiculopathy')).toBe('affirmed');
    expect(statusOf('Etiology: likely degenerative. Radiculopathy.', 'Radiculopathy')).toBe('affirmed');
    expect(statusOf('Myelopathy: absent.', 'Myelopathy')).toBe('negated');
  });
});
