/**
 * The popup's port wired to the browser: storage.session, the side panel, the clipboard and the
 * lazily loaded knowledge base. Tests pass a fake PopupPort instead (popup-state.test.ts).
 */
import { extensionVersion, openOptionsPage } from '../../platform/runtime';
import { openFindingsView } from '../../platform/side-panel';
import { getSession, setSession } from '../../platform/storage';
import { LOOKUP_LAST_QUERY_KEY, LOOKUP_PANEL_CODE_KEY } from '../../protocol/storage-keys';
import type { PopupPort } from './popup-port';

/**
 * The release the lookup searches: chosen by the kb's chooseRelease from the release setting (or
 * policy) and today's date, the popup having no visit of its own. Small: no catalog is loaded here.
 */
async function chooseVisit() {
  const [{ chooseRelease, todayIso }, { browserSettingsSource }, { loadSettings }] = await Promise.all([
    import('../../kb/choose-release'),
    import('../../platform/settings-storage'),
    import('../../protocol/settings-store'),
  ]);
  const settings = await loadSettings(browserSettingsSource()).catch(() => undefined);
  return chooseRelease({ ...(settings ? { setting: settings.release, pinnedByPolicy: settings.locks.release } : {}), today: todayIso() });
}

/** The kb with the popup's catalog opener installed (packaged-catalog.ts): every catalog it loads is read from the packaged table. */
async function kbOverTables() {
  const [kb, { openPackagedCatalog }] = await Promise.all([import('../../kb'), import('./packaged-catalog')]);
  kb.useCatalogOpener(openPackagedCatalog);
  return kb;
}

export function browserPopupPort(): PopupPort {
  const visit = chooseVisit();
  return {
    release: async () => {
      const { release: _window, ...stamp } = await visit;
      return stamp;
    },
    loadSearch: async () => {
      // Loaded after first paint: the catalog and index are their own chunks, the kb's and the
      // search's code too, fetched together (one after the other was a round trip more).
      const [{ loadCatalog }, { indexForCatalog, preloadSearchIndex, searchCodes }] = await Promise.all([
        kbOverTables(),
        import('../../kb/search'),
      ]);
      // The prebuilt index is decoded before the catalog starts: the catalog's inflate, parse and
      // build are long main-thread tasks, and loaded together the index chunk's own arrival and
      // decoding waited behind all of them (its 1.6 MB module is read on the main thread), so it
      // finished after the catalog. It needs nothing of the catalog; "lookup:index" is what
      // remains after the catalog is in (matching the two).
      // A date before every release carried still gets a lookup: the oldest release, as the stamp says.
      const { version } = await visit;
      await preloadSearchIndex({ release: version });
      performance.mark('lookup:catalog-start');
      const catalog = await loadCatalog({ release: version });
      // The packaged table decodes its rows on the first use of `entries`: part of loading the
      // catalog (as the file's parse and build were), so measured with it, not with the index.
      performance.measure('lookup:catalog', { start: 'lookup:catalog-start', detail: { entries: catalog.entries.length } });
      performance.mark('lookup:index-start');
      const index = await indexForCatalog(catalog, { release: version });
      performance.measure('lookup:index', 'lookup:index-start');
      performance.mark('lookup:ready', { detail: { origin: index.origin } });
      return (query, limit) => searchCodes(index, query, { limit });
    },
    explain: async (code) => (await kbOverTables()).explainCode(code, { release: (await visit).version }),
    readLastQuery: () => getSession<string>(LOOKUP_LAST_QUERY_KEY),
    saveLastQuery: (query) => setSession({ [LOOKUP_LAST_QUERY_KEY]: query }),
    copyText: (text) => navigator.clipboard.writeText(text),
    openPanel: (code) => {
      // Both calls start inside the click, so the browser still sees the user gesture sidePanel.open() needs.
      if (code) void setSession({ [LOOKUP_PANEL_CODE_KEY]: code });
      void openFindingsView().then(() => window.close());
    },
    openOptions: () => void openOptionsPage(),
    version: extensionVersion(),
  };
}
