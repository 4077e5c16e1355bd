/**
 * `npx tsx scripts/bench/_profile.ts [INPUT|all] [SECONDS] [--cpu-prof]`: bundles _profile-entry.ts with
 * the core (as the analyze bench does) and runs it under plain node; with --cpu-prof the profile
 * lands in /tmp/chartlint-profile/profiles/ (or $CHARTLINT_PROFILE_OUT/profiles/, so two people profiling do not share a
 * directory) for Chrome DevTools or a quick summary by scripts/bench/_profile-summary.ts.
 */
import { execFileSync } from 'node:child_process';
import { build } from 'vite';

const args = process.argv.slice(2);
const prof = args.includes('--cpu-prof');
const rest = args.filter((a) => a !== '--cpu-prof');
const out = process.env.CHARTLINT_PROFILE_OUT ?? '/tmp/chartlint-profile';
await build({
  configFile: false,
  publicDir: false,
  logLevel: 'silent',
  build: {
    lib: { entry: new URL('./_profile-entry.ts', import.meta.url).pathname, formats: ['es'], fileName: () => 'profile.mjs' },
    outDir: out,
    emptyOutDir: true,
    minify: false,
  },
});
const nodeArgs = prof ? ['--cpu-prof', `--cpu-prof-dir=${out}/profiles`] : [];
process.stdout.write(execFileSync(process.execPath, [...nodeArgs, `${out}/profile.mjs`, ...rest], { encoding: 'utf8' }));
