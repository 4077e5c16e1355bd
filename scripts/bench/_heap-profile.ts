/**
 * `npx tsx scripts/bench/_heap-profile.ts INPUT [CALLS]`: what analyze() allocates per call of one
 * bench input, and where. Bundles the core (as _profile.ts does) and runs, under plain node, V8's
 * sampling heap profiler over CALLS calls (after a warm-up) with the objects the garbage collector
 * already freed counted too: short-lived garbage is what it is for. Prints the sampled MB per call
 * and the functions that allocated most (a builtin such as RegExp exec is named with its caller);
 * the profile itself lands in $CHARTLINT_PROFILE_OUT/heap/ (default /tmp/chartlint-profile) for
 * Chrome DevTools. Run node with --no-turbo-inlining (NODE_OPTIONS) to see inlined callees apart.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { build } from 'vite';

const [name = 'run-on', calls = '10'] = process.argv.slice(2);
const out = `${process.env.CHARTLINT_PROFILE_OUT ?? '/tmp/chartlint-profile'}/heap`;
await build({
  configFile: false,
  publicDir: false,
  logLevel: 'silent',
  build: {
    lib: { entry: new URL('./_heap-entry.ts', import.meta.url).pathname, formats: ['es'], fileName: () => 'core.mjs' },
    outDir: out,
    emptyOutDir: true,
    minify: false,
  },
});

// The driver stays out of the bundle: it needs node's inspector, which a library build would not resolve.
const driver = `
import { Session } from 'node:inspector/promises';
import { writeFileSync } from 'node:fs';
const [name, calls, file] = process.argv.slice(2);
const { analyze, INPUTS } = await import('./core.mjs');
if (!INPUTS[name]) throw new Error('unknown input ' + name + '; known: ' + Object.keys(INPUTS).join(', '));
const input = { fields: [{ id: 'dx', kind: 'diagnosis', text: 'M99.61' }, { id: 'note', kind: 'note', text: INPUTS[name]() }] };
for (let i = 0; i < 20; i++) analyze(input);
const session = new Session();
session.connect();
await session.post('HeapProfiler.enable');
await session.post('HeapProfiler.startSampling', { samplingInterval: 1024, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
for (let i = 0; i < Number(calls); i++) analyze(input);
const { profile } = await session.post('HeapProfiler.stopSampling');
writeFileSync(file, JSON.stringify(profile));
const bytes = new Map();
let total = 0;
const label = (f) => (f.functionName || '(anonymous)') + ' ' + f.url.split('/').pop() + ':' + (f.lineNumber + 1);
const walk = (node, caller) => {
  const f = node.callFrame;
  const builtin = f.url === '';
  const key = builtin && caller ? (f.functionName || '(native)') + ' <- ' + caller : label(f);
  total += node.selfSize;
  bytes.set(key, (bytes.get(key) ?? 0) + node.selfSize);
  for (const child of node.children) walk(child, builtin ? caller : label(f));
};
walk(profile.head, undefined);
const mb = (b) => (b / Number(calls) / 1e6).toFixed(3).padStart(8);
console.log(name + ': ' + mb(total).trim() + ' MB sampled per call (' + calls + ' calls); profile in ' + file);
for (const [key, b] of [...bytes].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(mb(b) + ' MB ' + ((100 * b) / total).toFixed(1).padStart(5) + '%  ' + key);
`;
mkdirSync(out, { recursive: true });
writeFileSync(`${out}/driver.mjs`, driver);
process.stdout.write(execFileSync(process.execPath, [`${out}/driver.mjs`, name, calls, `${out}/${name}.heapprofile`], { encoding: 'utf8' }));
