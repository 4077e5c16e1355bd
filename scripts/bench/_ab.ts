/**
 * `npx tsx scripts/bench/_ab.ts REF [INPUT,...|all] [SECONDS]`: times analyze() of the git commit REF
 * against the working tree, both bundled by vite (as the analyze bench runs the core) and called in
 * alternating batches inside one plain `node` process. On a shared machine the load changes from
 * one run to the next; interleaving puts both versions under the same load, so their ratio holds
 * where two separate runs of `_profile.ts` would not.
 */
import { execFileSync, execSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';

const [ref, inputs = 'all', seconds = '5'] = process.argv.slice(2);
if (!ref) throw new Error('usage: tsx scripts/bench/_ab.ts REF [INPUT,...|all] [SECONDS]');
const root = new URL('../../', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'chartlint-ab-'));

const bundle = (from: string, entry: string, outDir: string, fileName: string) =>
  build({
    configFile: false,
    publicDir: false,
    logLevel: 'silent',
    root: from,
    build: { lib: { entry: join(from, entry), formats: ['es'], fileName: () => fileName }, outDir, emptyOutDir: true, minify: false },
  });

try {
  // The old core from git, with the tsconfig files its build reads and the tree's node_modules.
  const old = join(work, 'base-tree');
  execSync(`mkdir -p ${old} && git -C ${root} archive ${ref} src | tar -x -C ${old}`);
  for (const file of readdirSync(root).filter((f) => /^tsconfig.*\.json$/.test(f))) copyFileSync(join(root, file), join(old, file));
  symlinkSync(join(root, 'node_modules'), join(old, 'node_modules'));
  await bundle(old, 'src/core/index.ts', join(work, 'base'), 'core.mjs');
  await bundle(root, 'src/core/index.ts', join(work, 'new'), 'core.mjs');
  await bundle(root, 'scripts/bench/_ab-entry.ts', join(work, 'entry'), 'ab.mjs');
  const args = [join(work, 'entry/ab.mjs'), join(work, 'base/core.mjs'), join(work, 'new/core.mjs'), inputs, seconds];
  process.stdout.write(execFileSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }));
} finally {
  rmSync(work, { recursive: true, force: true });
}
