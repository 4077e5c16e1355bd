import { describe, expect, it, vi } from 'vitest';
import { analyze } from '../core';
import type { TabState } from '../protocol/messages';
import type { Settings } from '../protocol/settings';
import { canonicalJson } from './canonical-json';
import { verdictFor } from './frame-verdict';
import { pushVerdicts } from './push-verdicts';

const sent: number[] = [];
vi.mock('../protocol/send', () => ({
  sendToContent: (target: { frameId: number }) => {
    sent.push(target.frameId);
    return Promise.resolve(true);
  },
}));

/** What storage.session gives back: the same data, every object's keys sorted. */
function asStored<T>(value: T): T {
  return JSON.parse(canonicalJson(value)) as T;
}

const settings = { rules: {} as Settings['rules'] };
const frame = (url: string) => ({ docId: 'd', url, isTop: url.endsWith('/'), fields: [{ id: 'dx', kind: 'diagnosis' as const, chars: 6, checked: 6 }] });

describe('pushVerdicts', () => {
  const state: TabState = {
    tabId: 1,
    url: 'http://x.chartlint.localhost/',
    updatedAt: 0,
    result: analyze({ fields: [{ id: '0:n', kind: 'note', text: 'Moderate left C5-6 foraminal stenosis due to osteophytes.' }, { id: '3:dx', kind: 'diagnosis', text: 'M99.60' }] }),
    frames: { 0: frame('http://x.chartlint.localhost/'), 3: frame('http://x.chartlint.localhost/dx') },
  };

  it('sends no frame its verdict again when the stored state it had says the same, keys sorted as storage returns them', () => {
    const previous = asStored(state);
    expect(JSON.stringify(verdictFor(previous, 3, {}, settings))).not.toBe(JSON.stringify(verdictFor(state, 3, {}, settings)));
    sent.length = 0;
    pushVerdicts(state, {}, settings, { before: (id) => canonicalJson(verdictFor(previous, id, {}, settings)) });
    expect(sent).toEqual([]);
  });

  it('sends a frame whose verdict changed', () => {
    const previous = asStored({ ...state, result: analyze({ fields: [{ id: '3:dx', kind: 'diagnosis', text: 'M99.60' }] }) });
    sent.length = 0;
    pushVerdicts(state, {}, settings, { before: (id) => canonicalJson(verdictFor(previous, id, {}, settings)) });
    expect(sent).toContain(3);
  });
});

describe('canonicalJson', () => {
  it('reads the same for the same data whatever the order of keys, and tells different data apart', () => {
    expect(canonicalJson({ b: 1, a: { d: [{ y: 1, x: 2 }], c: null } })).toBe(canonicalJson({ a: { c: null, d: [{ x: 2, y: 1 }] }, b: 1 }));
    expect(canonicalJson({ a: [1, 2] })).not.toBe(canonicalJson({ a: [2, 1] }));
    expect(canonicalJson({ a: undefined, b: 1 })).toBe(canonicalJson({ b: 1 }));
  });
});
