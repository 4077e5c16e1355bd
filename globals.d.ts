/** Set by vite.config.ts: true in the Firefox build, so Chrome-only calls are dropped from it. */
declare const __FIREFOX__: boolean;
/** Set by vite.config.ts from package.json. */
declare const __CHARTLINT_VERSION__: string;

/**
 * A knowledge-base data file as a loader function, for the service worker, which may not use
 * import(). Extension builds only (scripts/kb-data-as-asset.ts).
 */
declare module '*.json?load' {
  const load: () => Promise<unknown>;
  export default load;
}

/**
 * A catalog file as a loader of its per-category table's bytes (index, table and base table), for
 * the service worker. Extension builds only (scripts/kb-data-as-asset.ts).
 */
declare module '*.catalog.json?table' {
  const load: () => Promise<unknown>;
  export default load;
}

/**
 * A catalog file as a loader of its titles' sorted (hash, entry index) pairs as uint32s
 * (src/kb/title-hashes.ts), for the service worker. Extension builds only (scripts/kb-data-as-asset.ts).
 */
declare module '*.catalog.json?titles' {
  const load: () => Promise<Uint32Array>;
  export default load;
}
