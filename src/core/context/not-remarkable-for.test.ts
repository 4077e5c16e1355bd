import { describe, expect, it } from 'vitest';
import { findMentions } from '../mentions/find-mentions';
import { assessContext } from './assess-context';

// QA stop 53, H4: "not significant for stenosis" and its kin ("not remarkable for", "not
// suggestive of", "not consistent with", "not concerning for") deny what follows them, as NegEx's
// "negative for" and "unremarkable for" do; the backward "not significant" read nothing after it,
// so a normal study read as affirmed stenosis.
const statusOf = (text: string, phrase: string) => {
  const start = text.indexOf(phrase);
  return assessContext(text, { start, end: start + phrase.length }).status;
};
const mentions = (text: string) =>
  findMentions({ id: 'n', kind: 'note', text }).map((m) => [
    m.status,
    m.levels.map((l) => l.normalized),
    m.regions,
  ]);

describe('a denial written as "not <adjective> for/of/with" before the finding', () => {
  it.each([
    ['Thoracic MRI is not significant for canal stenosis at T11-12.', 'canal stenosis'],
    ['The lumbar study was not remarkable for spinal stenosis.', 'spinal stenosis'],
    ['Appearance not suggestive of foraminal narrowing at C6-7.', 'foraminal narrowing'],
    ['Findings are not consistent with central canal stenosis at L2-3.', 'central canal stenosis'],
    ['CT of the neck not concerning for cord compression.', 'cord compression'],
    ['Flexion views not diagnostic of instability; no listhesis.', 'instability'],
    ['Imaging not entirely worrisome for stenosis at L3-4.', 'stenosis'],
  ])('negates the finding in "%s"', (text, phrase) => {
    expect(statusOf(text, phrase)).toBe('negated');
  });

  it('leaves the affirmative forms as they were: "suggestive of" stays uncertain, "significant for" affirmed', () => {
    expect(statusOf('Findings suggestive of foraminal stenosis at L4-5.', 'foraminal stenosis')).toBe(
      'uncertain',
    );
    expect(statusOf('MRI significant for severe canal stenosis at L4-5.', 'canal stenosis')).toBe('affirmed');
  });

  it('reads a whole normal study, "at any level" included, as no stenosis', () => {
    expect(
      mentions('MRI cervical spine: not significant for stenosis at any level. Mild spondylosis C5-6.'),
    ).toEqual([['negated', [], ['cervical']]]);
  });
});

describe('a heading naming another region stops the look-back level', () => {
  it('gives a cervical study\u2019s sentence none of the lumbar levels of the sentence before its heading', () => {
    // The heading's region is not the sentence's own word, so the mention is left unplaced rather
    // than put at another region's levels.
    expect(
      mentions('Lumbar MRI: mild disc desiccation at L4-5 and L5-S1.\nCervical MRI: moderate stenosis.'),
    ).toEqual([['affirmed', [], []]]);
    expect(mentions('Disc bulge at C5-6. Thoracic spine: mild stenosis.')).toEqual([
      ['affirmed', [], ['thoracic']],
    ]);
  });

  it('keeps the look-back when the heading names the levels\u2019 own region or none', () => {
    expect(mentions('Disc bulge at L4-5 and L5-S1. Lumbar: moderate stenosis.')).toEqual([
      ['affirmed', ['L4-L5', 'L5-S1'], ['lumbar']],
    ]);
    expect(mentions('Disc bulge at L4-5 and L5-S1. MRI: moderate stenosis.')).toEqual([
      ['affirmed', ['L4-L5', 'L5-S1'], ['lumbar']],
    ]);
  });
});
