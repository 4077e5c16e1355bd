import { browser } from './browser';

/** The storage.sync key of the user's settings (one object; see src/protocol/settings.ts). */
const USER_KEY = 'settings';

/**
 * Where settings come from: the user's storage.sync and the administrator's storage.managed.
 * Unit tests pass an in-memory source with the same shape (test/support/fake-settings-source.ts).
 */
export type SettingsSource = {
  readUser: () => Promise<unknown>;
  writeUser: (value: unknown) => Promise<void>;
  readManaged: () => Promise<unknown>;
  /** Calls back when either area changes (another device synced, or a policy was pushed). */
  onChange: (listener: () => void) => () => void;
};

async function readManaged(): Promise<unknown> {
  try {
    // Chrome returns {} without a policy; Firefox rejects when no policies.json names the add-on.
    return await browser.storage.managed.get(null);
  } catch {
    return {};
  }
}

/** The real source: storage.sync for the user, storage.managed for the administrator. */
export function browserSettingsSource(): SettingsSource {
  return {
    readUser: async () => (await browser.storage.sync.get(USER_KEY))[USER_KEY],
    writeUser: (value) => browser.storage.sync.set({ [USER_KEY]: value }),
    readManaged,
    onChange: (listener) => {
      const wrapped = (changes: Record<string, unknown>, area: string) => {
        if ((area === 'sync' && USER_KEY in changes) || area === 'managed') listener();
      };
      browser.storage.onChanged.addListener(wrapped);
      return () => browser.storage.onChanged.removeListener(wrapped);
    },
  };
}
