import { beforeEach, describe, expect, it, vi } from 'vitest';

/** storage.local's alert-budget key, read and written with a turn of the event loop each, as the real API is. */
let stored: unknown;
let failWrites = false;
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
vi.mock('../../platform/alert-budget-storage', () => ({
  readAlertBudget: async () => {
    await tick();
    return stored === undefined ? undefined : structuredClone(stored);
  },
  writeAlertBudget: async (value: unknown) => {
    await tick();
    if (failWrites) throw new Error('storage gone');
    stored = structuredClone(value);
  },
  clearAlertBudget: async () => {
    await tick();
    stored = undefined;
  },
}));
const { handleCountAlert, handleResetAlertBudget } = await import('./count-alert');

const counts = () =>
  (
    stored as
      | {
          rules: Record<
            string,
            { shown: number; accepted: number; dismissed: number; notApplicable: number }
          >;
        }
      | undefined
  )?.rules ?? {};

describe("alert/count and alert/reset: the worker as the alert budget's only writer", () => {
  beforeEach(() => {
    stored = undefined;
    failWrites = false;
  });

  it('keeps every one of many events sent at once (each read, added and written in turn)', async () => {
    const sent = [
      ...Array.from({ length: 20 }, () => handleCountAlert({ rule: 'region-mismatch', kind: 'shown' })),
      ...Array.from({ length: 5 }, () =>
        handleCountAlert({ rule: 'region-mismatch', kind: 'dismissed', reason: 'not-applicable' }),
      ),
      handleCountAlert({ rule: 'site-mismatch', kind: 'accepted' }),
    ];
    expect(await Promise.all(sent)).toEqual(sent.map(() => true));
    expect(counts()['region-mismatch']).toEqual({ shown: 20, accepted: 0, dismissed: 5, notApplicable: 5 });
    expect(counts()['site-mismatch']).toEqual({ shown: 0, accepted: 1, dismissed: 0, notApplicable: 0 });
  });

  it('applies a reset in turn: counts sent before it are cleared, counts after it are kept', async () => {
    const before = handleCountAlert({ rule: 'region-mismatch', kind: 'shown' });
    const reset = handleResetAlertBudget();
    const after = handleCountAlert({ rule: 'site-mismatch', kind: 'shown' });
    expect(await Promise.all([before, reset, after])).toEqual([true, true, true]);
    expect(counts()['region-mismatch']).toBeUndefined();
    expect(counts()['site-mismatch']?.shown).toBe(1);
  });

  it('answers false for a count it could not write, and still writes the next one', async () => {
    failWrites = true;
    expect(await handleCountAlert({ rule: 'region-mismatch', kind: 'shown' })).toBe(false);
    failWrites = false;
    expect(await handleCountAlert({ rule: 'region-mismatch', kind: 'shown' })).toBe(true);
    expect(counts()['region-mismatch']?.shown).toBe(1);
  });
});
