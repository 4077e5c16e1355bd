import { describe, expect, it } from 'vitest';
import { frameGroups, frameOrigin } from './frame-groups';

describe('frameGroups', () => {
  const frames = {
    '0': { url: 'https://ehr.example/chart' },
    '3': { url: 'about:blank', origin: 'https://ehr.example' },
    '5': { url: 'https://docs.example/note' },
    '7': { url: 'https://ads.example/x' },
  };

  it('puts frames of one origin together (about:blank frames carry their parent origin) and others apart', () => {
    expect(frameGroups(frames)).toEqual([['0', '3'], ['5'], ['7']]);
  });

  it('joins the origins the user paired, and only those', () => {
    expect(frameGroups(frames, [['https://docs.example', 'https://ehr.example']])).toEqual([['0', '3', '5'], ['7']]);
  });

  it('never groups opaque origins, not even with each other', () => {
    const opaque = { '1': { url: 'data:text/html,x', origin: 'null' }, '2': { url: 'about:srcdoc', origin: 'null' } };
    expect(frameGroups(opaque)).toEqual([['1'], ['2']]);
    expect(frameOrigin('1', opaque['1'])).toBe('null#1');
  });
});
