import { describe, expect, it } from 'vitest';
import { findMentions } from '../mentions/find-mentions';
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
