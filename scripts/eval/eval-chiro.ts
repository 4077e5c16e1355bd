/**
 * The chiropractic development set (test/corpus/chiro/vignettes.jsonl): every vignette is run
 * through analyze() as a page would give it (a diagnosis list, the note, a fee ticket, the payer
 * setting) and the set of chiropractic rules that fire is compared with the gold set.
 */
import { readFileSync } from 'node:fs';
import { analyze, type FieldText, type RuleId } from '../../src/core';
import type { PayerId } from '../../src/core/chiro/chiro-types';

export type Vignette = {
  id: string;
  note: string;
  codes: string[];
  procedures: string[];
  payer: PayerId | null;
  expected: RuleId[];
  traps: string[];
};

/** The rules this set scores: the chiropractic ones, and region/unsupported findings on M99.0-/M99.1- codes. */
export const CHIRO_SCORED: readonly RuleId[] = [
  'manipulation-region-count',
  'treated-region-uncoded',
  'region-mismatch',
  'unsupported-code',
  'medicare-primary-diagnosis',
  'manipulation-modifier',
  'subluxation-documentation',
  'unknown-procedure',
];

export type RuleScore = {
  rule: RuleId;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
};
export type ChiroEval = {
  vignettes: number;
  exactSet: number;
  exactSetAccuracy: number;
  warningPrecision: number;
  warningRecall: number;
  rules: RuleScore[];
  traps: { trap: string; vignettes: number; exact: number }[];
  misses: { id: string; expected: RuleId[]; got: RuleId[] }[];
};

export function readVignettes(
  url = new URL('../../test/corpus/chiro/vignettes.jsonl', import.meta.url),
): Vignette[] {
  return readFileSync(url, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Vignette);
}

/** The page a vignette stands for: a diagnosis list, the note, a fee ticket when it has lines. */
export function vignetteFields(v: Vignette): FieldText[] {
  const fields: FieldText[] = [];
  if (v.codes.length > 0) fields.push({ id: 'dx', kind: 'diagnosis', text: v.codes.join(', ') });
  fields.push({ id: 'note', kind: 'note', text: v.note });
  if (v.procedures.length > 0) fields.push({ id: 'fee', kind: 'procedure', text: v.procedures.join('\n') });
  return fields;
}

/** The scored rules that fire on a vignette (region/unsupported findings only on M99.0-/M99.1- codes). */
export function firedRules(v: Vignette): RuleId[] {
  const result = analyze(
    v.payer ? { fields: vignetteFields(v), payer: v.payer } : { fields: vignetteFields(v) },
  );
  const fired = new Set<RuleId>();
  for (const f of result.findings) {
    if (!CHIRO_SCORED.includes(f.rule)) continue;
    if ((f.rule === 'region-mismatch' || f.rule === 'unsupported-code') && !/^M99\.[01]\d$/.test(f.code))
      continue;
    fired.add(f.rule);
  }
  return [...fired].sort();
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

export function evalChiro(vignettes = readVignettes()): ChiroEval {
  const counts = new Map(CHIRO_SCORED.map((r) => [r, { tp: 0, fp: 0, fn: 0 }]));
  const traps = new Map<string, { vignettes: number; exact: number }>();
  const misses: ChiroEval['misses'] = [];
  let exact = 0;
  for (const v of vignettes) {
    const got = firedRules(v);
    const want = new Set(v.expected);
    for (const rule of CHIRO_SCORED) {
      const c = counts.get(rule);
      if (!c) continue;
      const g = got.includes(rule);
      const w = want.has(rule);
      if (g && w) c.tp++;
      else if (g) c.fp++;
      else if (w) c.fn++;
    }
    const same = got.length === want.size && got.every((r) => want.has(r));
    if (same) exact++;
    else misses.push({ id: v.id, expected: [...want].sort(), got });
    for (const trap of v.traps) {
      const t = traps.get(trap) ?? { vignettes: 0, exact: 0 };
      t.vignettes++;
      if (same) t.exact++;
      traps.set(trap, t);
    }
  }
  const rules = CHIRO_SCORED.map((rule) => {
    const c = counts.get(rule) ?? { tp: 0, fp: 0, fn: 0 };
    return { rule, ...c, precision: ratio(c.tp, c.tp + c.fp), recall: ratio(c.tp, c.tp + c.fn) };
  });
  // Warning-level rules (all but the info-only unknown-procedure), pooled.
  const warnings = rules.filter((r) => r.rule !== 'unknown-procedure');
  const sum = (k: 'tp' | 'fp' | 'fn') => warnings.reduce((s, r) => s + r[k], 0);
  return {
    vignettes: vignettes.length,
    exactSet: exact,
    exactSetAccuracy: ratio(exact, vignettes.length),
    warningPrecision: ratio(sum('tp'), sum('tp') + sum('fp')),
    warningRecall: ratio(sum('tp'), sum('tp') + sum('fn')),
    rules,
    traps: [...traps.entries()]
      .map(([trap, t]) => ({ trap, ...t }))
      .sort((a, b) => a.trap.localeCompare(b.trap)),
    misses,
  };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

export function renderChiroMarkdown(e: ChiroEval): string {
  return [
    '# Chiropractic development set (test/corpus/chiro)',
    '',
    `${e.vignettes} vignettes written by the team (conventions in test/corpus/chiro/README.md). Exact rule set right on ${e.exactSet} (${pct(e.exactSetAccuracy)}); warning rules pooled: precision ${pct(e.warningPrecision)}, recall ${pct(e.warningRecall)}.`,
    '',
    '| rule | TP | FP | FN | precision | recall |',
    '|---|---:|---:|---:|---:|---:|',
    ...e.rules.map(
      (r) => `| ${r.rule} | ${r.tp} | ${r.fp} | ${r.fn} | ${pct(r.precision)} | ${pct(r.recall)} |`,
    ),
    '',
    '| trap | vignettes | exact set right |',
    '|---|---:|---:|',
    ...e.traps.map((t) => `| ${t.trap} | ${t.vignettes} | ${t.exact} |`),
    '',
    e.misses.length === 0 ? 'No vignette missed.' : '## Missed vignettes',
    '',
    ...e.misses.map((m) => `- ${m.id}: expected [${m.expected.join(', ')}], got [${m.got.join(', ')}]`),
    '',
  ].join('\n');
}

export function chiroSummaryLine(e: ChiroEval): string {
  return `Chiro vignettes (${e.vignettes}): exact set ${pct(e.exactSetAccuracy)}; warnings P ${pct(e.warningPrecision)} R ${pct(e.warningRecall)}; ${e.rules.map((r) => `${r.rule} P ${pct(r.precision)} R ${pct(r.recall)}`).join(', ')}`;
}
