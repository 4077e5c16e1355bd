import { countsAsDocumented } from '../../care-setting/counts-as-documented';
import { findSections, type Section } from '../../context/find-sections';
import {
  type ConditionKind,
  type LazyStatement,
  lazyStatementsOf,
  ownLevelsOfStatement,
  regionWordsIn,
  type StatementNote,
  statementNote,
  type StatementStatus,
  statementsOf,
  statusOfStatement,
} from '../../families-read/find-conditions';
import { areaOf } from '../../families-read/place';
import { inReach, type Reach, rootReach } from '../../levels/root-reach';
import type { FieldText, Mention, Span } from '../../types';
import type { RuleContext } from '../rule';

/**
 * The statements an M99 "with …" suggestion rests on (classified-elsewhere): the radiculopathy of
 * M47.2-/M50.1-/M51.1-, the neurogenic claudication of M48.062. They are read as the spine-family
 * condition reader reads them: "No radiculopathy", "history of sciatica" and "rule out
 * radiculopathy" are not affirmed, where a word search counted them.
 */

/** An affirmed statement (a myelopathy, a neurogenic claudication) and the levels it names. */
type Affirmed = { span: Span; levels: readonly string[] };

/**
 * A note's affirmed statements of one kind, read in note order a few statements at a time, only as
 * far as a question needs (affirmedAt), MAX_STATEMENTS at most (a note that denies it that often
 * documents none); one list per note, kind and analysis (ctx.memo). Every field is set when it is made.
 */
type StatementList = {
  note: FieldText;
  kind: ConditionKind;
  reading: StatementNote;
  found: Affirmed[];
  from: number;
  left: number;
  /** The inpatient rule's record (RuleContext.inpatient): an uncertain statement counts too. */
  inpatient: RuleContext['inpatient'];
};

const MAX_STATEMENTS = 64;

/** A note's headings (findSections), once per analysis for every statement read in it. */
const sectionsOf = (ctx: RuleContext, note: FieldText): readonly Section[] =>
  ctx.memo('sections', note.id, () => findSections(note.text));

/** What every statement read in a note shares (statementNote), once per analysis for every kind and list. */
const noteOf = (ctx: RuleContext, note: FieldText): StatementNote =>
  ctx.memo('statement-note', note.id, () => statementNote(note, sectionsOf(ctx, note)));

/** Each kind's memo name, made once: a template per call was a string built per mention and alternative. */
const MEMO_NAMES = new Map<ConditionKind, string>();

function listOf(ctx: RuleContext, note: FieldText, kind: ConditionKind): StatementList {
  let name = MEMO_NAMES.get(kind);
  if (name === undefined) MEMO_NAMES.set(kind, (name = `with-${kind}`));
  return ctx.memo(name, note.id, () => ({
    note,
    kind,
    reading: noteOf(ctx, note),
    found: [],
    from: 0,
    left: MAX_STATEMENTS,
    inpatient: ctx.inpatient,
  }));
}

/** How many statements a list reads next: 1 first (most questions end there), then 8 at a time, never past its cap. */
const nextPage = (list: { from: number; left: number }) => Math.min(list.from === 0 ? 1 : 8, list.left);

/**
 * The list's i-th affirmed statement, reading further (1 statement first, then 8 at a time) only
 * when asked past what was read. Most questions are answered by the first statement, affirmed
 * ("Assessment: cervical radiculopathy"): reading a second with it was a twentieth of the rules on a
 * dense note.
 */
function affirmedAt(list: StatementList, i: number): Affirmed | undefined {
  while (list.found.length <= i && list.left > 0) {
    const cap = nextPage(list);
    const read = statementsOf(
      list.note,
      list.kind,
      cap,
      list.from,
      undefined,
      list.inpatient !== undefined,
      list.reading,
    );
    for (const s of read)
      if (countsAsDocumented(s.status, list.inpatient, s.span))
        list.found.push({ span: s.span, levels: s.levels });
    list.left = read.length < cap ? 0 : list.left - read.length;
    if (read.length > 0) list.from = (read[read.length - 1] as StatementStatus).span.end;
  }
  return list.found[i];
}

const NO_AREAS: readonly string[] = [];
/** How far back a statement's clause is read for its region words. */
const CLAUSE_BACK = 80;

