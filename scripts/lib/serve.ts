/**
 * A tiny static server for the demo EHR and the test fixture pages, on localhost only.
 *   /              → demo/index.html (the demo EHR; a test page, not part of the extension)
 *   /demo/…        → demo/…
 *   /fixtures/…    → test/fixtures/pages/…
 *   /vendor/…      → node_modules/… (real editor libraries for fixture pages)
 *   /bundled/x.js  → test/fixtures/pages/x.js bundled with its npm imports (bundle-fixture.ts)
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { bundleFixture } from './bundle-fixture';

const ROOT = resolve(import.meta.dirname, '../..');
const MOUNTS: [prefix: string, dir: string][] = [
  ['/demo/', join(ROOT, 'demo')],
  ['/fixtures/', join(ROOT, 'test/fixtures/pages')],
  ['/vendor/', join(ROOT, 'node_modules')],
];
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

const FIXTURES = join(ROOT, 'test/fixtures/pages');

/** The fixture script a /bundled/<name>.js request names, if it exists there. */
function bundledEntry(urlPath: string): string | undefined {
  const name = /^\/bundled\/([\w-]+\.js)$/.exec(urlPath)?.[1];
  return name ? join(FIXTURES, name) : undefined;
}

function resolvePath(urlPath: string): string | undefined {
  if (urlPath === '/' || urlPath === '/index.html') return join(ROOT, 'demo/index.html');
  for (const [prefix, dir] of MOUNTS) {
    if (!urlPath.startsWith(prefix)) continue;
    const file = normalize(join(dir, decodeURIComponent(urlPath.slice(prefix.length))));
    // Never serve anything outside the mounted folder (../ tricks).
    return file.startsWith(dir + sep) ? file : undefined;
  }
  return undefined;
}

/**
 * The host name tests and benchmarks open pages on. ChartLint's default content script runs only
 * on the demo port (localhost:4317) and on *.chartlint.localhost (manifest.json): browsers resolve
 * every *.localhost name to this machine, so a test server on any free port is reached there.
 */
export const TEST_HOST = 'e2e.chartlint.localhost';
/** A second origin on the same server, for cross-origin frame tests. */
export const OTHER_TEST_HOST = 'other.chartlint.localhost';

export type RunningServer = {
  url: string;
  port: number;
  /** The same server under a second origin (OTHER_TEST_HOST), for cross-origin frames. */
  otherOriginUrl: string;
  close: () => Promise<void>;
};

/**
 * Starts the server on 127.0.0.1. A fixed port (the demo's) is served as localhost; port 0 (any
 * free port: tests and benchmarks, which may run side by side) as TEST_HOST.
 */
export async function startServer(port = 0): Promise<RunningServer> {
  const server: Server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const entry = bundledEntry(url.pathname);
      if (entry) {
        const code = await bundleFixture(entry).catch((error: unknown) => {
          res.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
          return undefined;
        });
        if (code !== undefined)
          res.writeHead(200, { 'content-type': TYPES['.js']!, 'cache-control': 'no-store' }).end(code);
        return;
      }
      const file = resolvePath(url.pathname);
      const info = file ? await stat(file).catch(() => undefined) : undefined;
      if (!file || !info?.isFile()) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      const headers: Record<string, string> = {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      };
      // Fixture pages can ask for a strict CSP, as hardened EHRs send: ?csp=strict.
      if (url.searchParams.get('csp') === 'strict') {
        headers['content-security-policy'] = "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'";
      }
      res.writeHead(200, headers);
      createReadStream(file).pipe(res);
    })();
  });
  // A port in use rejects (EADDRINUSE arrives as an 'error' event, which listen's callback never
  // sees), so a caller can fall back to another port: `startServer(4317).catch(() => startServer(0))`.
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', fail);
      done();
    });
  });
  const actual = (server.address() as AddressInfo).port;
  return {
    url: port === 0 ? `http://${TEST_HOST}:${actual}` : `http://localhost:${actual}`,
    otherOriginUrl: `http://${OTHER_TEST_HOST}:${actual}`,
    port: actual,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
