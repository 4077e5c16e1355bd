import { grantedOrigins, hasOrigins, removeOrigins } from '../platform/permissions';
import { injectContentScript, registerSiteScripts } from '../platform/scripting';
import { getSessionAll, removeSession, setSession } from '../platform/storage';
import { originPattern, toOrigin, type EffectiveSettings } from '../protocol/settings';
import { isPendingSiteKey, pendingSiteKey } from '../protocol/storage-keys';
import { updateUserSettings } from '../protocol/settings-store';
import { currentSettings, rememberSettings, settingsSource } from './current-settings';

/**
 * Makes the content script's dynamic registration match the enabled sites the user has granted
 * access to. Run on startup, after enabling or disabling, and when settings or permissions change
 * elsewhere (another device, a policy, chrome://extensions), so the three never drift apart.
 */
export function syncSiteScripts(known?: EffectiveSettings): Promise<string[]> {
  // One at a time: enabling a site also fires storage and permission events that resync, and two
  // overlapping runs would both see "nothing registered" and both register (duplicate script id).
  const run = queue.then(async () => {
    const settings = known ?? (await currentSettings());
    const granted = new Set(await grantedOrigins());
    const patterns = [...new Set(settings.enabledSites.map(originPattern))].filter((p) => granted.has(p));
    await registerSiteScripts(patterns);
    return patterns;
  });
  queue = run.catch(() => undefined);
  return run;
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * The user granted access to `origin` (the popup or options page asked, in the click): remember the
 * site, register the content script there and start it in the tab that is already open.
 */
export async function enableSite(origin: string, tabId?: number): Promise<string[]> {
  const site = toOrigin(origin);
  if (!site) throw new Error(`ChartLint can only run on http or https pages, not "${origin}"`);
  if (!(await hasOrigins([originPattern(site)]))) throw new Error(`access to ${site} was not granted`);
  const after = await updateUserSettings(settingsSource, (user) => ({ ...user, enabledSites: [...(user.enabledSites ?? []), site] }));
  rememberSettings(after);
  await removeSession(pendingSiteKey(site));
  const patterns = await syncSiteScripts(after);
  if (tabId !== undefined) await injectContentScript(tabId);
  return patterns;
}

/** Forgets a site: unregisters the content script there and gives the host permission back. */
export async function disableSite(origin: string): Promise<string[]> {
  const site = toOrigin(origin);
  if (!site) throw new Error(`not a site origin: "${origin}"`);
  const settings = await currentSettings();
  if (settings.locks.enabledSites.includes(site)) throw new Error(`${site} is enabled by your administrator`);
  const after = await updateUserSettings(settingsSource, (user) => ({
    ...user,
    enabledSites: (user.enabledSites ?? []).filter((s) => s !== site),
  }));
  rememberSettings(after);
  const pattern = originPattern(site);
  // Two enabled origins can share a pattern (http and another port): keep access while one remains.
  if (!after.enabledSites.some((s) => originPattern(s) === pattern)) await removeOrigins([pattern]);
  return syncSiteScripts(after);
}

/** A prompt older than this was abandoned; its entry is ignored and dropped. */
const PENDING_MS = 10 * 60_000;
type PendingSite = { origin: string; tabId?: number; at: number };

/**
 * The popup is about to ask for access to `origin`. It closes as soon as the browser's prompt takes
 * focus, so it cannot finish the job itself: remember the request until the grant arrives.
 */
export async function expectSiteGrant(origin: string, tabId?: number): Promise<boolean> {
  const site = toOrigin(origin);
  if (!site) throw new Error(`ChartLint can only run on http or https pages, not "${origin}"`);
  const pending: PendingSite = { origin: site, at: Date.now(), ...(tabId === undefined ? {} : { tabId }) };
  await setSession({ [pendingSiteKey(site)]: pending });
  return true;
}

/** Access was just granted for `patterns`: enable every site that was waiting for one of them. */
export async function completePendingSites(patterns: string[]): Promise<void> {
  const all = await getSessionAll();
  for (const [key, value] of Object.entries(all)) {
    if (!isPendingSiteKey(key)) continue;
    const pending = value as PendingSite;
    const fresh = Date.now() - pending.at < PENDING_MS;
    if (fresh && !patterns.includes(originPattern(pending.origin))) continue;
    await removeSession(key);
    // The tab may have been closed meanwhile; the site is enabled all the same.
    if (fresh) await enableSite(pending.origin, pending.tabId).catch(() => enableSite(pending.origin));
  }
}
