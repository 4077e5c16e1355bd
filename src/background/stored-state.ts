import type { AnalyzeResult, ChecklistItem, CodeVerdict, FoundCode, Span } from '../core';
import type { FrameState, PageSnapshot, TabState } from '../protocol/messages';
import { excerptsAround } from '../protocol/excerpts';
import { TAB_STATE_BYTE_BUDGET } from '../protocol/limits';
import { tabFieldId } from './merge-frames';

/** One group of frames analysed together (frame-groups.ts) and its raw analysis. */
export type GroupResult = { frames: string[]; result: AnalyzeResult };

/** Which group each frame and each finding of a merged result belongs to (TabState.groups). */
export type TabGroups = NonNullable<TabState['groups']>;

function mergeChecklists(lists: ChecklistItem[][]): ChecklistItem[] {
  const byId = new Map<string, ChecklistItem>();
  for (const item of lists.flat()) {
    const seen = byId.get(item.id);
    // A met item's label wins: an unmet one may say why it is not met ("the note names disc").
    if (!seen) {
      byId.set(item.id, item);
      continue;
    }
    const merged = { ...seen, label: seen.met || !item.met ? seen.label : item.label, met: seen.met || item.met, evidence: [...seen.evidence, ...item.evidence] };
    // The X-ray item is "not needed" only if no group met it with an X-ray of its own.
    if (merged.met && [seen, item].every((i) => !i.met || i.shownBy === 'part')) merged.shownBy = 'part';
    else delete merged.shownBy;
    byId.set(item.id, merged);
  }
  return [...byId.values()];
}

/**
 * The checklists the panel's code tabs may show: those of the groups that judged a code (with a
 * verdict), or every group's when none did. A group is a frame, or frames of sites checked apart
 * (frame-groups.ts): a note in an unpaired frame of another site meets no item for the codes of the
 * page, whose own empty checklist says no note text was read, as their verdicts do.
 */
function checklistsForCodes(results: readonly AnalyzeResult[]): ChecklistItem[][] {
  const judging = results.filter((r) => (r.verdicts ?? []).length > 0);
  return (judging.length > 0 ? judging : results).map((r) => r.checklist);
}

/**
 * Each group's findings, less its suggestions of a code another group has entered. A note in an
 * unpaired frame of another site is analysed apart from the page's codes: its group suggested the
 * code the page had entered ("Code the note supports: M99.71") right above that code's "not
 * checked: pair the two sites", and the code was listed as entered and suggested by ChartLint at
 * once (QA stop 54, L4). The group that entered the code says how it was checked; pairing the
 * sites checks it against the note.
 */
function withoutSuggestionsEnteredElsewhere(groups: readonly GroupResult[]): AnalyzeResult['findings'][] {
  const enteredIn = new Map<string, Set<number>>();
  groups.forEach((g, i) => {
    for (const c of g.result.codes) if (c.fieldKind === 'diagnosis') enteredIn.set(c.code, (enteredIn.get(c.code) ?? new Set()).add(i));
  });
  return groups.map((g, i) =>
    g.result.findings.filter((f) => {
      if (f.rule !== 'suggested-code') return true;
      const elsewhere = (code: string) => {
        const entering = enteredIn.get(code);
        return entering !== undefined && !entering.has(i);
      };
      return !(f.suggestions.length > 0 ? f.suggestions : [f.code]).every(elsewhere);
    }),
  );
}

