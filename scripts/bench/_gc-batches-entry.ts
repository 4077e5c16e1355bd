/**
 * The bundled half of `scripts/bench/_gc-batches.ts`: loads one bundle of the core (CORE.mjs,
 * exporting analyze) and runs the analyze bench's batch pattern over one input, as _measure.ts's
 * timeBatch does it: a forced full collection, an untimed batch, a timed batch, again and again.
 * It writes a marker line before each phase, so the V8 traces the driver turns on (printed on the
 * same stdout, line-buffered) fall between them and can be counted per batch.
 */
import { INPUTS } from './_profile-inputs';

type Core = {
  analyze: (input: { fields: { id: string; kind: 'diagnosis' | 'note'; text: string }[] }) => unknown;
};

const [corePath, name = 'dense-10kb', callsArg = '50', batchesArg = '20', warmArg = '400', gcArg = 'gc'] =
  process.argv.slice(2);
if (!corePath)
  throw new Error(
    'usage: node --expose-gc gc-batches.mjs CORE.mjs [INPUT] [CALLS] [BATCHES] [WARM_CALLS] [gc|no-gc]',
  );
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('needs node --expose-gc');
const core = (await import(corePath)) as Core;
const make = INPUTS[name];
if (!make) throw new Error(`unknown input ${name}; known: ${Object.keys(INPUTS).join(', ')}`);
const input = {
  fields: [
    { id: 'dx', kind: 'diagnosis' as const, text: 'M99.61' },
    { id: 'note', kind: 'note' as const, text: make() },
  ],
};
const calls = Number(callsArg);
const batches = Number(batchesArg);

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const { readFileSync } = process.getBuiltinModule('node:fs');
const threadMs = () => Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1e6;
const say = (line: string) => process.stdout.write(`${line}\n`);

// Warm-up without collections in between (the bench's warm-up runs no forced collection either).
for (let i = 0; i < Number(warmArg); i++) core.analyze(input);

for (let b = 0; b < batches; b++) {
  say(`@@gc ${b}`);
  if (gcArg === 'gc') gc();
  say(`@@untimed ${b}`);
  for (let i = 0; i < calls; i++) core.analyze(input);
  say(`@@timed ${b}`);
  const t = threadMs();
  const c = cpuMs();
  const w = performance.now();
  for (let i = 0; i < calls; i++) core.analyze(input);
  const wall = performance.now() - w;
  const cpu = cpuMs() - c;
  const thread = threadMs() - t;
  say(`@@end ${b} ${(cpu / calls).toFixed(4)} ${(thread / calls).toFixed(4)} ${(wall / calls).toFixed(4)}`);
}
say('@@done');
