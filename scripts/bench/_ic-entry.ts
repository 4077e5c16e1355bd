/**
 * The bundled half of `scripts/bench/_ic.ts`: loads one bundle of the core, warms analyze() up on
 * one bench input for WARM calls, then makes CALLS more. Run under valgrind twice (CALLS = 0 and
 * CALLS = N), the difference of the two instruction counts over N is what one warm call costs,
 * whatever the load on the machine.
 */
import { INPUTS } from './_profile-inputs';

type Core = { analyze: (input: { fields: { id: string; kind: 'diagnosis' | 'note'; text: string }[] }) => unknown };

const [corePath, name = 'dense-10kb', warmArg = '50', callsArg = '0'] = process.argv.slice(2);
if (!corePath) throw new Error('usage: node ic.mjs CORE.mjs INPUT WARM CALLS');
const core = (await import(corePath)) as Core;
const make = INPUTS[name];
if (!make) throw new Error(`unknown input ${name}`);
const input = { fields: [{ id: 'dx', kind: 'diagnosis' as const, text: 'M99.61' }, { id: 'note', kind: 'note' as const, text: make() }] };
for (let i = 0; i < Number(warmArg); i++) core.analyze(input);
for (let i = 0; i < Number(callsArg); i++) core.analyze(input);