/** The groups' analyses as one result for the panel, and the group of every frame and finding. */
export function mergeGroups(groups: readonly GroupResult[]): { result: AnalyzeResult; groups: TabGroups } {
  const frame: Record<string, number> = {};
  const finding: number[] = [];
  const mention: number[] = [];
  const judging: number[] = [];
  const findingsOf = groups.length > 1 ? withoutSuggestionsEnteredElsewhere(groups) : groups.map((g) => g.result.findings);
  groups.forEach((g, i) => {
    for (const id of g.frames) frame[id] = i;
    for (const _ of findingsOf[i] ?? []) finding.push(i);
    for (const _ of g.result.mentions) mention.push(i);
    if ((g.result.verdicts ?? []).length > 0) judging.push(i);
  });
  // One group (the usual page): its result as it is, with every optional part (verdicts, the
  // release, a chiropractic visit, procedure evidence, limits) the surfaces read.
  const only = groups.length === 1 ? groups[0] : undefined;
  if (only) return { result: only.result, groups: { frame, finding } };
  const results = groups.map((g) => g.result);
  const result: AnalyzeResult = {
    codes: results.flatMap((r) => r.codes),
    mentions: results.flatMap((r) => r.mentions),
    findings: findingsOf.flat(),
    checklist: mergeChecklists(checklistsForCodes(results)),
    comparisons: results.flatMap((r) => r.comparisons ?? []),
    verdicts: results.flatMap((r) => r.verdicts ?? []),
  };
  // The visit's release is chosen once per tab; a chiropractic visit is read where its fields are.
  const release = results.find((r) => r.release)?.release;
  if (release) result.release = release;
  const chiro = results.find((r) => r.chiro)?.chiro;
  if (chiro) result.chiro = chiro;
  // Every group is analysed in the tab's one care setting.
  if (results.some((r) => r.setting === 'inpatient')) result.setting = 'inpatient';
  // Like mentions, each group's procedures (a decompressed foramen); absent when none read one, as in core.
  const procedures = results.flatMap((r) => r.procedureEvidence ?? []);
  if (procedures.length > 0) result.procedureEvidence = procedures;
  // A cumulative note in any group read up to the visit's entry: the later entries of all, counted once.
  const unread = results.flatMap((r) => (r.laterEntriesUnread ? [r.laterEntriesUnread] : []));
  const [firstUnread] = unread;
  if (firstUnread)
    result.laterEntriesUnread = {
      dateOfService: firstUnread.dateOfService,
      entries: unread.reduce((n, u) => n + u.entries, 0),
      fieldIds: unread.flatMap((u) => u.fieldIds),
    };
  const capped = results.flatMap((r) => (r.limits ? [r.limits] : []));
  if (capped.length > 0)
    result.limits = {
      anchorsPerSentence: Math.max(...capped.map((l) => l.anchorsPerSentence)),
      sentencesCapped: capped.reduce((n, l) => n + l.sentencesCapped, 0),
      charactersUnread: capped.reduce((n, l) => n + l.charactersUnread, 0),
    };
  return { result, groups: judging.length > 0 ? { frame, finding, mention, judging } : { frame, finding, mention } };
}

const isSpan = (v: unknown): v is Span =>
  typeof v === 'object' && v !== null && typeof (v as Span).fieldId === 'string' && typeof (v as Span).start === 'number' && typeof (v as Span).end === 'number';

/** The spans anywhere inside a reading (the chiropractic visit's regions, procedures, payer). */
function spansIn(value: unknown, out: Span[] = []): Span[] {
  if (isSpan(value)) out.push(value);
  else if (Array.isArray(value)) for (const v of value) spansIn(v, out);
  else if (typeof value === 'object' && value !== null) for (const v of Object.values(value)) spansIn(v, out);
  return out;
}

/** Every span an analysis points at: what the panel may quote. */
function spansOf(result: AnalyzeResult): Span[] {
  return [
    ...result.codes.map((c) => c.span),
    ...result.mentions.flatMap((m) => [m.span, ...(m.trigger ? [m.trigger] : []), ...(m.mechanismEvidence ?? [])]),
    ...result.findings.flatMap((f) => f.evidence),
    ...result.checklist.flatMap((c) => c.evidence),
    ...(result.verdicts ?? []).flatMap((v) => v.evidence),
    ...(result.comparisons ?? []).flatMap((c) => c.evidence),
    ...spansIn(result.chiro),
  ];
}

