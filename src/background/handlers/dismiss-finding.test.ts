import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { TabState } from '../../protocol/messages';

const counted: unknown[] = [];
let state: TabState | undefined;
/** What the page's record holds, and whether the next write fails (storage full, the per-page bound). */
let record = new Set<string>();
let failWrite = false;
vi.mock('../../protocol/alert-budget-count', () => ({
  countAlert: (event: unknown) => {
    counted.push(event);
    return Promise.resolve();
  },
}));
vi.mock('../tab-state', () => ({ loadTabState: () => Promise.resolve(state) }));
vi.mock('../dismissals', () => ({
  setDismissed: async (_url: string, key: string, dismissed: boolean) => {
    await Promise.resolve();
    if (failWrite) throw new Error('storage full');
    const changed = dismissed !== record.has(key);
    if (dismissed) record.add(key);
    else record.delete(key);
    return changed;
  },
}));
const { handleDismissFinding } = await import('./dismiss-finding');

const sender = { id: 'abc', tab: { id: 4 } } as never;
const RULE = 'region-mismatch';
const dismiss = (dismissed: boolean, rule = RULE) =>
  handleDismissFinding({ rule, code: 'M99.60', dismissed }, sender);

describe('findings/dismiss and the alert budget', () => {
  beforeEach(() => {
    counted.length = 0;
    record = new Set();
    failWrite = false;
    state = {
      tabId: 4,
      url: 'http://ehr.test/visit/1',
      updatedAt: 0,
      frames: {},
      result: { findings: [{ rule: RULE, code: 'M99.60' }] },
    } as unknown as TabState;
  });

  it('counts a dismissal once the worker stored it, as "not applicable here"', async () => {
    await expect(dismiss(true)).resolves.toBe(true);
    expect(counted).toEqual([{ rule: RULE, kind: 'dismissed', reason: 'not-applicable' }]);
  });

  it('counts nothing for a dismissal it refuses: the finding left the tab, the tab has no state, the write failed', async () => {
    await expect(dismiss(true, 'classified-elsewhere')).resolves.toBe(false);
    failWrite = true;
    await expect(dismiss(true)).rejects.toThrow(/storage full/);
    state = undefined;
    await expect(dismiss(true)).resolves.toBe(false);
    expect(counted).toEqual([]);
  });

  it('counts nothing for a restore, nor for a finding already dismissed (the side panel counted it)', async () => {
    record.add(`${RULE}|M99.60`);
    await expect(dismiss(true)).resolves.toBe(true);
    await expect(dismiss(false)).resolves.toBe(true);
    expect(counted).toEqual([]);
    await expect(dismiss(true)).resolves.toBe(true);
    expect(counted).toHaveLength(1);
  });
});
