/**
 * Bundles the core of the git commit REF and of the working tree with vite, as the analyze bench
 * runs the core, for the A/B tools (_ab.ts, _ab-real.ts, _ic.ts). Returns the two bundles' paths:
 * `work/base/core.mjs` (REF) and `work/new/core.mjs` (the tree).
 */
import { execSync } from 'node:child_process';
import { copyFileSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';

const root = new URL('../../', import.meta.url).pathname;

/** A library bundle (ES module) of `entry` under `from`, written to outDir/fileName. */
export const bundleLibrary = (from: string, entry: string, outDir: string, fileName: string) =>
  build({
    configFile: false,
    publicDir: false,
    logLevel: 'silent',
    root: from,
    build: { lib: { entry: join(from, entry), formats: ['es'], fileName: () => fileName }, outDir, emptyOutDir: true, minify: false },
  });

export async function bundleCores(ref: string, work: string): Promise<{ base: string; next: string }> {
  // The old core from git, with the tsconfig files its build reads and the tree's node_modules.
  const old = join(work, 'base-tree');
  execSync(`mkdir -p ${old} && git -C ${root} archive ${ref} src | tar -x -C ${old}`);
  for (const file of readdirSync(root).filter((f) => /^tsconfig.*\.json$/.test(f))) copyFileSync(join(root, file), join(old, file));
  symlinkSync(join(root, 'node_modules'), join(old, 'node_modules'));
  await bundleLibrary(old, 'src/core/index.ts', join(work, 'base'), 'core.mjs');
  await bundleLibrary(root, 'src/core/index.ts', join(work, 'new'), 'core.mjs');
  return { base: join(work, 'base/core.mjs'), next: join(work, 'new/core.mjs') };
}
