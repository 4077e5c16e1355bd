/**
 * `npm run package`: store-ready zips from one version (package.json's).
 *   artifacts/chartlint-<version>-chrome.zip   Chrome Web Store and Edge Add-ons (same package)
 *   artifacts/chartlint-<version>-firefox.zip  addons.mozilla.org (web-ext build)
 * Each is built fresh into its own folder, checked (manifest version = package.json version) and
 * zipped with web-ext build, which leaves out dotfiles and zips the folder's contents at the root.
 * ARTIFACTS_DIR overrides the output folder (the package test uses a temporary one).
 *
 * `--from-build` zips dist/ and dist-firefox/ as `npm run build` left them instead of building
 * again: for `npm test`, which builds first and then runs the package test (scripts/package.test.ts)
 * on that build, saving two extension builds (about 10 CPU-s). Both builds come from the same
 * vite.config.ts with the same TARGET; only the output folder differs. Never for a release: a
 * stale dist/ would be shipped.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; version: string };
const artifacts = resolve(process.env.ARTIFACTS_DIR ?? join(root, 'artifacts'));
const work = join(artifacts, '.build');
const fromBuild = process.argv.includes('--from-build');
const builtDir = { chrome: join(root, 'dist'), firefox: join(root, 'dist-firefox') };

export type PackageResult = { target: 'chrome' | 'firefox'; zip: string; bytes: number };

function fail(message: string): never {
  console.error(`package: ${message}`);
  process.exit(1);
}

rmSync(work, { recursive: true, force: true });
mkdirSync(artifacts, { recursive: true });
const results: PackageResult[] = [];
for (const target of ['chrome', 'firefox'] as const) {
  const outDir = fromBuild ? builtDir[target] : join(work, target);
  if (!fromBuild) {
    process.env.TARGET = target;
    process.env.OUT_DIR = outDir;
    const { build } = await import('vite');
    await build({ logLevel: 'warn', configFile: join(root, 'vite.config.ts'), root });
  }
  const manifest = JSON.parse(readFileSync(join(outDir, 'manifest.json'), 'utf8')) as { version: string; key?: string };
  if (manifest.version !== pkg.version) fail(`${target} manifest has version ${manifest.version}, package.json ${pkg.version}`);
  // A "key" pins the id for local tests only; the stores assign their own and reject packages with one.
  if (manifest.key !== undefined) fail(`${target} manifest carries a "key"; remove it before packaging`);

  const filename = `${pkg.name}-${pkg.version}-${target}.zip`;
  const run = spawnSync(
    join(root, 'node_modules', '.bin', 'web-ext'),
    ['build', '--source-dir', outDir, '--artifacts-dir', artifacts, '--filename', filename, '--overwrite-dest', '--no-config-discovery'],
    { encoding: 'utf8' },
  );
  if (run.status !== 0) fail(`web-ext build failed for ${target}:\n${run.stdout}${run.stderr}`);
  const zip = join(artifacts, filename);
  results.push({ target, zip, bytes: statSync(zip).size });
}
delete process.env.TARGET;
delete process.env.OUT_DIR;
rmSync(work, { recursive: true, force: true });

for (const r of results) console.log(`${r.target.padEnd(8)} ${r.zip} (${(r.bytes / 1024 / 1024).toFixed(2)} MB)`);