/**
 * The parts of the spine (place.ts areaOf) the region words of a statement's clause name: from the
 * last full stop, semicolon or line break before it (CLAUSE_BACK characters at most) to its end.
 */
function clauseAreas(text: string, start: number, end: number): readonly string[] {
  let from = Math.max(0, start - CLAUSE_BACK);
  for (let i = start - 1; i >= from; i--) {
    const ch = text.charCodeAt(i);
    if (ch === 46 || ch === 59 || ch === 10) {
      from = i + 1;
      break;
    }
  }
  const words = regionWordsIn(text.slice(from, end));
  if (words.length === 0) return NO_AREAS;
  const out: string[] = [];
  for (const w of words) {
    const a = areaOf(w);
    if (a !== undefined && !out.includes(a)) out.push(a);
  }
  return out;
}

/** The M99 regions of a mention as parts of the spine (the head and the extraspinal regions have none). */
const M99_AREA: Readonly<Record<string, string>> = {
  cervical: 'neck',
  thoracic: 'thoracic',
  lumbar: 'low',
  sacral: 'low',
};

/**
 * A note's radiculopathy statements for radiculopathyFor, read in note order as StatementList reads
 * them (one, then 8 at a time, MAX_STATEMENTS at most), each kept as found with what has been read
 * of it (Radicular). A statement's status is read only when its place does not already rule it out
 * for the mention asking: a note whose first radiculopathy is cervical and names no level ("M54.12
 * cervical radiculopathy") is asked again for each lumbar mention, and reading the status of each of
 * its statements was a sixth of a typical 100 KB note's analysis. Every field is set when it is made.
 */
type RadicularList = {
  note: FieldText;
  reading: StatementNote;
  read: Radicular[];
  from: number;
  left: number;
  inpatient: RuleContext['inpatient'];
};

/**
 * A radiculopathy statement and what has been read of it: whether it counts as documented
 * (countsAsDocumented; undefined until its status is read), where a lesion must lie to reach its
 * roots (rootReach of its levels; `reachRead` says whether it was read), and the parts of the spine
 * its own clause names (clauseAreas; undefined until read). Its levels and status are on `statement`.
 */
type Radicular = {
  statement: LazyStatement;
  documented: boolean | undefined;
  reach: Reach | undefined;
  reachRead: boolean;
  clause: readonly string[] | undefined;
};

function radicularList(ctx: RuleContext, note: FieldText): RadicularList {
  return ctx.memo('radicular-list', note.id, () => ({
    note,
    reading: noteOf(ctx, note),
    read: [],
    from: 0,
    left: MAX_STATEMENTS,
    inpatient: ctx.inpatient,
  }));
}

/**
 * The list's i-th statement (affirmed or not), reading further only when asked past what was read.
 * Inpatient, each statement's status is read as it is found, as affirmedAt reads it: counting an
 * uncertain one as documented records it for the inpatient finding (countsAsDocumented).
 */
function radicularAt(list: RadicularList, i: number): Radicular | undefined {
  while (list.read.length <= i && list.left > 0) {
    const cap = nextPage(list);
    const read = lazyStatementsOf(list.reading, 'radiculopathy', cap, list.from);
    for (const statement of read) {
      const r: Radicular = {
        statement,
        documented: undefined,
        reach: undefined,
        reachRead: false,
        clause: undefined,
      };
      if (list.inpatient !== undefined) documented(list, r);
      list.read.push(r);
    }
    list.left = read.length < cap ? 0 : list.left - read.length;
    if (read.length > 0) list.from = (read[read.length - 1] as LazyStatement).span.end;
  }
  return list.read[i];
}

/** Whether the statement counts as documented (its status read once). */
function documented(list: RadicularList, r: Radicular): boolean {
  if (r.documented === undefined) {
    const s = r.statement;
    r.documented = countsAsDocumented(statusOfStatement(s), list.inpatient, s.span);
  }
  return r.documented;
}

/**
 * Where a lesion must lie to reach a documented statement's roots (undefined: anywhere): rootReach
 * of the levels it names (an affirmed statement's own levels, as statementsOf gives them; inpatient,
 * an uncertain one's too).
 */
