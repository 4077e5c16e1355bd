import { browserSettingsSource } from '../platform/settings-storage';
import type { EffectiveSettings } from '../protocol/settings';
import { loadSettings } from '../protocol/settings-store';

const source = browserSettingsSource();
let cached: Promise<EffectiveSettings> | undefined;

/**
 * The merged settings, read once per worker life and re-read when sync or managed storage changes.
 * The cache only saves two storage reads per keystroke pause; losing it when the worker stops is fine.
 */
export function currentSettings(): Promise<EffectiveSettings> {
  cached ??= loadSettings(source).catch((error: unknown) => {
    cached = undefined;
    throw error;
  });
  return cached;
}

/** Must be called at the worker's top level, so a settings change that wakes the worker is seen. */
export function watchSettings(onChange: () => void): void {
  source.onChange(() => {
    cached = undefined;
    onChange();
  });
}

/** Takes settings just written by this worker, so the next read does not race the change event. */
export function rememberSettings(settings: EffectiveSettings): void {
  cached = Promise.resolve(settings);
}

export { source as settingsSource };