/**
 * The frames as the tab state keeps them: labels, kinds and lengths of every field, and of its
 * text only the excerpts around the analysis's spans.
 */
export function storedFrames(
  frames: Record<string, PageSnapshot>,
  result: AnalyzeResult,
  checked: ReadonlyMap<string, number>,
  withExcerpts = true,
): Record<string, FrameState> {
  const spansByField = new Map<string, Span[]>();
  if (withExcerpts) {
    for (const span of spansOf(result)) {
      const list = spansByField.get(span.fieldId);
      if (list) list.push(span);
      else spansByField.set(span.fieldId, [span]);
    }
  }
  const out: Record<string, FrameState> = {};
  for (const [frameId, { fields, ...rest }] of Object.entries(frames)) {
    out[frameId] = {
      ...rest,
      fields: fields.map(({ text, ...field }) => {
        const id = tabFieldId(frameId, field.id);
        const chars = Math.max(field.chars ?? 0, text.length);
        return {
          ...field,
          chars,
          checked: checked.get(id) ?? Math.min(chars, text.length),
          excerpts: excerptsAround(text, spansByField.get(id) ?? []),
        };
      }),
    };
  }
  return out;
}

const size = (value: unknown) => JSON.stringify(value).length;

/** Keeps the first `n` findings and their group entries together. */
function keepFindings(state: TabState, n: number): TabState {
  if (state.result.findings.length <= n) return state;
  const groups = state.groups ? { ...state.groups, finding: state.groups.finding.slice(0, n) } : undefined;
  return { ...state, result: { ...state.result, findings: state.result.findings.slice(0, n) }, ...(groups ? { groups } : {}) };
}

function shorten(state: TabState, list: number, evidence: number): TabState {
  const r = state.result;
  const trimmed = keepFindings(state, list);
  return {
    ...trimmed,
    result: {
      codes: r.codes.slice(0, list),
      mentions: r.mentions.slice(0, list),
      findings: trimmed.result.findings.map((f) => (f.evidence.length > evidence ? { ...f, evidence: f.evidence.slice(0, evidence) } : f)),
      checklist: r.checklist.map((c) => (c.evidence.length > evidence ? { ...c, evidence: c.evidence.slice(0, evidence) } : c)),
      // Each kept code keeps its verdict (a trimmed panel still says why a code is not checked).
      ...(r.verdicts ? { verdicts: verdictsOf(r.verdicts, r.codes.slice(0, list), evidence) } : {}),
    },
  };
}

function verdictsOf(verdicts: CodeVerdict[], codes: FoundCode[], evidence: number): CodeVerdict[] {
  const kept = new Set(codes.map((c) => c.code));
  return verdicts.filter((v) => kept.has(v.code)).map((v) => (v.evidence.length > evidence ? { ...v, evidence: v.evidence.slice(0, evidence) } : v));
}

/**
 * Makes a tab state fit its share of storage.session (TAB_STATE_BYTE_BUDGET): first fewer mentions,
 * codes and evidence spans, then no quotes at all. A trimmed state says so (`problem`), and the
 * panel tells the user it shows part of the page's analysis. Frames whose quotes went are kept
 * with labels and lengths, so evidence still routes to the page.
 */
export function fitState(
  state: TabState,
  frames: Record<string, PageSnapshot>,
  checked: ReadonlyMap<string, number>,
  budget = TAB_STATE_BYTE_BUDGET,
): TabState {
  if (size(state) <= budget) return state;
  for (const [list, evidence] of [
    [200, 20],
    [50, 5],
    [10, 2],
  ] as const) {
    const short = shorten(state, list, evidence);
    const next: TabState = { ...short, frames: storedFrames(frames, short.result, checked), problem: 'stored-trimmed' };
    if (size(next) <= budget) return next;
  }
  const bare = shorten(state, 10, 0);
  return { ...bare, frames: storedFrames(frames, bare.result, checked, false), problem: 'stored-trimmed' };
}

