/**
 * The bundled half of `_dump-outputs.ts`: runs analyze() over every corpus note with its own codes
 * and with a fixed set of codes from every family, over synthetic notes of several sizes and seeds,
 * and over shortened hostile inputs, and prints one line per case: `case-id<TAB>result JSON`.
 * Speed work must leave this output byte-identical (diff it against the output of `main`).
 */
import { readFileSync } from 'node:fs';
import { analyze } from '../../src/core';
import type { FieldText } from '../../src/core';
import { mtsamplesTranscriptions } from './_mtsamples-notes';
import { DENSITY, syntheticNote } from './_synthetic-note';

// The repo root comes from the driver: this file runs bundled from a temporary directory.
const root = process.argv[2]!.replace(/\/?$/, '/');
const jsonl = (path: string): Record<string, unknown>[] =>
  readFileSync(root + path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);

// One diagnosis code from each family and shape the rules read, plus manipulation lines.
const CODE_SETS: { dx: string; px?: string }[] = [
  { dx: 'M99.61' },
  { dx: 'M99.33, M99.63, M99.31' },
  { dx: 'M48.061, M48.02, M48.062' },
  { dx: 'M50.122, M51.16, M54.16, M47.812, M43.16' },
  { dx: 'M99.03, M99.01, M99.05', px: '98941-AT, 98940' },
  { dx: 'M99.9, M99.0, X99.999, m9960' },
];

function cases(): { id: string; fields: FieldText[]; payer?: 'medicare' }[] {
  const out: { id: string; fields: FieldText[]; payer?: 'medicare' }[] = [];
  const notes: { id: string; text: string; codes: string[]; procedures: string[] }[] = [];
  for (const file of ['test/corpus/chiro/vignettes.jsonl', 'test/corpus/chiro/heldout.jsonl'])
    for (const r of jsonl(file)) notes.push({ id: `${file}:${String(r.id)}`, text: String(r.note), codes: r.codes as string[], procedures: (r.procedures as string[] | undefined) ?? [] });
  for (const file of ['test/corpus/dev-classes/cases.jsonl', 'test/corpus/dev-classes/heldout.jsonl'])
    for (const r of jsonl(file)) notes.push({ id: `${file}:${String(r.id)}`, text: String(r.text), codes: Object.keys((r.codes as object | undefined) ?? {}), procedures: [] });
  for (const r of jsonl('test/corpus/spine-families/vignettes.jsonl'))
    notes.push({ id: `families:${String(r.id)}`, text: String(r.note), codes: r.codes as string[], procedures: [] });
  mtsamplesTranscriptions(root).forEach((text, i) => notes.push({ id: `mtsamples:${i}`, text, codes: [], procedures: [] }));

  for (const n of notes) {
    const base: FieldText[] = [{ id: 'note', kind: 'note', text: n.text }];
    const own = n.codes.length > 0 ? [{ dx: n.codes.join(', '), px: n.procedures.join(', ') }] : [];
    for (const [k, set] of [...own, ...CODE_SETS].entries()) {
      const fields: FieldText[] = [{ id: 'dx', kind: 'diagnosis', text: set.dx }, ...base];
      if (set.px) fields.push({ id: 'px', kind: 'procedure', text: set.px });
      out.push({ id: `${n.id}#${k}`, fields });
      if (k === 0) out.push({ id: `${n.id}#${k}:medicare`, fields, payer: 'medicare' });
    }
  }
  for (const size of [300, 1_000, 3_000, 10_000, 100_000])
    for (const [density, d] of Object.entries(DENSITY))
      for (const seed of [1, 7, 13])
        for (const [k, set] of CODE_SETS.entries())
          out.push({ id: `synthetic:${density}:${size}:${seed}#${k}`, fields: [{ id: 'dx', kind: 'diagnosis', text: set.dx }, { id: 'note', kind: 'note', text: syntheticNote(size, d, seed) }] });
  const hostile: Record<string, string> = {
    'stenosis-comma': 'stenosis,'.repeat(12_000),
    'stenosis-space': 'stenosis '.repeat(12_000),
    'non-compressive': 'non-compressive '.repeat(6_000),
    'run-on': 'no significant canal or foraminal stenosis at C5-6 due to disc osteophyte complex and '.repeat(1_200),
    'c5-dash': 'C5-'.repeat(30_000),
    'letters': 'a'.repeat(100_000),
    'unicode': Array.from({ length: 20_000 }, (_, i) => String.fromCodePoint(0x20 + ((i * 7919) % 0x2fff))).join(''),
  };
  for (const [name, text] of Object.entries(hostile))
    for (const [k, set] of CODE_SETS.entries())
      out.push({ id: `hostile:${name}#${k}`, fields: [{ id: 'dx', kind: 'diagnosis', text: set.dx }, { id: 'note', kind: 'note', text }] });
  return out;
}

for (const c of cases()) {
  let line: string;
  try {
    line = JSON.stringify(analyze({ fields: c.fields, ...(c.payer ? { payer: c.payer } : {}) }));
  } catch (e) {
    line = `THREW ${String(e)}`;
  }
  process.stdout.write(`${c.id}\t${line}\n`);
}
