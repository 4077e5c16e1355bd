import { RELEASES, latestRelease, releaseProvenance, type DataFileRecord } from '../../kb';
import { browserSettingsSource } from '../../platform/settings-storage';
import { contentScriptMatches, extensionVersion } from '../../platform/runtime';
import { getSessionAll, removeSession } from '../../platform/storage';
import { sendToBackground } from '../../protocol/send';
import type { EffectiveSettings, PartialSettings } from '../../protocol/settings';
import { loadSettings, updateUserSettings } from '../../protocol/settings-store';
import { isDismissalsKey } from '../../protocol/storage-keys';

/** One data source the about section lists. */
/** `kind` names the data in the catalogue's words; publisher, source and licence are the data files' own (English) records. */
export type DataSource = { kind: 'catalog' | 'notes' | 'index'; release: string; effectiveFrom: string; effectiveTo: string; publisher: string; source: string; license: string };

/** What the options page needs from the extension; tests pass an in-memory fake with this shape. */
export type OptionsPort = {
  version: string;
  /** The content scripts' match patterns (the demo EHR and the test hosts), listed as built in. */
  builtInMatches: readonly string[];
  releases: readonly { version: string; effectiveFrom: string; effectiveTo: string }[];
  loadSettings: () => Promise<EffectiveSettings>;
  updateUser: (change: (user: PartialSettings) => PartialSettings) => Promise<EffectiveSettings>;
  onSettingsChanged: (listener: () => void) => () => void;
  disableSite: (origin: string) => Promise<void>;
  /** Forgets every dismissed finding; replies how many pages had some. */
  resetDismissed: () => Promise<number>;
  loadDataSources: () => Promise<DataSource[]>;
};

export function createOptionsPort(): OptionsPort {
  const source = browserSettingsSource();
  return {
    version: extensionVersion(),
    builtInMatches: contentScriptMatches(),
    releases: RELEASES,
    loadSettings: () => loadSettings(source),
    updateUser: (change) => updateUserSettings(source, change),
    onSettingsChanged: (listener) => source.onChange(listener),
    disableSite: async (origin) => {
      await sendToBackground('site/disable', { origin });
    },
    resetDismissed: async () => {
      const keys = Object.keys(await getSessionAll()).filter(isDismissalsKey);
      if (keys.length > 0) await removeSession(keys);
      return keys.length;
    },
    // The files' own records, generated with the release table: listing them loads no catalog.
    loadDataSources: () => {
      const release = latestRelease();
      const records = releaseProvenance(release.version);
      if (!records) return Promise.reject(new Error(`ICD-10-CM ${release.version} has no data-file records; run npm run build:kb`));
      const row = (kind: DataSource['kind'], raw: DataFileRecord): DataSource => ({
        kind,
        release: raw.version,
        effectiveFrom: release.effectiveFrom,
        effectiveTo: release.effectiveTo,
        publisher: raw.publisher,
        source: raw.source,
        license: raw.license,
      });
      return Promise.resolve([row('catalog', records.catalog), row('notes', records.notes), row('index', records.index)]);
    },
  };
}
