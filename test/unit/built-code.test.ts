/**
 * Checks the built extension (not the sources): the manifest asks for no permission the code does
 * not use and the code uses no permission-gated API the manifest does not declare; the code has no
 * way to reach the network except fetch() of its own packaged files; the extension pages' CSP allows
 * no remote source. Builds the Chrome variant into a temporary folder first, except under `npm test`,
 * which has just built it into dist/ from this tree with the same vite config and says so
 * (CHARTLINT_BUILT=1, scripts/test-all.ts): that build is read instead of a second one.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const fromBuild = process.env.CHARTLINT_BUILT === '1';
const out = fromBuild ? join(root, 'dist') : mkdtempSync(join(tmpdir(), 'chartlint-built-'));
let manifest: {
  permissions?: string[];
  optional_host_permissions?: string[];
  host_permissions?: string[];
  content_security_policy?: { extension_pages?: string };
  content_scripts?: { js?: string[] }[];
};
let files: { path: string; code: string }[] = [];

function listJs(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return listJs(path);
    return entry.name.endsWith('.js') ? [path] : [];
  });
}

beforeAll(() => {
  if (!fromBuild) {
    const run = spawnSync(join(root, 'node_modules/.bin/vite'), ['build', '--logLevel', 'error'], {
      cwd: root,
      env: { ...process.env, TARGET: 'chrome', OUT_DIR: out },
      encoding: 'utf8',
    });
    if (run.status !== 0) throw new Error(`vite build failed:\n${run.stdout}${run.stderr}`);
  }
  manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as typeof manifest;
  files = listJs(out).map((path) => ({ path: relative(out, path), code: readFileSync(path, 'utf8') }));
}, 120_000);
afterAll(() => {
  if (!fromBuild) rmSync(out, { recursive: true, force: true });
});

/**
 * The arguments of every call of the global fetch in minified code: `fetch(x)`, `self.fetch(x)`,
 * but not another object's method (`map.fetch(k)`), a method definition (`fetch(k){`) or `prefetch(`.
 */
function globalFetchCalls(code: string): string[] {
  const args: string[] = [];
  for (const match of code.matchAll(/fetch\(([^)]*)\)(\s*\{)?/g)) {
    const before = code.slice(Math.max(0, match.index - 11), match.index);
    if (match[2]) continue;
    if (/[\w$]$/.test(before)) continue;
    if (before.endsWith('.') && !/(globalThis|self|window)\.$/.test(before)) continue;
    args.push((match[1] ?? '').trim());
  }
  return args;
}

const uses = (pattern: RegExp) => files.filter((f) => pattern.test(f.code)).map((f) => f.path);

