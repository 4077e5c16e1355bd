/** Set by vite.config.ts: true in the Firefox build, so Chrome-only calls are dropped from it. */
declare const __FIREFOX__: boolean;
/** Set by vite.config.ts from package.json. */
declare const __CHARTLINT_VERSION__: string;
