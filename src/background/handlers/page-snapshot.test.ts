import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageSnapshot, TabState } from '../../protocol/messages';
import type { LiveTab } from '../live-tabs';

/** Messages the worker sent to frames, as `type frameId`. */
const sent: string[] = [];
let stored: TabState | undefined;
vi.mock('../../protocol/send', () => ({
  sendToContent: (target: { frameId: number }, type: string) => {
    sent.push(`${type} ${target.frameId}`);
    return Promise.resolve(true);
  },
}));
vi.mock('../current-settings', () => ({ currentSettings: () => Promise.resolve({ rules: {} }) }));
vi.mock('../dismissals', () => ({ loadDismissals: () => Promise.resolve({}) }));
vi.mock('../frame-verdict', () => ({ verdictFor: () => ({ codes: [], findings: [] }) }));
vi.mock('../push-verdicts', () => ({ pushVerdicts: () => undefined }));
vi.mock('../tab-state', () => ({
  loadTabState: () => Promise.resolve(stored),
  withTabLock: (_tabId: number, work: () => Promise<unknown>) => work(),
}));
// The analysis is not what is tested: the stored state keeps the frames and the page's address.
vi.mock('../refresh-tab', () => ({
  emptyTabState: (tabId: number, url: string) => ({ tabId, url, frames: {} }),
  storeOrSay: (state: TabState) => Promise.resolve(state),
  refreshTab: (tabId: number, live: LiveTab, url: string) => {
    const frames = Object.fromEntries([...live.frames].map(([id, s]) => [id, { ...s, fields: [] }]));
    stored = { tabId, url, updatedAt: 0, frames, result: { codes: [], findings: [] } } as unknown as TabState;
    return Promise.resolve(stored);
  },
}));
const { handlePageSnapshot } = await import('./page-snapshot');
const { forgetLiveTab } = await import('../live-tabs');

const TAB = 7;
const snapshot = (frameId: number, url: string, docId = `doc-${frameId}`) =>
  handlePageSnapshot({ docId, url, isTop: frameId === 0, fields: [] } satisfies PageSnapshot, {
    id: 'abc',
    tab: { id: TAB },
    frameId,
  } as never);

describe('page/snapshot and the top page moving', () => {
  beforeEach(() => {
    sent.length = 0;
    stored = undefined;
    forgetLiveTab(TAB);
  });

  it('tells the other frames when the top document moves to another page record, and only then', async () => {
    await snapshot(0, 'http://ehr.test/chart/1');
    await snapshot(3, 'http://ehr.test/frames/dx.html');
    await snapshot(5, 'http://ehr.test/frames/note.html');
    // A hash change keeps the page's dismissal record.
    await snapshot(0, 'http://ehr.test/chart/1#plan');
    expect(sent).toEqual([]);
    // pushState to another chart: the frames' own addresses stay, their page record does not.
    await snapshot(0, 'http://ehr.test/chart/2');
    expect(sent.sort()).toEqual(['page/moved 3', 'page/moved 5']);
    sent.length = 0;
    // A frame's own address is its own affair (its content script sees it), and so is a new top document.
    await snapshot(3, 'http://ehr.test/frames/dx.html?patient=2');
    await snapshot(0, 'http://ehr.test/chart/3', 'another-document');
    expect(sent).toEqual([]);
  });
});
