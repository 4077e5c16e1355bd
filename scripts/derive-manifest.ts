/**
 * manifest.json is the single source of the extension's manifest. This derives what each browser
 * build actually ships: the version from package.json, and for Firefox a sidebar_action instead of
 * side_panel, background scripts instead of a service worker, and the gecko id.
 */
import type { ManifestV3Export } from '@crxjs/vite-plugin';

export type Manifest = Record<string, unknown> & {
  permissions?: string[];
  background?: Record<string, unknown>;
};

export const GECKO_ID = 'chartlint@chartlint.dev';

export function deriveManifest(
  base: Record<string, unknown>,
  options: { firefox: boolean; version: string },
): ManifestV3Export {
  const manifest = structuredClone(base) as Manifest;
  manifest.version = options.version;
  if (!options.firefox) return manifest as unknown as ManifestV3Export;

  const sidePanel = manifest.side_panel as { default_path: string } | undefined;
  delete manifest.side_panel;
  delete manifest.minimum_chrome_version;
  manifest.permissions = (manifest.permissions ?? []).filter((p) => p !== 'sidePanel');
  if (sidePanel) {
    manifest.sidebar_action = {
      default_panel: sidePanel.default_path,
      default_title: '__MSG_extName__',
      default_icon: { '16': 'icons/icon-16.png', '32': 'icons/icon-32.png' },
      open_at_install: false,
    };
  }
  // Firefox match patterns take no port: match the host and narrow to the port with include_globs
  // (globs see the whole URL), so the demo port and test hosts stay the only default pages.
  const scripts = manifest.content_scripts as { matches: string[]; include_globs?: string[] }[] | undefined;
  for (const entry of scripts ?? []) {
    if (!entry.matches.some((p) => /^[a-z*]+:\/\/[^/]*:\d+\//.test(p))) continue;
    entry.include_globs = entry.matches.map((p) => p.replace('://*.', '://*').replace(/\/\*$/, /:\d+\/\*$/.test(p) ? '/*' : '*'));
    entry.matches = [...new Set(entry.matches.map((p) => p.replace(/^([a-z*]+:\/\/[^/:]*):\d+\//, '$1/')))];
  }
  // Firefox's extension URLs hold a random per-install id already; it does not know use_dynamic_url.
  const resources = manifest.web_accessible_resources as Record<string, unknown>[] | undefined;
  for (const entry of resources ?? []) delete entry.use_dynamic_url;
  const worker = manifest.background?.service_worker as string | undefined;
  if (worker) manifest.background = { scripts: [worker], type: 'module' };
  manifest.browser_specific_settings = {
    gecko: {
      id: GECKO_ID,
      // data_collection_permissions is known from Firefox 140 on desktop (the current ESR, which
      // Debian ships) and 142 on Android (extensionworkshop.com, "Firefox built-in consent for
      // data collection and transmission"): 142 for both locked out Firefox ESR 140.
      strict_min_version: '140.0',
      data_collection_permissions: { required: ['none'] },
    },
    gecko_android: { strict_min_version: '142.0' },
  };
  return manifest as unknown as ManifestV3Export;
}
