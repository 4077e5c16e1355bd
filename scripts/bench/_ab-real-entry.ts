/**
 * The bundled half of `scripts/bench/_ab-real.ts`: loads two bundles of the core (`BASE` and `NEW`)
 * in one `node` process and runs each over every non-empty MTSamples spine note in alternating
 * passes, so both see the same load on a shared machine. Each note carries the codes our annotators
 * judged likely, as the batch CLI bench feeds them (scripts/bench/cli.ts), so the code rules run as
 * they do there. Prints the minimum and median CPU ms per note of each.
 */
import { readFileSync } from 'node:fs';
import { mtsamplesTranscriptions } from './_mtsamples-notes';
import { parse } from 'csv-parse/sync';

type Input = { fields: { id: string; kind: 'diagnosis' | 'note'; text: string }[] };
type Core = { analyze: (input: Input) => unknown };

const [basePath, newPath, rootArg, secondsArg = '5'] = process.argv.slice(2);
if (!basePath || !newPath || !rootArg) throw new Error('usage: node ab-real.mjs BASE.mjs NEW.mjs ROOT [SECONDS]');
const root = rootArg.replace(/\/?$/, '/');
const base = (await import(basePath)) as Core;
const next = (await import(newPath)) as Core;

/** Annotated likely codes per CSV row id (the unnamed first column), as scripts/bench/cli.ts reads them. */
function codesByRow(): Map<string, string[]> {
  const byId = new Map<string, string[]>();
  for (const line of readFileSync(`${root}test/corpus/mtsamples-spine/annotations.jsonl`, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const a = JSON.parse(line) as { noteId: number; likelyIcd10cm?: { code: string }[]; m99Candidates?: { code?: string }[] };
    const codes: string[] = [];
    for (const c of a.likelyIcd10cm ?? []) codes.push(c.code);
    for (const c of a.m99Candidates ?? []) if (c.code) codes.push(c.code);
    byId.set(String(a.noteId), codes);
  }
  return byId;
}

const texts = mtsamplesTranscriptions(root);
const ids = parse<Record<string, string>>(readFileSync(`${root}test/corpus/mtsamples-spine/mtsamples-spine.csv`, 'utf8'), { columns: true }).map((r) => r[''] ?? '');
const codes = codesByRow();
const inputs: Input[] = [];
for (let i = 0; i < texts.length; i++) {
  const text = texts[i]!;
  if (text.trim() === '') continue;
  inputs.push({ fields: [{ id: 'dx', kind: 'diagnosis', text: (codes.get(ids[i]!) ?? []).join(', ') }, { id: 'note', kind: 'note', text }] });
}

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
/** One pass over every note: tens of ms, long enough for process.cpuUsage's resolution. */
const pass = (core: Core) => {
  const start = cpuMs();
  for (const input of inputs) core.analyze(input);
  return (cpuMs() - start) / inputs.length;
};

for (let i = 0; i < 3; i++) {
  pass(base);
  pass(next);
}
const a: number[] = [];
const b: number[] = [];
const until = performance.now() + Number(secondsArg) * 1000;
while (performance.now() < until || a.length < 5) {
  a.push(pass(base));
  b.push(pass(next));
}
const stats = (xs: number[]) => {
  const sorted = [...xs].sort((x, y) => x - y);
  return { min: sorted[0]!, median: sorted[sorted.length >> 1]! };
};
const sa = stats(a);
const sb = stats(b);
const f = (x: number) => x.toFixed(4).padStart(9);
const kb = inputs.reduce((s, input) => s + input.fields[1]!.text.length, 0) / inputs.length / 1000;
process.stdout.write(
  `mtsamples-spine  base min ${f(sa.min)} median ${f(sa.median)} | new min ${f(sb.min)} median ${f(sb.median)} ms/note | median ratio ${(sb.median / sa.median).toFixed(3)} (${inputs.length} notes, ${kb.toFixed(1)} KB average, ${a.length} passes each)\n`,
);
