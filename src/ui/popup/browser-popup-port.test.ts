import { beforeEach, describe, expect, it, vi } from 'vitest';

// The port's browser wiring, replaced: only the order in which loadSearch asks the kb matters here.
vi.mock('../../platform/runtime', () => ({ extensionVersion: () => '0.0.0', openOptionsPage: vi.fn() }));
vi.mock('../../platform/side-panel', () => ({ openFindingsView: vi.fn() }));
vi.mock('../../platform/storage', () => ({ getSession: vi.fn(), setSession: vi.fn() }));
vi.mock('../../platform/settings-storage', () => ({ browserSettingsSource: vi.fn() }));
vi.mock('../../protocol/settings-store', () => ({ loadSettings: () => Promise.reject(new Error('no settings')) }));
vi.mock('../../kb/choose-release', () => ({ todayIso: () => '2026-12-04', chooseRelease: () => ({ version: 'FY2027', release: {} }) }));

const calls: string[] = [];
let decoded: (value: unknown) => void = () => undefined;
vi.mock('../../kb', () => ({
  loadCatalog: vi.fn(() => {
    calls.push('loadCatalog');
    return Promise.resolve({ entries: [] });
  }),
}));
vi.mock('../../kb/search', () => ({
  preloadSearchIndex: vi.fn(() => {
    calls.push('preloadSearchIndex');
    return new Promise((resolve) => (decoded = resolve));
  }),
  indexForCatalog: vi.fn(() => {
    calls.push('indexForCatalog');
    return Promise.resolve({ origin: 'prebuilt' });
  }),
  searchCodes: vi.fn(),
}));

const { browserPopupPort } = await import('./browser-popup-port');

describe('browserPopupPort.loadSearch', () => {
  beforeEach(() => {
    calls.length = 0;
  });

  it('decodes the prebuilt index before the catalog starts (the catalog’s long tasks held the index back)', async () => {
    const loading = browserPopupPort().loadSearch();
    await vi.waitFor(() => expect(calls).toContain('preloadSearchIndex'));
    // However long the index takes, the catalog waits for it.
    await new Promise((r) => setTimeout(r, 20));
    expect(calls).toEqual(['preloadSearchIndex']);
    decoded({ header: {} });
    await loading;
    expect(calls).toEqual(['preloadSearchIndex', 'loadCatalog', 'indexForCatalog']);
  });
});
