import type { SettingsSource } from '../../src/platform/settings-storage';

/** An in-memory SettingsSource: `managed` plays the administrator's policy, `user` storage.sync. */
export function fakeSettingsSource(initial: { user?: unknown; managed?: unknown } = {}) {
  const state: { user: unknown; managed: unknown } = { user: structuredClone(initial.user), managed: structuredClone(initial.managed ?? {}) };
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const l of listeners) l();
  };
  const source: SettingsSource = {
    readUser: () => Promise.resolve(structuredClone(state.user)),
    writeUser: (value) => {
      state.user = structuredClone(value);
      notify();
      return Promise.resolve();
    },
    readManaged: () => Promise.resolve(structuredClone(state.managed)),
    onChange: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return {
    source,
    state,
    /** Pushes a new policy, as an administrator would. */
    setManaged: (value: unknown) => {
      state.managed = structuredClone(value);
      notify();
    },
  };
}
