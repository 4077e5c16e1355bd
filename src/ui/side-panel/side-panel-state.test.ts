import { describe, expect, it } from 'vitest';
import { analyze } from '../../core';
import type { TabState } from '../../protocol/messages';
import type { TabStatePort } from '../shared/tab-state-port';
import { createSidePanelState } from './side-panel-state';

function fakePort(initial: Record<number, TabState>, active = 1) {
  const stateListeners: ((tabId: number, state: TabState | undefined) => void)[] = [];
  const tabListeners: ((tabId: number) => void)[] = [];
  const port: TabStatePort = {
    activeTabId: () => Promise.resolve(active),
    onActiveTabChanged: (l) => (tabListeners.push(l), () => undefined),
    getTabState: (id) => Promise.resolve(initial[id]),
    onTabStateChanged: (l) => (stateListeners.push(l), () => undefined),
  };
  return {
    port,
    emitState: (id: number, s: TabState | undefined) => stateListeners.forEach((l) => l(id, s)),
    activate: (id: number) => tabListeners.forEach((l) => l(id)),
  };
}

const tab = (tabId: number, dx: string): TabState => ({
  tabId,
  url: `http://localhost/${tabId}`,
  updatedAt: 0,
  frames: {},
  result: analyze({ fields: [{ id: '0:dx', kind: 'diagnosis', text: dx }] }),
});
const flush = () => new Promise((r) => setTimeout(r, 0));

describe('side panel state', () => {
  it('follows the active tab and its live updates', async () => {
    const { port, emitState, activate } = fakePort({ 1: tab(1, 'M99.60'), 2: tab(2, 'M99.71') });
    const state = createSidePanelState(port);
    state.start();
    await flush();
    expect(state.codes.value.map((c) => c.code)).toEqual(['M99.60']);

    emitState(1, tab(1, 'M99.61'));
    expect(state.codes.value.map((c) => c.code)).toEqual(['M99.61']);

    emitState(2, tab(2, 'M99.73'));
    expect(state.codes.value.map((c) => c.code)).toEqual(['M99.61']);

    activate(2);
    await flush();
    expect(state.codes.value.map((c) => c.code)).toEqual(['M99.71']);
  });

  it('stays on a pinned tab when another tab becomes active', async () => {
    const { port, activate } = fakePort({ 1: tab(1, 'M99.60'), 5: tab(5, 'M99.33') });
    const state = createSidePanelState(port, 5);
    state.start();
    await flush();
    activate(1);
    await flush();
    expect(state.tabId.value).toBe(5);
    expect(state.codes.value.map((c) => c.code)).toEqual(['M99.33']);
  });
});
