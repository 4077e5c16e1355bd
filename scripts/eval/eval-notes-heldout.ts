/**
 * The stop-28 held-out notes (test/corpus/notes-heldout/notes.jsonl, our own words, in styles the
 * other sets lack: therapy, procedure and operative notes, addenda, ED, IME, telehealth, dictation
 * errors, flattened tables, Spanish-English, chiropractic daily notes). Counts wrong findings
 * (a scored rule fired on a code that should not have it, or not fired where expected) and
 * misreadings (an expected mention missed or read with the wrong status, site, levels or region).
 * Run: npx tsx scripts/eval/eval-notes-heldout.ts [--list]
 */
import { readFileSync } from 'node:fs';
import { analyze, findMentions, type FieldText, type Mention, type RuleId } from '../../src/core';
import type { PayerId } from '../../src/core/chiro/chiro-types';
import { loadCatalog } from '../../src/kb';

type Find = { at: string; status?: string | string[]; site?: string; levels?: string[]; regions?: string[] };
export type HeldNote = {
  id: string;
  style: string;
  note: string;
  codes: string[];
  procedures?: string[];
  payer?: PayerId;
  expect: Record<string, RuleId[]>;
  visit?: RuleId[];
  find?: Find[];
  noMention?: string[];
};

const CODE_RULES: RuleId[] = ['site-mismatch', 'region-mismatch', 'mechanism-mismatch', 'qualifier-mismatch', 'unsupported-code', 'classified-elsewhere', 'invalid-code', 'non-billable-code'];
const VISIT_RULES: RuleId[] = ['manipulation-region-count', 'treated-region-uncoded', 'manipulation-modifier', 'subluxation-documentation', 'medicare-primary-diagnosis'];

export function readHeldNotes(file = new URL('../../test/corpus/notes-heldout/notes.jsonl', import.meta.url)): HeldNote[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as HeldNote);
}

const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));

function checkFind(mentions: Mention[], text: string, e: Find): string | null {
  const at = text.indexOf(e.at);
  if (at < 0) return `"${e.at}" not in the text`;
  const over = mentions.filter((m) => m.span.start < at + e.at.length && m.span.end > at);
  if (over.length === 0) return 'missed';
  const statuses = e.status === undefined ? [] : Array.isArray(e.status) ? e.status : [e.status];
  const score = (m: Mention) => (e.site && m.site === e.site ? 2 : 0) + (statuses.includes(m.status) ? 1 : 0);
  const m = [...over].sort((a, b) => score(b) - score(a))[0] as Mention;
  const wrong: string[] = [];
  if (statuses.length > 0 && !statuses.includes(m.status)) wrong.push(`status ${m.status} (${m.trigger?.text ?? 'no cue'})`);
  if (e.site && m.site !== e.site) wrong.push(`site ${m.site}`);
  if (e.levels && !sameSet(m.levels.map((l) => l.normalized), e.levels)) wrong.push(`levels ${m.levels.map((l) => l.normalized).join(',') || 'none'}`);
  if (e.regions && !sameSet(m.regions, e.regions)) wrong.push(`regions ${m.regions.join(',') || 'none'}`);
  return wrong.length > 0 ? wrong.join('; ') : null;
}

export async function evalHeldNotes(notes: HeldNote[] = readHeldNotes()) {
  const { lookup } = await loadCatalog();
  const wrongFindings: { id: string; code: string; expected: string[]; got: string[] }[] = [];
  const misreadings: { id: string; at: string; got: string }[] = [];
  let codes = 0;
  let checks = 0;
  for (const n of notes) {
    const fields: FieldText[] = [];
    if (n.codes.length > 0) fields.push({ id: 'dx', kind: 'diagnosis', text: n.codes.join(', ') });
    fields.push({ id: 'note', kind: 'note', text: n.note });
    if (n.procedures?.length) fields.push({ id: 'fee', kind: 'procedure', text: n.procedures.join('\n') });
    const result = analyze(n.payer ? { fields, payer: n.payer } : { fields }, { lookup });
    for (const code of n.codes) {
      codes++;
      const expected = n.expect[code] ?? [];
      const got = [...new Set(result.findings.filter((f) => f.code === code && CODE_RULES.includes(f.rule)).map((f) => f.rule))];
      if (!sameSet(got, expected)) wrongFindings.push({ id: n.id, code, expected, got });
    }
    if (n.visit) {
      codes++;
      const got = [...new Set(result.findings.filter((f) => VISIT_RULES.includes(f.rule)).map((f) => f.rule))];
      if (!sameSet(got, n.visit)) wrongFindings.push({ id: n.id, code: '(visit)', expected: n.visit, got });
    }
    const mentions = findMentions({ id: 'note', kind: 'note', text: n.note });
    for (const e of n.find ?? []) {
      checks++;
      const failed = checkFind(mentions, n.note, e);
      if (failed) misreadings.push({ id: n.id, at: e.at, got: failed });
    }
    for (const words of n.noMention ?? []) {
      checks++;
      const at = n.note.indexOf(words);
      if (mentions.some((m) => m.span.start < at + words.length && m.span.end > at)) misreadings.push({ id: n.id, at: words, got: 'read as a stenosis mention' });
    }
  }
  return { notes: notes.length, codes, checks, wrongFindings, misreadings };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await evalHeldNotes();
  process.stdout.write(`Held-out notes (${r.notes} notes, ${r.codes} code/visit judgements, ${r.checks} reading checks): wrong findings ${r.wrongFindings.length}, misreadings ${r.misreadings.length}\n`);
  if (process.argv.includes('--list')) {
    for (const w of r.wrongFindings) process.stdout.write(`  WF ${w.id} ${w.code}: expected [${w.expected.join(', ')}] got [${w.got.join(', ')}]\n`);
    for (const m of r.misreadings) process.stdout.write(`  MR ${m.id} "${m.at}": ${m.got}\n`);
  }
}
