import { describe, expect, it } from 'vitest';
import { findMentions } from './find-mentions';

const read = (text: string) => findMentions({ id: 'note', kind: 'note', text });

describe('describeWindow', () => {
  it('shares one frozen level list between mentions that name the same level, in any note', () => {
    const [first, second, third] = read('Mild C5-6 canal stenosis. Severe C5-6 foraminal stenosis. Mild C6-7 canal stenosis.');
    const [again] = read('Moderate C5-6 foraminal stenosis.');
    expect(first?.levels).toEqual([{ raw: 'C5-6', normalized: 'C5-C6' }]);
    expect(second?.levels).toBe(first?.levels);
    expect(again?.levels).toBe(first?.levels);
    expect(third?.levels).toEqual([{ raw: 'C6-7', normalized: 'C6-C7' }]);
    expect(Object.isFrozen(first?.levels) && Object.isFrozen(first?.levels[0])).toBe(true);
  });

  it('gives a window of several levels a list of its own, holding the shared levels', () => {
    const [one] = read('Mild C5-6 canal stenosis.');
    const [both] = read('Mild C5-6 and C6-7 canal stenosis.');
    expect(both?.levels.map((l) => l.normalized)).toEqual(['C5-C6', 'C6-C7']);
    expect(both?.levels[0]).toBe(one?.levels[0]);
    expect(Object.isFrozen(both?.levels)).toBe(false);
  });

  it('quotes the first anchor of a denied window as the trigger of each of its mentions', () => {
    const mentions = read('Normal central canal and neural foramina.');
    expect(mentions.map((m) => [m.site, m.status, m.trigger?.text])).toEqual([
      ['canal', 'negated', 'Normal'],
      ['foramen', 'negated', 'Normal'],
    ]);
    expect(mentions[0]?.trigger).toBe(mentions[1]?.trigger);
  });
});
