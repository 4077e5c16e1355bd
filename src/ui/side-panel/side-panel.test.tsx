import { act, fireEvent, render } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { analyze } from '../../core';
import type { TabState } from '../../protocol/messages';
import type { SidePanelPort } from './side-panel-port';
import { createSidePanelState } from './side-panel-state';
import { SidePanel } from './side-panel';

// The alert budget writes to extension storage; the panel's counting is not what is tested here.
vi.mock('../../protocol/alert-budget-count', () => ({ countAlert: () => Promise.resolve() }));

const NOTE = 'MRI: moderate left C5-C6 neural foraminal stenosis due to uncovertebral osteophytes. Left C6 radiculopathy.';

/** A tab whose diagnosis field holds `dx` beside a note documenting cervical foraminal stenosis. */
const tab = (dx: string): TabState => {
  const fields = [
    { id: 'dx', kind: 'diagnosis' as const, text: dx },
    { id: 'n', kind: 'note' as const, text: NOTE, label: 'Assessment' },
  ];
  return {
    tabId: 1,
    url: 'http://localhost/1',
    updatedAt: 0,
    frames: { '0': { docId: 'd', url: 'http://localhost/1', isTop: true, fields } },
    result: analyze({ fields: fields.map((f) => ({ ...f, id: `0:${f.id}` })) }),
  };
};

/** The panel pinned to tab 1, with `emit` standing for a live update from storage.session. */
async function renderPanel(initial: TabState) {
  const listeners: ((tabId: number, state: TabState | undefined) => void)[] = [];
  const port: SidePanelPort = {
    activeTabId: () => Promise.resolve(1),
    onActiveTabChanged: () => () => undefined,
    getTabState: () => Promise.resolve(initial),
    onTabStateChanged: (l) => (listeners.push(l), () => undefined),
    getDismissals: () => Promise.resolve({}),
    saveDismissals: () => Promise.resolve(),
    onDismissalsChanged: () => () => undefined,
    showEvidence: () => Promise.resolve(true),
    copyText: () => Promise.resolve(),
    describeCodes: () => Promise.resolve({}),
    onLookedUpCode: () => () => undefined,
  };
  const state = createSidePanelState(port, 1);
  state.start();
  const view = render(<SidePanel state={state} />);
  await act(flush);
  const emit = (next: TabState) => act(async () => {
    listeners.forEach((l) => l(1, next));
    await flush();
  });
  return { ...view, emit };
}

const flush = () => new Promise<void>((r) => setTimeout(r, 0));
const frames = () => act(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));
const card = (root: ParentNode) => root.querySelector<HTMLElement>('.findings [data-rule="region-mismatch"][data-code="M99.60"]')!;
const tabOf = (root: ParentNode, code: string) => root.querySelector<HTMLButtonElement>(`[role="tab"][data-code="${code}"]`)!;

describe('the side panel with the keyboard', () => {
  it('moves focus with the arrow key at once, and a later frame never pulls it back from where the user went', async () => {
    const { container } = await renderPanel(tab('M99.60'));
    tabOf(container, 'M99.60').focus();
    await act(() => void fireEvent.keyDown(tabOf(container, 'M99.60'), { key: 'ArrowRight' }));
    expect(document.activeElement).toBe(tabOf(container, 'M99.61'));
    expect(tabOf(container, 'M99.61').getAttribute('aria-selected')).toBe('true');

    // Home, then straight on to a card's dismiss menu before the browser drew a frame (a busy machine).
    await act(() => void fireEvent.keyDown(tabOf(container, 'M99.61'), { key: 'Home' }));
    const toggle = card(container).querySelector<HTMLButtonElement>('.dismiss > button')!;
    toggle.focus();
    await act(() => toggle.click());
    await frames();
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(document.activeElement).toBe(toggle);
  });

  it('keeps an open dismiss menu open, and focus in it, through live updates of the findings', async () => {
    const { container, emit } = await renderPanel(tab('M99.60'));
    const toggle = card(container).querySelector<HTMLButtonElement>('.dismiss > button')!;
    await act(() => toggle.click());
    const reason = card(container).querySelector<HTMLButtonElement>('.reasons button')!;
    reason.focus();

    // The same findings again (each storage update is fresh JSON), then a finding for a code typed before it.
    await emit(structuredClone(tab('M99.60')));
    await emit(tab('M50.121, M99.60'));
    expect(container.querySelector('.findings > li')!.getAttribute('data-code')).toBe('M50.121');
    expect(card(container).querySelector('.dismiss > button')!.getAttribute('aria-expanded')).toBe('true');
    expect(card(container).querySelector('.reasons')!.hasAttribute('hidden')).toBe(false);
    expect(document.activeElement).toBe(reason);
  });

  it('puts focus on the findings heading as soon as a reason dismisses the card', async () => {
    const { container } = await renderPanel(tab('M99.60'));
    await act(() => card(container).querySelector<HTMLButtonElement>('.dismiss > button')!.click());
    await act(() => card(container).querySelector<HTMLButtonElement>('.reasons button')!.click());
    expect(document.activeElement?.id).toBe('findings-title');
  });
});
