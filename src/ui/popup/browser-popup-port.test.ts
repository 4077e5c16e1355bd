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
const openPackagedCatalog = vi.fn();
let opener: unknown;
vi.mock('./packaged-catalog', () => ({ openPackagedCatalog }));
vi.mock('../../kb', () => ({
  useCatalogOpener: vi.fn((open: unknown) => (opener = open)),
  loadCatalog: vi.fn(() => {
    // The catalog the lookup searches is read from the packaged table, not the whole catalog file.
    calls.push(opener === openPackagedCatalog ? 'loadCatalog from the table' : 'loadCatalog');
    return Promise.resolve({ entries: [] });
  }),
  explainCode: vi.fn((code: string) => {
    calls.push(opener === openPackagedCatalog ? `explain ${code} from the table` : `explain ${code}`);
    return Promise.resolve({});
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
    opener = undefined;
  });

  it('decodes the prebuilt index before the catalog starts (the catalog’s long tasks held the index back)', async () => {
    const loading = browserPopupPort().loadSearch();
    await vi.waitFor(() => expect(calls).toContain('preloadSearchIndex'));
    // However long the index takes, the catalog waits for it.
    await new Promise((r) => setTimeout(r, 20));
    expect(calls).toEqual(['preloadSearchIndex']);
    decoded({ header: {} });
    await loading;
    expect(calls).toEqual(['preloadSearchIndex', 'loadCatalog from the table', 'indexForCatalog']);
  });

  it('explains a code over the packaged table too, even before the lookup has loaded', async () => {
    await browserPopupPort().explain('M99.03');
    expect(calls).toEqual(['explain M99.03 from the table']);
  });
});
