import type { SettingsSource } from '../platform/settings-storage';
import { mergeSettings, sanitizeSettings, type EffectiveSettings, type PartialSettings } from './settings';

/**
 * Reads both settings areas and merges them (managed wins).
 *
 * @example const settings = await loadSettings(browserSettingsSource());
 */
export async function loadSettings(source: SettingsSource): Promise<EffectiveSettings> {
  const [user, managed] = await Promise.all([source.readUser(), source.readManaged()]);
  return mergeSettings(user, managed);
}

/**
 * Changes the user's own settings (never the managed ones: an administrator's value keeps winning
 * whatever is written here). `change` gets the current user settings and returns the new ones.
 */
export async function updateUserSettings(
  source: SettingsSource,
  change: (user: PartialSettings) => PartialSettings,
): Promise<EffectiveSettings> {
  const next = sanitizeSettings(change(sanitizeSettings(await source.readUser())));
  await source.writeUser(next);
  return loadSettings(source);
}
