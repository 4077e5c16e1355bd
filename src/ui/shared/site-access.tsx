import { t } from './i18n/i18n';
import { useEffect, useState } from 'preact/hooks';
import { originPattern, toOrigin } from '../../protocol/settings';
import { browserSiteAccessPort, type SiteAccessPort } from './site-access-port';

type SiteState =
  | { kind: 'loading' }
  | { kind: 'unsupported' }
  | { kind: 'built-in'; origin: string }
  | { kind: 'off' | 'on' | 'waiting' | 'managed'; origin: string; tabId: number };

/** Hosts the manifest covers for the demo and tests; they cannot be switched off. */
const BUILT_IN_HOSTS = new Set(['localhost', '127.0.0.1']);

/**
 * "Enable on this site" / "Disable" for the active tab. The host permission is requested right in
 * the click (browsers show the prompt only for a user gesture); the service worker then remembers
 * the site, registers the content script there and starts it in this tab.
 */
export function SiteAccess({ port = browserSiteAccessPort }: { port?: SiteAccessPort }) {
  const [state, setState] = useState<SiteState>({ kind: 'loading' });
  const [error, setError] = useState('');

  useEffect(() => {
    void (async () => {
      // activeTab: opening the popup grants this tab's URL, and nothing else, for as long as it is open.
      const tab = await port.activeTab();
      const origin = tab?.url ? toOrigin(tab.url) : undefined;
      if (!tab || !origin) return setState({ kind: 'unsupported' });
      if (BUILT_IN_HOSTS.has(new URL(origin).hostname)) return setState({ kind: 'built-in', origin });
      const [settings, granted] = await Promise.all([
        port.loadSettings(),
        port.hasOrigins([originPattern(origin)]),
      ]);
      const on = granted && settings.enabledSites.includes(origin);
      const kind = on && settings.locks.enabledSites.includes(origin) ? 'managed' : on ? 'on' : 'off';
      setState({ kind, origin, tabId: tab.id });
    })();
  }, []);

  if (state.kind === 'loading' || state.kind === 'unsupported') return null;
  if (state.kind === 'managed') {
    return (
      <p class="site-access muted" data-site-access="managed">
        {t('siteManaged', { origin: state.origin })}
      </p>
    );
  }
  if (state.kind === 'built-in') {
    return (
      <p class="site-access muted" data-site-access="built-in">
        {t('siteBuiltIn', { origin: state.origin })}
      </p>
    );
  }

  const enable = () => {
    setState({ ...state, kind: 'waiting' });
    setError('');
    // The popup closes when the prompt takes focus; the worker then finishes from permissions.onAdded.
    void port.expectGrant(state.origin, state.tabId).catch(() => undefined);
    // No await before this call: the permission prompt needs the click's user gesture.
    port
      .requestOrigins([originPattern(state.origin)])
      .then(async (granted) => {
        if (!granted) return setState({ ...state, kind: 'off' });
        await port.enable(state.origin, state.tabId);
        setState({ ...state, kind: 'on' });
      })
      .catch((e: unknown) => {
        setError(e instanceof Error ? e.message : String(e));
        setState({ ...state, kind: 'off' });
      });
  };
  const disable = () => {
    setError('');
    port.disable(state.origin).then(
      () => setState({ ...state, kind: 'off' }),
      (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
    );
  };

  return (
    <div class="site-access" data-site-access={state.kind}>
      <span class="muted">{state.kind === 'on' ? t('siteOn', { origin: state.origin }) : t('siteOff', { origin: state.origin })}</span>{' '}
      {state.kind === 'on' ? (
        <button type="button" onClick={disable}>
          {t('disable')}
        </button>
      ) : (
        <button type="button" class="primary" onClick={enable} disabled={state.kind === 'waiting'}>
          {state.kind === 'waiting' ? t('waitingAnswer') : t('enableOnSite')}
        </button>
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
