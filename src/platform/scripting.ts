import { browser } from './browser';

/** The one dynamic registration that carries the content script to every site the user enabled. */
const SITES_SCRIPT_ID = 'chartlint-sites';

/**
 * The built content script's file. The bundler names it, so read it from the built manifest's
 * static entry (the demo hosts) rather than hard-coding a path.
 */
function contentScriptFiles(): string[] {
  const files = browser.runtime.getManifest().content_scripts?.[0]?.js;
  if (!files?.length) throw new Error('the manifest declares no content script to register');
  return files;
}

/** The match patterns the dynamic registration covers now (empty when none is registered). */
export async function registeredSitePatterns(): Promise<string[]> {
  const [script] = await browser.scripting.getRegisteredContentScripts({ ids: [SITES_SCRIPT_ID] });
  return script?.matches ?? [];
}

/**
 * Makes the dynamic registration cover exactly `patterns` (all frames, like the manifest's entry):
 * registers, updates or unregisters it. Persisted by the browser across restarts.
 */
export async function registerSiteScripts(patterns: string[]): Promise<void> {
  const current = await registeredSitePatterns();
  const wanted = [...new Set(patterns)].sort();
  if (current.length > 0 && JSON.stringify([...current].sort()) === JSON.stringify(wanted)) return;
  if (current.length > 0) await browser.scripting.unregisterContentScripts({ ids: [SITES_SCRIPT_ID] });
  if (wanted.length === 0) return;
  await browser.scripting.registerContentScripts([
    {
      id: SITES_SCRIPT_ID,
      matches: wanted,
      js: contentScriptFiles(),
      allFrames: true,
      runAt: 'document_idle',
      persistAcrossSessions: true,
    },
  ]);
}

/** Starts the content script in every frame of an already open tab (the page the user just enabled). */
export async function injectContentScript(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, allFrames: true }, files: contentScriptFiles() });
}
