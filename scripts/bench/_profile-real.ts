/**
 * `npx tsx scripts/bench/_profile-real.ts [SECONDS] [--cpu-prof] [--out DIR]`: bundles
 * _profile-real-entry.ts with the core (as the analyze bench does) and times analyze() over the
 * MTSamples spine notes under plain node; with --cpu-prof the profile lands in DIR/profiles
 * (default /tmp/chartlint-profile-real) for scripts/bench/_profile-summary.ts.
 */
import { execFileSync } from 'node:child_process';
import { build } from 'vite';

const args = process.argv.slice(2);
const prof = args.includes('--cpu-prof');
const at = args.indexOf('--out');
const out = at >= 0 ? args[at + 1]! : '/tmp/chartlint-profile-real';
const rest = args.filter((a, i) => a !== '--cpu-prof' && i !== at && i !== at + 1);
await build({
  configFile: false,
  publicDir: false,
  logLevel: 'silent',
  // Bundle csv-parse too: the output runs from a temporary directory with no node_modules.
  ssr: { noExternal: true },
  build: {
    // A Node build (ssr), so the entry can read the corpus with node:fs.
    ssr: new URL('./_profile-real-entry.ts', import.meta.url).pathname,
    rolldownOptions: { output: { entryFileNames: 'profile-real.mjs' } },
    outDir: out,
    emptyOutDir: true,
    minify: false,
  },
});
const nodeArgs = prof ? ['--cpu-prof', `--cpu-prof-dir=${out}/profiles`] : [];
process.stdout.write(execFileSync(process.execPath, [...nodeArgs, `${out}/profile-real.mjs`, new URL('../../', import.meta.url).pathname, ...rest], { encoding: 'utf8' }));
