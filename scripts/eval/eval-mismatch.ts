import { analyze, parseM99Code, type CodeLookup, type RuleId } from '../../src/core';
import { emptyCounts, ratios, type Counts } from './metrics';
import { readSpineNotes, type GoldFinding, type SpineNote } from './read-corpus';

const ALARM_RULES = new Set<RuleId>(['site-mismatch', 'region-mismatch', 'mechanism-mismatch', 'unsupported-code']);

type Trial = { noteId: number; code: string; variant: 'right' | 'region-moved' | 'site-moved'; expect: RuleId | null };

const SITE_MOVE: Record<string, (mechanisms: string[]) => string> = {
  '2': () => '6',
  '3': () => '6',
  '4': () => '7',
  '5': () => '7',
  '6': (m) => (m.includes('subluxation') && !m.includes('osseous') ? '2' : '3'),
  '7': (m) => (m.includes('connective-tissue') && !m.includes('disc') ? '4' : '5'),
};

/**
 * Whether the gold findings document the moved code's site in its region (any mechanism): then the
 * moved code is at most a mechanism error, not a site or region error, and the trial is skipped.
 */
function goldSupports(findings: GoldFinding[], code: string): boolean {
  const axes = parseM99Code(code);
  if (!axes?.region) return false;
  return findings.some(
    (g) =>
      g.status === 'affirmed' &&
      (g.site === axes.site || (g.site === 'lateral-recess' && axes.site === 'canal')) &&
      g.region === axes.region,
  );
}

/** Codes made from the annotated findings: the right code, the region moved, the site moved. */
export function makeTrials(notes: SpineNote[]): Trial[] {
  const trials: Trial[] = [];
  for (const note of notes) {
    for (const candidate of note.m99Candidates) {
      const code = candidate.code;
      const sub = code.charAt(4);
      const digit = Number(code.charAt(5));
      trials.push({ noteId: note.noteId, code, variant: 'right', expect: null });
      const movedDigit = digit === 1 ? 3 : 1;
      const regionMoved = `M99.${sub}${movedDigit}`;
      if (!goldSupports(note.findings, regionMoved)) trials.push({ noteId: note.noteId, code: regionMoved, variant: 'region-moved', expect: 'region-mismatch' });
      const mechanisms = candidate.findingIndexes.flatMap((i) => note.findings[i]?.mechanisms ?? []);
      const siteMoved = `M99.${SITE_MOVE[sub]?.(mechanisms) ?? sub}${digit}`;
      if (!goldSupports(note.findings, siteMoved)) trials.push({ noteId: note.noteId, code: siteMoved, variant: 'site-moved', expect: 'site-mismatch' });
    }
  }
  return trials;
}

/** Precision and recall of site-mismatch and region-mismatch on those trials. */
export function evalMismatch(lookup: CodeLookup, notes: SpineNote[] = readSpineNotes()) {
  const byId = new Map(notes.map((n) => [n.noteId, n]));
  const trials = makeTrials(notes);
  const counts: Record<'site-mismatch' | 'region-mismatch', Counts> = { 'site-mismatch': emptyCounts(), 'region-mismatch': emptyCounts() };
  const errors: { noteId: number; code: string; variant: string; rule: string; kind: 'fp' | 'fn' }[] = [];
  // Trust: on the right code, any site/region/mechanism mismatch or unsupported-code is a false alarm.
  const falseAlarms: { noteId: number; code: string; rules: string[] }[] = [];
  let rightTrials = 0;
  for (const trial of trials) {
    const note = byId.get(trial.noteId);
    if (!note) continue;
    const { findings } = analyze(
      { fields: [{ id: 'dx', kind: 'diagnosis', text: trial.code }, { id: 'note', kind: 'note', text: note.text }] },
      { lookup },
    );
    if (trial.variant === 'right') {
      rightTrials++;
      const alarms = findings.filter((f) => f.code === trial.code && ALARM_RULES.has(f.rule) && f.severity !== 'info').map((f) => f.rule);
      if (alarms.length > 0) falseAlarms.push({ noteId: trial.noteId, code: trial.code, rules: alarms });
    }
    for (const rule of ['site-mismatch', 'region-mismatch'] as const) {
      const fired = findings.some((f) => f.rule === rule && f.code === trial.code);
      const expected = trial.expect === rule;
      const c = counts[rule];
      if (fired && expected) c.tp++;
      else if (fired) {
        c.fp++;
        errors.push({ noteId: trial.noteId, code: trial.code, variant: trial.variant, rule, kind: 'fp' });
      } else if (expected) {
        c.fn++;
        errors.push({ noteId: trial.noteId, code: trial.code, variant: trial.variant, rule, kind: 'fn' });
      } else c.tn++;
    }
  }
  const both = emptyCounts();
  for (const c of Object.values(counts)) for (const k of ['tp', 'fp', 'fn', 'tn'] as const) both[k] += c[k];
  return {
    trials: trials.length,
    byVariant: Object.fromEntries(['right', 'region-moved', 'site-moved'].map((v) => [v, trials.filter((t) => t.variant === v).length])),
    siteMismatch: ratios(counts['site-mismatch']),
    regionMismatch: ratios(counts['region-mismatch']),
    combined: ratios(both),
    rightCode: { trials: rightTrials, falseAlarms: falseAlarms.length, rate: rightTrials === 0 ? 0 : Math.round((falseAlarms.length / rightTrials) * 10000) / 10000, items: falseAlarms },
    errors,
  };
}
