import { describe, expect, it, vi } from 'vitest';
import type { CodeExplanation } from '../../kb';
import type { SearchHit, SearchResult } from '../../kb/search';
import type { PopupPort } from './popup-port';
import { createPopupState } from './popup-state';

const hit = (code: string, billable = true): SearchHit =>
  ({ entry: { code, title: `Title of ${code}`, billable, chapter: { number: 13, title: 'Ch', range: 'M00-M99' } }, match: 'words', score: 1 }) as unknown as SearchHit;

/** A fake port: "m99" finds three codes, anything else nothing. */
function fakePort(overrides: Partial<PopupPort> = {}) {
  const saved: string[] = [];
  const search = vi.fn((q: string): SearchResult => ({
    query: { text: q, code: undefined, slots: [], expanded: [] },
    hits: q.includes('m99') ? [hit('M99.60'), hit('M99.6', false), hit('M99.61')] : [],
  }));
  const port: PopupPort = {
    loadSearch: () => Promise.resolve(search),
    explain: (code) => Promise.resolve({ code, title: `Title of ${code}` } as CodeExplanation),
    readLastQuery: () => Promise.resolve(undefined),
    saveLastQuery: (q) => {
      saved.push(q);
      return Promise.resolve();
    },
    copyText: () => Promise.resolve(),
    openPanel: vi.fn(),
    openOptions: vi.fn(),
    version: '1.2.3',
    ...overrides,
  };
  return { port, saved, search };
}

describe('createPopupState', () => {
  it('restores the session query and runs it once the index is loaded', async () => {
    const { port } = fakePort({ readLastQuery: () => Promise.resolve('m99 6') });
    const state = createPopupState(port);
    expect(state.status.value).toBe('loading');
    await state.start();
    expect(state.status.value).toBe('ready');
    expect(state.query.value).toBe('m99 6');
    expect(state.restored.value).toBe('m99 6');
    expect(state.hits.value.map((h) => h.entry.code)).toEqual(['M99.60', 'M99.6', 'M99.61']);
  });

  it('puts the session query back before the code list loads, holding the results\' place', async () => {
    const { port } = fakePort({ readLastQuery: () => Promise.resolve('m99 6') });
    const state = createPopupState(port);
    expect(state.holdsResults.value).toBe(false);
    await state.restoreLastQuery();
    expect(state.status.value).toBe('loading');
    expect(state.query.value).toBe('m99 6');
    expect(state.holdsResults.value).toBe(true);
    await state.start();
    expect(state.hits.value.length).toBeGreaterThan(0);
    expect(state.holdsResults.value).toBe(true);
  });

  it('lets the results\' place go for a loaded query without a match, and for an empty box', async () => {
    const state = createPopupState(fakePort().port);
    state.setQuery('zzzz');
    expect(state.holdsResults.value).toBe(true);
    await state.start();
    expect(state.hits.value).toEqual([]);
    expect(state.holdsResults.value).toBe(false);
    state.setQuery(' ');
    expect(state.holdsResults.value).toBe(false);
  });

  it('keeps what the user typed while the session query was still loading', async () => {
    const { port } = fakePort({ readLastQuery: () => Promise.resolve('old query') });
    const state = createPopupState(port);
    state.setQuery('m99');
    await state.start();
    expect(state.query.value).toBe('m99');
    expect(state.restored.value).toBeUndefined();
    expect(state.hits.value).toHaveLength(3);
  });

  it('moves the highlight within the results and resets it on a new query', async () => {
    const state = createPopupState(fakePort().port);
    await state.start();
    state.setQuery('m99');
    state.move(-1);
    expect(state.active.value).toBe(0);
    state.move(1);
    state.move(5);
    expect(state.active.value).toBe(2);
    expect(state.activeHit.value?.entry.code).toBe('M99.61');
    state.setQuery('m99 ');
    expect(state.active.value).toBe(0);
  });

  it('opens the highlighted code and closes it again', async () => {
    const state = createPopupState(fakePort().port);
    await state.start();
    state.setQuery('m99');
    state.move(1);
    state.openActive();
    expect(state.detail.value).toEqual({ code: 'M99.6', status: 'loading' });
    await vi.waitFor(() => expect(state.detail.value?.status).toBe('ready'));
    state.closeDetail();
    expect(state.detail.value).toBeUndefined();
  });

  it('shows the error for a code whose entry cannot be loaded', async () => {
    const state = createPopupState(fakePort({ explain: () => Promise.reject(new Error('M99.99 is not in ICD-10-CM FY2026.')) }).port);
    await state.openCode('M99.99');
    expect(state.detail.value).toEqual({ code: 'M99.99', status: 'failed', error: 'M99.99 is not in ICD-10-CM FY2026.' });
  });

  it('says when the code list could not be loaded, instead of searching', async () => {
    const state = createPopupState(fakePort({ loadSearch: () => Promise.reject(new Error('chunk missing')) }).port);
    await state.start();
    state.setQuery('m99');
    expect(state.status.value).toBe('failed');
    expect(state.loadError.value).toContain('chunk missing');
    expect(state.hits.value).toEqual([]);
  });

  it('saves only the last query after a pause in typing', () => {
    vi.useFakeTimers();
    const { port, saved } = fakePort();
    const state = createPopupState(port);
    state.setQuery('m');
    state.setQuery('m9');
    state.setQuery('m99');
    vi.advanceTimersByTime(1000);
    vi.useRealTimers();
    expect(saved).toEqual(['m99']);
  });

  it('reports copying in the notice, including failure', async () => {
    const ok = createPopupState(fakePort().port);
    await ok.copyCode('M99.60');
    expect(ok.notice.value).toBe('Copied M99.60');
    const denied = createPopupState(fakePort({ copyText: () => Promise.reject(new Error('denied')) }).port);
    await denied.copyCode('M99.60');
    expect(denied.notice.value).toBe('Could not copy M99.60: denied');
  });
});
