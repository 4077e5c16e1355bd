import { readFileSync } from 'node:fs';
import * as core from '../../src/core';
import type { CodeLookup, Mention, ProcedureEvidence, RuleId } from '../../src/core';
import { emptyCounts, ratios } from './metrics';

/**
 * The development cases of issue 18's six error classes (test/corpus/dev-classes/cases.jsonl, our
 * own sentences): each expectation is one check, so a class's error count is its failed checks.
 * Kept apart from the single-sentence unit tests: these measure, they do not pin behaviour.
 */
export const CLASS_NAMES: Record<number, string> = {
  1: 'a correct code gets no mismatch warning',
  2: 'hedges in the right category',
  3: 'earlier studies and past narrative',
  4: 'scope in run-on dictation',
  5: 'stenosis named by its signs',
  6: 'mechanism and level phrasing',
};

type Expect = { at: string; status?: string; site?: string; levels?: string[]; regions?: string[]; mechanisms?: string[] };
/**
 * `find`: a stenosis mention expected to overlap `at`; `procedures`: procedure evidence expected
 * to overlap `at` (class 5, its own status such as implied-by-procedure); `noMention`: text no
 * stenosis mention may overlap (procedure names are not findings); `codes`: each code with the
 * mismatch rules expected; `suggests`: the suggested-code codes expected, exactly.
 */
export type DevCase = {
  id: string;
  class: number;
  text: string;
  find?: Expect[];
  procedures?: Expect[];
  noMention?: string[];
  /** Text no procedure evidence may overlap (a radiology finding worded like an operative act). */
  noProcedure?: string[];
  codes?: Record<string, RuleId[]>;
  suggests?: string[];
};

/** The core functions the evaluator calls; an older core (for the baseline) may lack procedures. */
export type Core = Pick<typeof core, 'analyze' | 'findMentions'> & { findProcedureEvidence?: typeof core.findProcedureEvidence };

const MISMATCH = ['site-mismatch', 'region-mismatch', 'mechanism-mismatch'] as const;

/** `cases.jsonl` (development: the rules were improved against it) or `heldout.jsonl` (measured only). */
export function readDevCases(set: 'cases' | 'heldout' = 'cases'): DevCase[] {
  const file = new URL(`../../test/corpus/dev-classes/${set}.jsonl`, import.meta.url);
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as DevCase);
}

const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));

function checkMention(mentions: Mention[], text: string, e: Expect): string | null {
  const at = text.indexOf(e.at);
  if (at < 0) return `"${e.at}" not in the text`;
  const over = mentions.filter((m) => m.span.start < at + e.at.length && m.span.end > at);
  if (over.length === 0) return 'missed';
  const score = (m: Mention) => (e.site && m.site === e.site ? 2 : 0) + (e.status && m.status === e.status ? 1 : 0);
  const m = [...over].sort((a, b) => score(b) - score(a))[0] as Mention;
  const wrong: string[] = [];
  if (e.status && m.status !== e.status) wrong.push(`status ${m.status} (${m.trigger?.text ?? 'no cue'})`);
  if (e.site && m.site !== e.site) wrong.push(`site ${m.site}`);
  if (e.levels && !sameSet(m.levels.map((l) => l.normalized), e.levels)) wrong.push(`levels ${m.levels.map((l) => l.normalized).join(',') || 'none'}`);
  if (e.regions && !sameSet(m.regions, e.regions)) wrong.push(`regions ${m.regions.join(',') || 'none'}`);
  if (e.mechanisms && !sameSet(m.mechanisms, e.mechanisms)) wrong.push(`mechanisms ${m.mechanisms.join(',') || 'none'}`);
  return wrong.length > 0 ? wrong.join('; ') : null;
}

function checkProcedure(found: ProcedureEvidence[], text: string, e: Expect): string | null {
  const at = text.indexOf(e.at);
  if (at < 0) return `"${e.at}" not in the text`;
  const p = found.find((x) => x.span.start < at + e.at.length && x.span.end > at);
  if (!p) return 'no procedure evidence';
  const wrong: string[] = [];
  if (e.status && p.status !== e.status) wrong.push(`status ${p.status} (${p.trigger?.text ?? 'no cue'})`);
  if (e.site && p.site !== e.site) wrong.push(`site ${p.site}`);
  if (e.levels && !sameSet(p.levels.map((l) => l.normalized), e.levels)) wrong.push(`levels ${p.levels.map((l) => l.normalized).join(',') || 'none'}`);
  if (e.regions && !sameSet(p.regions, e.regions)) wrong.push(`regions ${p.regions.join(',') || 'none'}`);
  return wrong.length > 0 ? wrong.join('; ') : null;
}

