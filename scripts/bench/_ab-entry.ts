/**
 * The bundled half of `scripts/bench/_ab.ts`: loads two bundles of the core (`BASE` and `NEW`, each
 * exporting analyze) in one `node` process and calls them in alternating batches, so both see the
 * same load on a shared machine. Prints the minimum and median CPU ms per call of each.
 */
import { INPUTS } from './_profile-inputs';

type Core = { analyze: (input: { fields: { id: string; kind: 'diagnosis' | 'note'; text: string }[] }) => unknown };

const [basePath, newPath, list = 'all', secondsArg = '5'] = process.argv.slice(2);
if (!basePath || !newPath) throw new Error('usage: node ab.mjs BASE.mjs NEW.mjs [INPUT,...|all] [SECONDS]');
const base = (await import(basePath)) as Core;
const next = (await import(newPath)) as Core;
const names = list === 'all' ? Object.keys(INPUTS) : list.split(',');
const seconds = Number(secondsArg);
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** CPU ms per call over a batch of at least 2 ms (process.cpuUsage is too coarse for one short call). */
function batch(core: Core, input: Parameters<Core['analyze']>[0]): number {
  let calls = 0;
  const start = cpuMs();
  do {
    core.analyze(input);
    calls++;
  } while (cpuMs() - start < 2);
  return (cpuMs() - start) / calls;
}

const stats = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return { min: sorted[0] ?? NaN, median: sorted[sorted.length >> 1] ?? NaN };
};

for (const name of names) {
  const make = INPUTS[name];
  if (!make) throw new Error(`unknown input ${name}; known: ${Object.keys(INPUTS).join(', ')}`);
  const input = { fields: [{ id: 'dx', kind: 'diagnosis' as const, text: 'M99.61' }, { id: 'note', kind: 'note' as const, text: make() }] };
  for (const core of [base, next]) {
    const until = performance.now() + 300;
    while (performance.now() < until) core.analyze(input);
  }
  const a: number[] = [];
  const b: number[] = [];
  const until = performance.now() + seconds * 1000;
  while (performance.now() < until || a.length < 5) {
    a.push(batch(base, input));
    b.push(batch(next, input));
  }
  const sa = stats(a);
  const sb = stats(b);
  const f = (x: number) => x.toFixed(3).padStart(9);
  process.stdout.write(
    `${name.padEnd(16)} base min ${f(sa.min)} median ${f(sa.median)} | new min ${f(sb.min)} median ${f(sb.median)} | median ratio ${(sb.median / sa.median).toFixed(2)} (${a.length} batches each)\n`,
  );
}
