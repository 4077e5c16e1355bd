import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { TabState } from '../../protocol/messages';

let state: TabState | undefined;
/** Whether the next write fails (storage full, the per-page bound). */
let failWrite = false;
vi.mock('../tab-state', () => ({ loadTabState: () => Promise.resolve(state) }));
vi.mock('../dismissals', () => ({
  setDismissed: async () => {
    await Promise.resolve();
    if (failWrite) throw new Error('storage full');
  },
}));
const { handleDismissFinding } = await import('./dismiss-finding');

const sender = { id: 'abc', tab: { id: 4 } } as never;
const RULE = 'region-mismatch';
const dismiss = (dismissed: boolean, rule = RULE) =>
  handleDismissFinding({ rule, code: 'M99.60', dismissed }, sender);

describe('findings/dismiss', () => {
  beforeEach(() => {
    failWrite = false;
    state = {
      tabId: 4,
      url: 'http://ehr.test/visit/1',
      updatedAt: 0,
      frames: {},
      result: { findings: [{ rule: RULE, code: 'M99.60' }] },
    } as unknown as TabState;
  });

  it('stores a dismissal of a finding the tab has, and a restore', async () => {
    await expect(dismiss(true)).resolves.toBe(true);
    await expect(dismiss(false)).resolves.toBe(true);
  });

  it('refuses a dismissal when the finding left the tab, the tab has no state, or the write failed', async () => {
    await expect(dismiss(true, 'classified-elsewhere')).resolves.toBe(false);
    failWrite = true;
    await expect(dismiss(true)).rejects.toThrow(/storage full/);
    state = undefined;
    await expect(dismiss(true)).resolves.toBe(false);
  });
});
