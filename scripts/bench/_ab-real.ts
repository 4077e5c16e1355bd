/**
 * `npx tsx scripts/bench/_ab-real.ts REF [SECONDS]`: times analyze() of the git commit REF against
 * the working tree over the MTSamples spine notes, as `_ab.ts` does over the synthetic inputs. The
 * batch CLI gate (`chartlint analyze --jsonl` over real notes) is paid on real dictation, whose
 * density and wording the synthetic inputs do not share, so a change is judged on these notes too.
 * Both cores are bundled by vite as `_ab.ts` bundles them; the entry is a Node build because it
 * reads the corpus from disk.
 */
import { execFileSync, execSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { bundleForNode } from './_bundle-for-node';

const [ref, seconds = '5'] = process.argv.slice(2);
if (!ref) throw new Error('usage: tsx scripts/bench/_ab-real.ts REF [SECONDS]');
const root = new URL('../../', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'chartlint-ab-real-'));

const bundleCore = (from: string, outDir: string) =>
  build({
    configFile: false,
    publicDir: false,
    logLevel: 'silent',
    root: from,
    build: { lib: { entry: join(from, 'src/core/index.ts'), formats: ['es'], fileName: () => 'core.mjs' }, outDir, emptyOutDir: true, minify: false },
  });

try {
  // The old core from git, with the tsconfig files its build reads and the tree's node_modules.
  const old = join(work, 'base-tree');
  execSync(`mkdir -p ${old} && git -C ${root} archive ${ref} src | tar -x -C ${old}`);
  for (const file of readdirSync(root).filter((f) => /^tsconfig.*\.json$/.test(f))) copyFileSync(join(root, file), join(old, file));
  symlinkSync(join(root, 'node_modules'), join(old, 'node_modules'));
  await bundleCore(old, join(work, 'base'));
  await bundleCore(root, join(work, 'new'));
  const entry = await bundleForNode(new URL('./_ab-real-entry.ts', import.meta.url), join(work, 'entry'), 'ab-real.mjs');
  const args = [entry, join(work, 'base/core.mjs'), join(work, 'new/core.mjs'), root, seconds];
  process.stdout.write(execFileSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }));
} finally {
  rmSync(work, { recursive: true, force: true });
}
