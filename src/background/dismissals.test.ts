import { beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_DISMISSALS_PER_PAGE } from '../protocol/limits';
import type { DismissalMap } from '../protocol/messages';

// storage.session in memory, one map per page address without its #fragment (as dismissalsKey);
// each read and write answers a little later, as the browser's does.
const stored = new Map<string, DismissalMap>();
const pageOf = (url: string) => url.split('#')[0] ?? url;
vi.mock('../protocol/dismissal-store', () => ({
  loadDismissals: async (url: string) => {
    await Promise.resolve();
    return { ...stored.get(pageOf(url)) };
  },
  saveDismissals: async (url: string, map: DismissalMap) => {
    await Promise.resolve();
    stored.set(pageOf(url), map);
  },
}));
// The rest of storage is not used here (and the polyfill behind it loads only in an extension).
vi.mock('../platform/storage', () => ({
  getSessionAll: () => Promise.resolve({}),
  removeSession: () => Promise.resolve(),
}));
const { setDismissed } = await import('./dismissals');

const PAGE = 'http://ehr.test/visit/1';

describe('setDismissed', () => {
  beforeEach(() => stored.clear());

  it('keeps both of two dismissals made at once on one page (each read the map before the other wrote)', async () => {
    await Promise.all([
      setDismissed(PAGE, 'region-mismatch|M99.60', true),
      setDismissed(`${PAGE}#plan`, 'classified-elsewhere|M99.60', true),
    ]);
    expect(Object.keys(stored.get(PAGE) ?? {}).sort()).toEqual([
      'classified-elsewhere|M99.60',
      'region-mismatch|M99.60',
    ]);
  });

  it('applies a dismiss and a restore of one finding in the order they came', async () => {
    await Promise.all([
      setDismissed(PAGE, 'region-mismatch|M99.60', true),
      setDismissed(PAGE, 'region-mismatch|M99.60', false),
    ]);
    expect(stored.get(PAGE) ?? {}).toEqual({});
  });

  it('goes on with the next write when one fails', async () => {
    stored.set(
      PAGE,
      Object.fromEntries(
        Array.from({ length: MAX_DISMISSALS_PER_PAGE }, (_, i) => [
          `rule-${i}|M99.60`,
          { reason: 'not-applicable', at: 0 },
        ]),
      ),
    );
    const full = setDismissed(PAGE, 'region-mismatch|M99.60', true);
    const restore = setDismissed(PAGE, 'rule-0|M99.60', false);
    await expect(full).rejects.toThrow(/at most/);
    await restore;
    expect(stored.get(PAGE)?.['rule-0|M99.60']).toBeUndefined();
  });
});
