/**
 * `npx tsx scripts/bench/_profile.ts INPUT [--cpu-prof]`: runs analyze() over one bench input in a
 * loop inside a plain `node` child (the core bundled by vite, as scripts/bench/analyze.ts times it),
 * so `node --cpu-prof` shows where the core spends its time without a TypeScript loader in the way.
 * This file is the bundled half; it prints the CPU ms per call after a warm-up.
 */
import { analyze } from '../../src/core';
import { cpuPerCall } from './_cpu-per-call';
import { INPUTS } from './_profile-inputs';

// `profile.mjs all [SECONDS]` times every input; `profile.mjs NAME [SECONDS]` one (for --cpu-prof).
const names = process.argv[2] === 'all' || process.argv[2] === undefined ? Object.keys(INPUTS) : [process.argv[2]];
const seconds = Number(process.argv[3] ?? 2);
for (const name of names) {
  const text = (INPUTS[name] ?? INPUTS['dense-1mb']!)();
  const input = { fields: [{ id: 'dx', kind: 'diagnosis' as const, text: 'M99.61' }, { id: 'note', kind: 'note' as const, text }] };
  const { calls, ms } = cpuPerCall(() => analyze(input), seconds);
  process.stdout.write(`${name.padEnd(16)} ${ms.toFixed(4).padStart(10)} ms CPU per call (${calls} calls)\n`);
}
