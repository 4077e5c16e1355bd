/**
 * The sites ChartLint reads without being asked: the content script's match patterns in the
 * manifest (the demo EHR's port and the test hosts, scripts/build.ts). The options page lists them
 * as they are, port and all, so it never says more than the manifest covers; and it offers a payer
 * only for an exact origin, the key a page's payer is looked up by (protocol/settings.ts payerFor),
 * since a wildcard host names no one site.
 */
export type BuiltInSites = {
  /** Each pattern's scheme and host, as the user reads it ("http://localhost:4317", "http://*.chartlint.localhost"). */
  shown: string[];
  /** The exact origins among them (no wildcard host). */
  origins: string[];
};

/** "http://localhost:4317/*" -> "http://localhost:4317"; undefined for "<all_urls>" and other shapes. */
function siteOf(pattern: string): string | undefined {
  const match = /^(https?|\*):\/\/([^/]+)\//.exec(pattern);
  return match ? `${match[1]}://${match[2]}` : undefined;
}

export function builtInSites(matches: readonly string[]): BuiltInSites {
  const shown = [...new Set(matches.map(siteOf).filter((site): site is string => site !== undefined))];
  return { shown, origins: shown.filter((site) => !site.includes('*')) };
}
