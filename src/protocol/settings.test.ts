import { describe, expect, it } from 'vitest';
import { RULE_IDS } from '../core';
import { fakeSettingsSource } from '../../test/support/fake-settings-source';
import { defaultSettings, mergeSettings, originPattern, pageSettings, sanitizeSettings, toOrigin } from './settings';
import { loadSettings, updateUserSettings } from './settings-store';

describe('mergeSettings', () => {
  it('gives every rule id on at its default severity, quiet mode and no extra sites when nothing is stored', () => {
    const settings = mergeSettings(undefined, undefined);
    expect(Object.keys(settings.rules).sort()).toEqual([...RULE_IDS].sort());
    expect(Object.values(settings.rules).every((r) => r.enabled && r.severity === 'default')).toBe(true);
    expect(settings.mode).toBe('quiet');
    expect(settings.enabledSites).toEqual([]);
    expect(settings.locks).toEqual({ mode: false, release: false, enabledSites: [], selectors: [], rules: [] });
  });

  it('lets the administrator win over the user and locks what the administrator set', () => {
    const user = { mode: 'interruptive', rules: { 'site-mismatch': { enabled: true, severity: 'info' }, 'suggested-code': { enabled: false } } };
    const managed = { mode: 'quiet', rules: { 'site-mismatch': { enabled: false } } };
    const settings = mergeSettings(user, managed);
    expect(settings.mode).toBe('quiet');
    expect(settings.locks.mode).toBe(true);
    // The admin turned the rule off; the user's severity survives for the part the admin did not set.
    expect(settings.rules['site-mismatch']).toEqual({ enabled: false, severity: 'info' });
    expect(settings.rules['suggested-code'].enabled).toBe(false);
    expect(settings.locks.rules).toEqual(['site-mismatch']);
  });

  it('unites managed and user sites, and locks only the managed ones', () => {
    const settings = mergeSettings({ enabledSites: ['https://a.example', 'https://b.example/x'] }, { enabledSites: ['https://b.example'] });
    expect(settings.enabledSites).toEqual(['https://b.example', 'https://a.example']);
    expect(settings.locks.enabledSites).toEqual(['https://b.example']);
  });

  it('takes managed pinned selectors over the user ones for the same origin', () => {
    const settings = mergeSettings(
      { selectors: { 'https://ehr.example': { diagnosis: ['#mine'], note: ['#my-note'] } } },
      { selectors: { 'https://ehr.example/': { diagnosis: ['#admin-dx'] } } },
    );
    expect(settings.selectors['https://ehr.example']).toEqual({ diagnosis: ['#admin-dx'], note: ['#my-note'] });
    expect(settings.locks.selectors).toEqual(['https://ehr.example']);
  });

  it('drops malformed values from storage instead of throwing', () => {
    const raw = { mode: 'loud', enabledSites: ['file:///etc/passwd', 42, 'https://ok.example'], rules: { 'no-such-rule': { enabled: false }, 'invalid-code': { severity: 'fatal', enabled: 'yes' } }, selectors: { 'not a url': { diagnosis: ['#x'] } } };
    expect(sanitizeSettings(raw)).toEqual({ enabledSites: ['https://ok.example'], rules: { 'invalid-code': {} }, selectors: {} });
    expect(sanitizeSettings('garbage')).toEqual({});
    expect(mergeSettings(raw, null).mode).toBe('quiet');
  });
});

describe('origins', () => {
  it('keeps scheme, host and port of http(s) pages only', () => {
    expect(toOrigin('https://ehr.example.com/chart/1?x=2#a')).toBe('https://ehr.example.com');
    expect(toOrigin('http://127.0.0.2:8080/x')).toBe('http://127.0.0.2:8080');
    expect(toOrigin('chrome://extensions')).toBeUndefined();
    expect(toOrigin('nonsense')).toBeUndefined();
  });

  it('turns an origin into a port-less match pattern', () => {
    expect(originPattern('http://ehr.test:8080')).toBe('http://ehr.test/*');
  });

  it('gives a page its own origin\'s pinned selectors', () => {
    const settings = { ...defaultSettings(), selectors: { 'https://a.example': { diagnosis: ['#dx'], note: [] } } };
    expect(pageSettings(settings, 'https://a.example/chart').selectors.diagnosis).toEqual(['#dx']);
    expect(pageSettings(settings, 'https://b.example/chart').selectors).toEqual({ diagnosis: [], note: [] });
  });
});

describe('settings store over a fake platform source', () => {
  it('writes only the user area, so a managed value keeps winning after the user changes it', async () => {
    const fake = fakeSettingsSource({ managed: { mode: 'interruptive' } });
    const after = await updateUserSettings(fake.source, (u) => ({ ...u, mode: 'quiet', enabledSites: ['https://x.example'] }));
    expect(fake.state.user).toEqual({ mode: 'quiet', enabledSites: ['https://x.example'] });
    expect(after.mode).toBe('interruptive');
    expect(after.locks.mode).toBe(true);
  });

  it('sees a policy pushed later', async () => {
    const fake = fakeSettingsSource({ user: { rules: { 'classified-elsewhere': { enabled: true } } } });
    expect((await loadSettings(fake.source)).rules['classified-elsewhere'].enabled).toBe(true);
    fake.setManaged({ rules: { 'classified-elsewhere': { enabled: false } } });
    const settings = await loadSettings(fake.source);
    expect(settings.rules['classified-elsewhere'].enabled).toBe(false);
    expect(settings.locks.rules).toContain('classified-elsewhere');
  });
});
