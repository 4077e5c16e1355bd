import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { transformSync } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCachedScript } from './cached-script';

const dir = mkdtempSync(join(tmpdir(), 'chartlint-cached-script-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Bundle = { twice: (n: number) => number; base: string; here: string };

/** A CommonJS bundle that requires a built-in module and reads its own path, as batch-code.cjs does. */
function writeBundle(name: string): string {
  const file = join(dir, name);
  writeFileSync(
    file,
    `const path = require('node:path');\nexports.twice = (n) => n * 2;\nexports.base = path.basename(__filename);\nexports.here = __dirname;\n`,
  );
  return file;
}

/**
 * cached-script.ts as JavaScript, for the other processes to import with plain node: its types
 * stripped by esbuild once, as tsx would strip them at each start (it imports only node: modules).
 * Under tsx's loader each of the three processes cost about 0.55 CPU-s against 0.15 with plain node
 * (2026-12-07, load 10), and what is tested here is the loader's cache in a fresh process, not tsx.
 */
let loaderJs: string | undefined;
function loaderAsJs(): string {
  if (!loaderJs) {
    const source = fileURLToPath(new URL('./cached-script.ts', import.meta.url));
    loaderJs = join(dir, 'cached-script.mjs');
    writeFileSync(
      loaderJs,
      transformSync(readFileSync(source, 'utf8'), { loader: 'ts', format: 'esm', sourcefile: source }).code,
    );
  }
  return loaderJs;
}

/** Loads `file` in a fresh Node process (no compilation cached in memory) and says how its cache was used. */
function cacheUseInAnotherProcess(file: string, cache: string): string {
  const code = `import { loadCachedScript } from ${JSON.stringify(pathToFileURL(loaderAsJs()).href)}; const s = loadCachedScript(${JSON.stringify(file)}, ${JSON.stringify(cache)}); console.log(s.cache, s.exports.twice(21));`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', code], {
    encoding: 'utf8',
  });
  return run.stdout.trim() || run.stderr;
}

describe('loadCachedScript', () => {
  it('runs a CommonJS file with its own require, path and exports, and writes a cache the next process uses', () => {
    const file = writeBundle('plain.cjs');
    const cache = join(dir, 'plain.cache');
    const first = loadCachedScript<Bundle>(file, cache);
    expect(first.cache).toBe('missing');
    expect(first.exports.twice(4)).toBe(8);
    expect(first.exports.base).toBe('plain.cjs');
    expect(first.exports.here).toBe(dir);
    expect(first.saveCache()).toBe(true);
    expect(existsSync(cache)).toBe(true);
    expect(readdirSync(dir).filter((f) => f.endsWith('.partial'))).toEqual([]);
    expect(cacheUseInAnotherProcess(file, cache)).toBe('used 42');
  });

  it('compiles from the source when the cache does not fit, and can write a good one over it', () => {
    const file = writeBundle('stale.cjs');
    const cache = join(dir, 'stale.cache');
    writeFileSync(cache, Buffer.alloc(4096, 7));
    expect(cacheUseInAnotherProcess(file, cache)).toBe('rejected 42');
    const loaded = loadCachedScript<Bundle>(file, cache);
    expect(loaded.exports.twice(5)).toBe(10);
    expect(loaded.saveCache()).toBe(true);
    expect(cacheUseInAnotherProcess(file, cache)).toBe('used 42');
  });

  it('goes without a cache where it cannot write one', () => {
    const loaded = loadCachedScript<Bundle>(
      writeBundle('nowhere.cjs'),
      join(dir, 'no-such-folder', 'nowhere.cache'),
    );
    expect(loaded.cache).toBe('missing');
    expect(loaded.saveCache()).toBe(false);
    expect(loaded.exports.twice(1)).toBe(2);
  });
});