/** Error count per class, and mismatch precision/recall on the class-1 notes (every fired mismatch counts). */
export type ClassCounts = { class: number; checks: number; errors: number };
type ClassSets = Record<string, { classes: ClassCounts[]; mismatch: ReturnType<typeof ratios> }>;
/** `previous`: the core before the latest round, with its headline numbers (npm run eval at that commit). */
export type ClassBaseline = { commit: string; note: string; sets: ClassSets; previous?: { commit: string; note: string; sets: ClassSets; headline: Record<string, number> } };

/** The counts before the issue-18 changes (test/corpus/dev-classes/baseline.json). */
export function readClassBaseline(): ClassBaseline {
  return JSON.parse(readFileSync(new URL('../../test/corpus/dev-classes/baseline.json', import.meta.url), 'utf8')) as ClassBaseline;
}

export function evalClasses(lookup: CodeLookup, cases: DevCase[] = readDevCases(), { analyze, findMentions, findProcedureEvidence }: Core = core) {
  const perClass = new Map<number, { checks: number; errors: number }>();
  const errors: { id: string; class: number; check: string; got: string }[] = [];
  const mismatch = emptyCounts();
  const tally = (cls: number, failed: string | null, id: string, check: string) => {
    const c = perClass.get(cls) ?? { checks: 0, errors: 0 };
    c.checks++;
    if (failed) {
      c.errors++;
      errors.push({ id, class: cls, check, got: failed });
    }
    perClass.set(cls, c);
  };
  for (const c of cases) {
    const note = { id: 'note', kind: 'note' as const, text: c.text };
    const mentions = c.find || c.noMention ? findMentions(note) : [];
    for (const e of c.find ?? []) tally(c.class, checkMention(mentions, c.text, e), c.id, e.at);
    for (const words of c.noMention ?? []) {
      const at = c.text.indexOf(words);
      const over = mentions.filter((m) => m.span.start < at + words.length && m.span.end > at);
      tally(c.class, at < 0 ? `"${words}" not in the text` : over.length > 0 ? `counted as a stenosis mention: "${over[0]?.span.text}"` : null, c.id, `no mention at ${words}`);
    }
    if (c.procedures || c.noProcedure) {
      const found = findProcedureEvidence ? findProcedureEvidence(note) : [];
      for (const e of c.procedures ?? []) tally(c.class, checkProcedure(found, c.text, e), c.id, `procedure ${e.at}`);
      for (const words of c.noProcedure ?? []) {
        const at = c.text.indexOf(words);
        const over = found.some((p) => p.span.start < at + words.length && p.span.end > at);
        tally(c.class, at < 0 ? `"${words}" not in the text` : over ? 'read as a procedure' : null, c.id, `no procedure at ${words}`);
      }
    }
    if (c.suggests) {
      const { findings } = analyze({ fields: [note] }, { lookup });
      const got = findings.filter((f) => f.rule === 'suggested-code').map((f) => f.code);
      tally(c.class, sameSet(got, c.suggests) ? null : `suggested ${got.join(', ') || 'nothing'}`, c.id, `suggests ${c.suggests.join(', ') || 'nothing'}`);
    }
    for (const [code, expected] of Object.entries(c.codes ?? {})) {
      const { findings } = analyze({ fields: [{ id: 'dx', kind: 'diagnosis', text: code }, { id: 'note', kind: 'note', text: c.text }] }, { lookup });
      const fired = MISMATCH.filter((r) => findings.some((f) => f.rule === r && f.code === code));
      for (const r of MISMATCH) {
        const want = expected.includes(r);
        const got = fired.includes(r);
        if (want && got) mismatch.tp++;
        else if (got) mismatch.fp++;
        else if (want) mismatch.fn++;
        else mismatch.tn++;
      }
      const failed = sameSet(fired, expected) ? null : `fired ${fired.join(', ') || 'nothing'}, expected ${expected.join(', ') || 'nothing'}`;
      tally(c.class, failed, c.id, code);
    }
  }
  const classes = [...perClass.entries()].sort((a, b) => a[0] - b[0]).map(([cls, v]) => ({ class: cls, name: CLASS_NAMES[cls] ?? '', ...v }));
  return { cases: cases.length, classes, mismatch: ratios(mismatch), errors };
}
