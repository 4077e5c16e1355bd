import { describe, expect, it } from 'vitest';
import { loadSettings, updateUserSettings } from '../../protocol/settings-store';
import { fakeSettingsSource } from '../../../test/support/fake-settings-source';
import type { OptionsPort } from './options-port';
import { createOptionsState } from './options-state';

function fakePort(initial: { user?: unknown; managed?: unknown } = {}, dismissedPages = 0) {
  const fake = fakeSettingsSource(initial);
  const disabled: string[] = [];
  const port: OptionsPort = {
    version: '9.9.9',
    builtInMatches: ['http://localhost:4317/*'],
    releases: [{ version: 'FY2026', effectiveFrom: '2025-10-01', effectiveTo: '2026-09-30' }],
    loadSettings: () => loadSettings(fake.source),
    updateUser: (change) => updateUserSettings(fake.source, change),
    onSettingsChanged: (listener) => fake.source.onChange(listener),
    disableSite: (origin) => {
      disabled.push(origin);
      return updateUserSettings(fake.source, (u) => ({ ...u, enabledSites: (u.enabledSites ?? []).filter((s) => s !== origin) })).then(() => undefined);
    },
    resetDismissed: () => Promise.resolve(dismissedPages),
    loadDataSources: () => Promise.resolve([]),
  };
  return { fake, port, disabled };
}

describe('options state', () => {
  it('saves a rule choice to the user settings and shows it', async () => {
    const { fake, port } = fakePort();
    const state = createOptionsState(port);
    await state.start();
    await state.setRule('suggested-code', { enabled: false });
    expect(fake.state.user).toEqual({ rules: { 'suggested-code': { enabled: false } } });
    expect(state.settings.value?.rules['suggested-code'].enabled).toBe(false);
    expect(state.status.value).toBe('Saved.');
  });

  it('saves the care setting, and refuses it when the administrator set it', async () => {
    const { fake, port } = fakePort();
    const state = createOptionsState(port);
    await state.start();
    await state.setCareSetting('inpatient');
    expect(fake.state.user).toEqual({ careSetting: 'inpatient' });
    expect(state.settings.value?.careSetting).toBe('inpatient');
    const locked = fakePort({ managed: { careSetting: 'outpatient' } });
    const lockedState = createOptionsState(locked.port);
    await lockedState.start();
    await lockedState.setCareSetting('inpatient');
    expect(locked.fake.state.user).toBeUndefined();
  });

  it('refuses to change what the administrator locked, even if the UI were to ask', async () => {
    const { fake, port, disabled } = fakePort({ managed: { mode: 'interruptive', enabledSites: ['https://ehr.example'], rules: { 'site-mismatch': { enabled: false } } } });
    const state = createOptionsState(port);
    await state.start();
    await state.setMode('quiet');
    await state.setRule('site-mismatch', { enabled: true });
    await state.removeSite('https://ehr.example');
    expect(fake.state.user).toBeUndefined();
    expect(disabled).toEqual([]);
    expect(state.settings.value?.mode).toBe('interruptive');
  });

  it('follows a policy pushed while the page is open', async () => {
    const { fake, port } = fakePort();
    const state = createOptionsState(port);
    await state.start();
    fake.setManaged({ mode: 'interruptive' });
    await expect.poll(() => state.settings.value?.locks.mode).toBe(true);
  });

  it('says how many pages had dismissed findings when they are reset', async () => {
    const state = createOptionsState(fakePort({}, 2).port);
    await state.resetDismissed();
    expect(state.status.value).toBe('Dismissed findings reset on 2 pages.');
    const none = createOptionsState(fakePort({}, 0).port);
    await none.resetDismissed();
    expect(none.status.value).toBe('There were no dismissed findings.');
  });

  it('removes a user site through the worker and reports it', async () => {
    const { port, disabled } = fakePort({ user: { enabledSites: ['https://a.example'] } });
    const state = createOptionsState(port);
    await state.start();
    await state.removeSite('https://a.example');
    expect(disabled).toEqual(['https://a.example']);
    expect(state.settings.value?.enabledSites).toEqual([]);
    expect(state.status.value).toBe('ChartLint no longer runs on https://a.example.');
  });
});
