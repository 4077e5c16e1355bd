import { describe, expect, it } from 'vitest';
import { TAB_CHAR_BUDGET } from '../protocol/limits';
import type { PageSnapshot } from '../protocol/messages';
import { clearLiveFrames, forgetLiveTab, liveTab, removeLiveFrame, setLiveFrame } from './live-tabs';

const snapshot = (docId: string) => ({ docId, url: 'https://ehr.example/visit', fields: [] }) as unknown as PageSnapshot;

describe('live tabs', () => {
  it('a new page in the tab starts with the whole character allowance, not what the last page left', () => {
    const tab = liveTab(101);
    setLiveFrame(tab, '0', snapshot('a'));
    // As refresh-tab does after slow analyses of a huge note.
    tab.allowance = 20_000;
    clearLiveFrames(tab);
    expect(tab.allowance).toBe(TAB_CHAR_BUDGET);
    expect(tab.frames.size).toBe(0);
    expect(tab.versions.size).toBe(0);
    forgetLiveTab(101);
  });

  it('a frame that leaves takes only its own text; the tab keeps its allowance', () => {
    const tab = liveTab(102);
    setLiveFrame(tab, '0', snapshot('top'));
    setLiveFrame(tab, '3', snapshot('note'));
    tab.allowance = 40_000;
    removeLiveFrame(tab, '3');
    expect([...tab.frames.keys()]).toEqual(['0']);
    expect(tab.allowance).toBe(40_000);
    forgetLiveTab(102);
    expect(liveTab(102).frames.size).toBe(0);
    forgetLiveTab(102);
  });
});