/** Permission → the API use that needs it (in minified code property names survive). */
const PERMISSION_USES: Record<string, RegExp> = {
  storage: /\.storage\.(session|local|sync|managed|onChanged)\b/,
  sidePanel: /\.sidePanel\.\w+/,
  scripting: /\.scripting\.(registerContentScripts|executeScript|unregisterContentScripts|getRegisteredContentScripts)\b/,
  // activeTab has no API of its own: it lets the popup read the active tab's URL (tabs.query).
  activeTab: /\.tabs\.query\(/,
};
/** Permission-gated API namespaces ChartLint must not touch unless it declares them. */
const GATED_APIS = [
  'alarms', 'bookmarks', 'browsingData', 'contentSettings', 'contextMenus', 'cookies', 'debugger', 'declarativeNetRequest',
  'downloads', 'history', 'identity', 'idle', 'management', 'nativeMessaging', 'notifications', 'offscreen', 'pageCapture',
  'privacy', 'proxy', 'sessions', 'tabCapture', 'tabGroups', 'topSites', 'tts', 'webNavigation', 'webRequest',
  'sidePanel', 'scripting', 'storage',
];

describe('declared permissions match the APIs the built code calls', () => {
  it('uses every permission the manifest declares', () => {
    const unused = (manifest.permissions ?? []).filter((p) => {
      const pattern = PERMISSION_USES[p];
      return !pattern || uses(pattern).length === 0;
    });
    expect(unused).toEqual([]);
  });

  it('declares every permission-gated API the code calls', () => {
    const declared = new Set(manifest.permissions ?? []);
    // `(chrome|browser|e.default).history.push` style calls; the page's window.history is not an extension API.
    const undeclared = GATED_APIS.filter((api) => !declared.has(api)).filter(
      (api) => uses(new RegExp(`(?<!window|globalThis|location)\\.${api}\\.(\\w+)\\(`)).length > 0,
    );
    expect(undeclared).toEqual([]);
  });

  it('asks for host access only at run time, and only for http and https pages', () => {
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.optional_host_permissions).toEqual(['http://*/*', 'https://*/*']);
    expect(uses(/\.permissions\.request\(/).length).toBeGreaterThan(0);
    expect(uses(/\.permissions\.remove\(/).length).toBeGreaterThan(0);
  });
});

describe('no network in the built code', () => {
  it('has no XHR, WebSocket, beacon, EventSource or WebRTC', () => {
    expect(uses(/\bXMLHttpRequest\b|\bWebSocket\b|sendBeacon|\bEventSource\b|RTCPeerConnection|WebTransport/)).toEqual([]);
  });

  it('tells global fetch calls from look-alikes in minified code', () => {
    expect(globalFetchCalls('a=fetch(`https://x.example`);b.fetch(k);c={fetch(e,t){}};prefetch(z);self.fetch(u)')).toEqual(['`https://x.example`', 'u']);
  });

  it('fetches only files packed in the extension', () => {
    const calls = files.flatMap((f) => globalFetchCalls(f.code).map((arg) => ({ file: f, arg })));
    expect(calls.length).toBeGreaterThan(0);
    const remote = calls.filter(({ file, arg }) => {
      if (/^[`'"]\/assets\//.test(arg)) return false;
      if (!/^[\w$]+$/.test(arg)) return true;
      // The argument is a variable: it must hold a packaged asset path, assigned in this file or
      // in the tiny chunk it is imported from (how the bundler emits `import url from '…json?url'`).
      const assigned = new RegExp(`\\b${arg.replace('$', '\\$')}=\`/assets/[^\`]+\``).test(file.code);
      const imported = [...file.code.matchAll(new RegExp(`import\\{[^}]*\\bas ${arg.replace('$', '\\$')}\\b[^}]*\\}from"\\./([^"]+)"`, 'g'))].some((m) => {
        const chunk = files.find((f) => f.path.endsWith(m[1] ?? '!'));
        return chunk !== undefined && /^var \w+=`\/assets\/[^`]+`;export\{\w+ as \w+\};?\s*$/.test(chunk.code);
      });
      return !(assigned || imported);
    });
    expect(remote.map(({ file, arg }) => `${file.path}: fetch(${arg})`)).toEqual([]);
  });

  it('gives extension pages a CSP with no remote source', () => {
    const csp = manifest.content_security_policy?.extension_pages ?? '';
    const directives: Record<string, string[]> = Object.fromEntries(
      csp.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...values]) => [name, values]),
    );
    expect(directives['default-src']).toEqual(["'self'"]);
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['connect-src']).toEqual(["'self'"]);
    const allowed = new Set(["'self'", "'none'", "'unsafe-inline'", 'data:']);
    expect(Object.values(directives).flat().filter((source) => !allowed.has(source))).toEqual([]);
  });
});

describe('the knowledge base ships once', () => {
  it('ships each release\'s catalog as its per-category table, not also as the whole file', () => {
    // The popup's lookup reads the table the worker reads (scripts/kb-data-as-asset.ts); the whole
    // gzipped catalog beside it was another 1 MB per release in the package.
    const kb = readdirSync(join(out, 'assets', 'kb'));
    expect(kb.filter((f) => f.endsWith('.catalog.json.gz'))).toEqual([]);
    expect(kb.filter((f) => f.endsWith('.catalog-table.json'))).toHaveLength(2);
  });

  it("ships only the latest release's title hashes, the only ones the worker reads", () => {
    const kb = readdirSync(join(out, 'assets', 'kb'));
    expect(kb.filter((f) => f.includes('.catalog-titles.'))).toEqual(['icd10cm-fy2027.catalog-titles.bin.gz']);
  });
});

/**
 * The content script's size, in bytes of the built file. Chrome and Firefox inject it into every
 * frame of every page the user enabled (all_frames) and parse and compile it in each: an EHR page
 * has many frames. It holds the page reading, the badge and the few pieces of the core and of the
 * catalogues those need; analysis and every other text live in the worker and the extension pages.
 * It was 740 KB when an import through src/core/index.ts brought the rules, their data and both
 * whole message catalogues along; 164 KB without them. The budget leaves room for the page reading
 * to grow, but not for the core (its chunk is over 500 KB) or the catalogues (144 KB) to come back.
 * `npx tsx scripts/bench/_content-bundle.ts` says what a build's content script is made of.
 */
const CONTENT_SCRIPT_BUDGET = 230_000;

describe('the content script stays small', () => {
  it('is every script the manifest injects into pages, each within the budget', () => {
    const scripts = (manifest.content_scripts ?? []).flatMap((c) => c.js ?? []);
    expect(scripts.length).toBeGreaterThan(0);
    const sizes = scripts.map((path) => ({ path, bytes: readFileSync(join(out, path)).byteLength }));
    expect(sizes.filter((s) => s.bytes > CONTENT_SCRIPT_BUDGET)).toEqual([]);
  });

  it('carries no whole message catalogue, only the badge’s own messages', () => {
    const scripts = (manifest.content_scripts ?? []).flatMap((c) => c.js ?? []);
    const code = scripts.map((path) => readFileSync(join(out, path), 'utf8')).join('\n');
    // Every catalogue has the extension's description; the badge never shows it.
    expect(code.includes('badgeShowDetails'), 'the badge’s own messages').toBe(true);
    expect(code.includes('extDescription'), 'a whole message catalogue').toBe(false);
  });
});
