/**
 * `npx tsx scripts/bench/_ab.ts REF [INPUT,...|all] [SECONDS]`: times analyze() of the git commit REF
 * against the working tree, both bundled by vite (as the analyze bench runs the core) and called in
 * alternating batches inside one plain `node` process. On a shared machine the load changes from
 * one run to the next; interleaving puts both versions under the same load, so their ratio holds
 * where two separate runs of `_profile.ts` would not.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleCores, bundleLibrary } from './_bundle-cores';

const [ref, inputs = 'all', seconds = '5'] = process.argv.slice(2);
if (!ref) throw new Error('usage: tsx scripts/bench/_ab.ts REF [INPUT,...|all] [SECONDS]');
const root = new URL('../../', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'chartlint-ab-'));

try {
  const cores = await bundleCores(ref, work);
  await bundleLibrary(root, 'scripts/bench/_ab-entry.ts', join(work, 'entry'), 'ab.mjs');
  const args = [join(work, 'entry/ab.mjs'), cores.base, cores.next, inputs, seconds];
  process.stdout.write(execFileSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }));
} finally {
  rmSync(work, { recursive: true, force: true });
}