function reachOf(r: Radicular): Reach | undefined {
  if (!r.reachRead) {
    r.reach = rootReach(ownLevelsOfStatement(r.statement));
    r.reachRead = true;
  }
  return r.reach;
}

/**
 * Whether a statement may be the mention's by the part of the spine: one with a level may (its
 * reach decides); one with no level may if its clause names no part of the spine, or one the
 * mention is in ("M54.12 cervical radiculopathy" is not a T11-T12 disc's). The clause is read
 * first, without the statement's status, and its levels only when the clause names another part.
 */
function inMentionArea(list: RadicularList, r: Radicular, m: Mention): boolean {
  if (m.regions.length === 0) return true;
  const s = r.statement;
  const areas = (r.clause ??= clauseAreas(list.note.text, s.span.start, s.span.end));
  if (areas.length === 0) return true;
  for (const region of m.regions) {
    const a = M99_AREA[region];
    if (a === undefined || areas.includes(a)) return true;
  }
  return ownLevelsOfStatement(s).length > 0;
}

/** The first documented radiculopathy in the list's note that a lesion at `levels` (the mention's) reaches. */
function reachedIn(list: RadicularList, levels: readonly string[], m: Mention): Span | undefined {
  for (let i = 0; ; i++) {
    const r = radicularAt(list, i);
    if (!r) return undefined;
    // Its place first: a statement elsewhere in the spine is not read further (see RadicularList).
    if (!inMentionArea(list, r, m) || !documented(list, r)) continue;
    const reach = reachOf(r);
    if (!reach || inReach(levels, reach)) return r.statement.span;
  }
}

/**
 * What radiculopathyFor reads: each note's first documented radiculopathy by field id (null: none),
 * which answers most mentions alone, and the answers by note and set of levels for the rest (a
 * map made once one is asked). Every field is set when it is made.
 */
export type RadiculopathyReader = {
  ctx: RuleContext;
  firsts: Map<string, Radicular | null>;
  anywhere: boolean | undefined;
  answers: Map<string, Span | null> | undefined;
};

/**
 * A reader for one analysis, made once by the reading that keeps it (classified-elsewhere's, in
 * ctx.memo): a memo of its own was one more map to make and look up at every analysis.
 */
export const radiculopathyReader = (ctx: RuleContext): RadiculopathyReader => ({
  ctx,
  firsts: new Map<string, Radicular | null>(),
  anywhere: undefined,
  answers: undefined,
});

/** A note's first documented radiculopathy (null: none), read once per analysis. */
function firstIn(reader: RadiculopathyReader, note: FieldText): Radicular | null {
  let first = reader.firsts.get(note.id);
  if (first === undefined) {
    const list = radicularList(reader.ctx, note);
    first = null;
    for (let i = 0; first === null; i++) {
      const r = radicularAt(list, i);
      if (!r) break;
      if (documented(list, r)) first = r;
    }
    reader.firsts.set(note.id, first);
  }
  return first;
}

/**
 * The affirmed radiculopathy a mention's "with radiculopathy" rests on: the first one in its own
 * note whose root the mention's levels can reach (a C4-C5 narrowing does not reach a C6 root; a
 * radiculopathy or mention with no level reaches any) and that lies in the mention's part of the
 * spine (inMentionArea), else the first such in the notes in page order; undefined for none. Asked
 * per mention and alternative (thousands in a dense note): most are answered by the note's first
 * radiculopathy alone, which names no root or the mention's; the rest once per note and set of
 * levels.
 */
export function radiculopathyFor(reader: RadiculopathyReader, m: Mention): Span | undefined {
  const ctx = reader.ctx;
  const own =
    ctx.notes.length === 1 && ctx.notes[0]?.id === m.span.fieldId
      ? ctx.notes[0]
      : ctx.notes.find((n) => n.id === m.span.fieldId);
  const first = own ? firstIn(reader, own) : null;
  if (
    own &&
    first &&
    (m.levels.length === 0 || !reachOf(first)) &&
    inMentionArea(radicularList(ctx, own), first, m)
  )
    return first.statement.span;
  if (!first && !(reader.anywhere ??= ctx.notes.some((note) => firstIn(reader, note) !== null)))
    return undefined;
  const levels =
    m.levels.length === 1
      ? [(m.levels[0] as Mention['levels'][number]).normalized]
      : m.levels.map((l) => l.normalized);
  // The mention's regions too: a statement with no level is the mention's only in its part of the spine (inMentionArea).
  const key = `${m.span.fieldId}|${levels.join(',')}|${m.regions.join(',')}`;
  const answers = (reader.answers ??= new Map<string, Span | null>());
  let answer = answers.get(key);
  if (answer === undefined) {
    answer = (own && reachedIn(radicularList(ctx, own), levels, m)) ?? null;
    for (let n = 0; answer === null && n < ctx.notes.length; n++) {
      const note = ctx.notes[n] as FieldText;
      if (note !== own) answer = reachedIn(radicularList(ctx, note), levels, m) ?? null;
    }
    if (answers.size < 256) answers.set(key, answer);
  }
  return answer ?? undefined;
}

