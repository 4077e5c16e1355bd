/**
 * `npx tsx scripts/bench/_ab-real.ts REF [SECONDS]`: times analyze() of the git commit REF against
 * the working tree over the MTSamples spine notes, as `_ab.ts` does over the synthetic inputs. The
 * batch CLI gate (`chartlint analyze --jsonl` over real notes) is paid on real dictation, whose
 * density and wording the synthetic inputs do not share, so a change is judged on these notes too.
 * Both cores are bundled by vite as `_ab.ts` bundles them; the entry is a Node build because it
 * reads the corpus from disk.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleCores } from './_bundle-cores';
import { bundleForNode } from './_bundle-for-node';

const [ref, seconds = '5'] = process.argv.slice(2);
if (!ref) throw new Error('usage: tsx scripts/bench/_ab-real.ts REF [SECONDS]');
const root = new URL('../../', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'chartlint-ab-real-'));

try {
  const cores = await bundleCores(ref, work);
  const entry = await bundleForNode(new URL('./_ab-real-entry.ts', import.meta.url), join(work, 'entry'), 'ab-real.mjs');
  const args = [entry, cores.base, cores.next, root, seconds];
  process.stdout.write(execFileSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }));
} finally {
  rmSync(work, { recursive: true, force: true });
}
