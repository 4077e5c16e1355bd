/**
 * `npx tsx scripts/bench/_profile-real.ts [SECONDS] [--cpu-prof] [--out DIR]`: bundles
 * _profile-real-entry.ts with the core (as the analyze bench does) and times analyze() over the
 * MTSamples spine notes under plain node; with --cpu-prof the profile lands in DIR/profiles
 * (default /tmp/chartlint-profile-real) for scripts/bench/_profile-summary.ts.
 */
import { execFileSync } from 'node:child_process';
import { bundleForNode } from './_bundle-for-node';

const args = process.argv.slice(2);
const prof = args.includes('--cpu-prof');
const at = args.indexOf('--out');
const out = at >= 0 ? args[at + 1]! : '/tmp/chartlint-profile-real';
const rest = args.filter((a, i) => a !== '--cpu-prof' && i !== at && i !== at + 1);
const bundle = await bundleForNode(new URL('./_profile-real-entry.ts', import.meta.url), out, 'profile-real.mjs');
const nodeArgs = prof ? ['--cpu-prof', `--cpu-prof-dir=${out}/profiles`] : [];
process.stdout.write(execFileSync(process.execPath, [...nodeArgs, bundle, new URL('../../', import.meta.url).pathname, ...rest], { encoding: 'utf8' }));
