import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GECKO_ID } from './derive-manifest';

const root = join(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; version: string };
const out = mkdtempSync(join(tmpdir(), 'chartlint-package-'));
type Manifest = Record<string, unknown> & { version: string; permissions?: string[]; background?: Record<string, unknown> };
const zips: Record<'chrome' | 'firefox', Record<string, Uint8Array>> = { chrome: {}, firefox: {} };
const manifestOf = (target: 'chrome' | 'firefox') => JSON.parse(new TextDecoder().decode(zips[target]['manifest.json'])) as Manifest;

/** Every file path a manifest points at (pages, scripts, icons, schema). */
function referencedFiles(m: Manifest): string[] {
  const files: string[] = [];
  const visit = (value: unknown, key = '') => {
    if (typeof value === 'string') {
      if (/\.(html|js|png|json)$/.test(value) && !value.includes('*') && key !== 'id') files.push(value);
    } else if (Array.isArray(value)) value.forEach((v) => visit(v, key));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) visit(v, k);
  };
  visit(m);
  return files;
}

/**
 * `npm test` builds before the unit tests and says so (CHARTLINT_BUILT=1, scripts/test-all.ts): the
 * zips are then made from that build (`--from-build`) instead of two more extension builds of the
 * same tree. Run on its own, this test builds fresh, as `npm run package` does.
 */
const fromBuild = process.env.CHARTLINT_BUILT === '1' ? ['--from-build'] : [];

beforeAll(() => {
  // node with tsx's loader rather than the tsx command, which starts a second node process to run the script in.
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/package.ts', ...fromBuild], {
    cwd: root,
    env: { ...process.env, ARTIFACTS_DIR: out },
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`npm run package failed:\n${run.stdout}${run.stderr}`);
  for (const target of ['chrome', 'firefox'] as const) {
    zips[target] = unzipSync(readFileSync(join(out, `${pkg.name}-${pkg.version}-${target}.zip`)));
  }
}, 600_000); // a hang-catcher only: run alone this builds both extensions first (about 30 CPU-s)
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('npm run package', () => {
  it('writes exactly one Chrome/Edge zip and one Firefox zip named with the package version', () => {
    expect(readdirSync(out).sort()).toEqual([`${pkg.name}-${pkg.version}-chrome.zip`, `${pkg.name}-${pkg.version}-firefox.zip`]);
  });

  it('stamps both manifests with the version from package.json', () => {
    expect(manifestOf('chrome').version).toBe(pkg.version);
    expect(manifestOf('firefox').version).toBe(pkg.version);
  });

  it('ships a Chrome manifest with a service worker and side panel, and no key or gecko settings', () => {
    const m = manifestOf('chrome');
    expect(m.background).toMatchObject({ service_worker: expect.any(String) });
    expect(m.side_panel).toBeDefined();
    expect(m.key).toBeUndefined();
    expect(m.browser_specific_settings).toBeUndefined();
    expect(m.storage).toEqual({ managed_schema: 'managed-schema.json' });
  });

  it('ships a Firefox manifest with the gecko id, background scripts and a sidebar', () => {
    const m = manifestOf('firefox');
    expect(m.browser_specific_settings).toMatchObject({ gecko: { id: GECKO_ID, data_collection_permissions: { required: ['none'] } } });
    expect(m.background).toMatchObject({ scripts: expect.any(Array) });
    expect(m.sidebar_action).toBeDefined();
    expect(m.side_panel).toBeUndefined();
    expect(m.permissions).not.toContain('sidePanel');
  });

  it.each(['chrome', 'firefox'] as const)('%s zip contains every file its manifest names, at the zip root', (target) => {
    const names = Object.keys(zips[target]);
    const missing = referencedFiles(manifestOf(target)).filter((file) => !names.includes(file.replace(/^\//, '')));
    expect(missing).toEqual([]);
    expect(names.filter((n) => n.endsWith('.map') || n.endsWith('.ts') || n.startsWith('node_modules/') || n.includes('/.'))).toEqual([]);
  });

  it('passes web-ext lint on the Firefox zip with 0 errors', () => {
    const dir = join(out, 'firefox-unpacked');
    for (const [name, bytes] of Object.entries(zips.firefox)) {
      if (name.endsWith('/')) continue;
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), bytes);
    }
    const lint = spawnSync(join(root, 'node_modules/.bin/web-ext'), ['lint', '--source-dir', dir, '--output', 'json', '--no-config-discovery'], { encoding: 'utf8' });
    const report = JSON.parse(lint.stdout) as { errors: { code: string; file?: string; message: string }[] };
    expect(report.errors.map((e) => `${e.code} ${e.file ?? ''}: ${e.message}`)).toEqual([]);
    // The linter reads every file of the 10 MB add-on (about 10 CPU-s, 30 s at a load of 10): on a
    // busy machine that passed the 2-minute default, which is only there to catch a hang.
  }, 600_000);
});