/**
 * The notes' first affirmed neurogenic claudication statement, in page order: the lumbar spinal
 * stenosis code is then M48.062, "with neurogenic claudication", not M48.061, and the statement is
 * quoted for it. Claudication of this kind is lumbar, so any note's statement answers.
 */
export function affirmedClaudication(ctx: RuleContext): Span | undefined {
  for (const note of ctx.notes) {
    const first = affirmedAt(listOf(ctx, note, 'neurogenic-claudication'), 0);
    if (first) return first.span;
  }
  return undefined;
}

/** How many affirmed myelopathy statements of a note are weighed for one mention. */
const MAX_MYELOPATHY = 8;

/** The vertebra letters (C, T, L, S) of a level ("T7-T8" → T) as bits: C 1, T 2, L 4, S 8. */
function letterBits(level: string): number {
  let bits = 0;
  for (let i = 0; i < level.length; i++) {
    const ch = level.charCodeAt(i);
    bits |= ch === 67 ? 1 : ch === 84 ? 2 : ch === 76 ? 4 : ch === 83 ? 8 : 0;
  }
  return bits;
}

/** letterBits of a statement's levels. */
function levelsBits(levels: readonly string[]): number {
  let bits = 0;
  for (let i = 0; i < levels.length; i++) bits |= letterBits(levels[i] as string);
  return bits;
}

/** letterBits of a mention's normalized levels. */
function mentionBits(m: Mention): number {
  let bits = 0;
  for (let i = 0; i < m.levels.length; i++)
    bits |= letterBits((m.levels[i] as Mention['levels'][number]).normalized);
  return bits;
}

/**
 * Each answer of affirmedMyelopathyFor by the mention's vertebra letters (letterBits, 0-15; null:
 * none, undefined: not asked yet), for one analysis: the answer depends on those letters alone, and
 * a dense or run-on note asks it for thousands of mentions (AlternativeReading keeps one).
 */
export type MyelopathyAnswers = (Span | null | undefined)[];
export const myelopathyAnswers = (): MyelopathyAnswers =>
  new Array<Span | null | undefined>(16).fill(undefined);

/**
 * The affirmed myelopathy a mention's "with myelopathy" alternative rests on (M50.0-, M51.0-,
 * M47.1-): a statement in the notes ("Thoracic myelopathy due to T7-8 herniated disc", "cord
 * compression") that names no level, or names one in the mention's part of the spine (a cervical
 * myelopathy is not a lumbar disc's). Read as the spine-family reader reads the condition, so "no
 * myelopathy" is not affirmed.
 */
export function affirmedMyelopathyFor(
  ctx: RuleContext,
  m: Mention,
  answers: MyelopathyAnswers,
): Span | undefined {
  const own = mentionBits(m);
  let answer = answers[own];
  if (answer === undefined) answers[own] = answer = firstMyelopathy(ctx, own) ?? null;
  return answer ?? undefined;
}

/** affirmedMyelopathyFor for a mention whose vertebra letters are `own` (letterBits). */
function firstMyelopathy(ctx: RuleContext, own: number): Span | undefined {
  for (const note of ctx.notes) {
    const list = listOf(ctx, note, 'myelopathy');
    for (let i = 0; i < MAX_MYELOPATHY; i++) {
      const s = affirmedAt(list, i);
      if (!s) break;
      const theirs = levelsBits(s.levels);
      if (own === 0 || theirs === 0 || (own & theirs) !== 0) return s.span;
    }
  }
  return undefined;
}
