/**
 * The bundled half of `_profile-real.ts`: runs analyze() over every MTSamples spine note (one
 * diagnosis code each, M99.61 and M48.061 in turn) in a loop and prints the CPU ms per note, so
 * speed work is measured on real dictation as well as on the synthetic notes of _profile-entry.ts.
 */
import { analyze } from '../../src/core';
import type { FieldText } from '../../src/core';
import { cpuPerCall } from './_cpu-per-call';
import { mtsamplesTranscriptions } from './_mtsamples-notes';

// The repo root comes from the driver: this file runs bundled from a temporary directory.
const root = process.argv[2]!.replace(/\/?$/, '/');
const seconds = Number(process.argv[3] ?? 2);

const notes = mtsamplesTranscriptions(root).filter((t) => t.trim() !== '');
const inputs = notes.map((text, i): { fields: FieldText[] } => ({
  fields: [
    { id: 'dx', kind: 'diagnosis', text: i % 2 === 0 ? 'M99.61' : 'M48.061' },
    { id: 'note', kind: 'note', text },
  ],
}));
const { calls: passes, ms } = cpuPerCall(() => {
  for (const input of inputs) analyze(input);
}, seconds);
const kb = notes.reduce((s, n) => s + n.length, 0) / notes.length / 1000;
process.stdout.write(`mtsamples-spine  ${(ms / inputs.length).toFixed(4).padStart(10)} ms CPU per note (${inputs.length} notes, ${kb.toFixed(1)} KB average, ${passes} passes)\n`);
