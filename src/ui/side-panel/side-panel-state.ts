import { computed, signal } from '@preact/signals';
import type { TabState } from '../../protocol/messages';
import type { TabStatePort } from '../shared/tab-state-port';

/**
 * The side panel's state: which tab it follows and that tab's analysis, kept live from
 * storage.session. `pinnedTabId` (from ?tabId=) fixes the tab, which is how the panel page is
 * tested and previewed in a normal tab.
 */
export function createSidePanelState(port: TabStatePort, pinnedTabId?: number) {
  const tabId = signal<number | undefined>(pinnedTabId);
  const tab = signal<TabState | undefined>(undefined);
  const status = signal<'loading' | 'ready'>('loading');
  const codes = computed(() => tab.value?.result.codes ?? []);
  const findings = computed(() => tab.value?.result.findings ?? []);

  async function follow(id: number | undefined) {
    tabId.value = id;
    tab.value = id === undefined ? undefined : await port.getTabState(id);
    status.value = 'ready';
  }

  function start(): () => void {
    const stops = [
      port.onTabStateChanged((id, state) => {
        if (id === tabId.value) tab.value = state;
      }),
    ];
    if (pinnedTabId === undefined) {
      stops.push(port.onActiveTabChanged((id) => void follow(id)));
      void port.activeTabId().then(follow);
    } else {
      void follow(pinnedTabId);
    }
    return () => stops.forEach((stop) => stop());
  }

  return { tabId, tab, status, codes, findings, start };
}

export type SidePanelState = ReturnType<typeof createSidePanelState>;
