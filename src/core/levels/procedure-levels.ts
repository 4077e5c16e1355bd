import type { Cue } from '../context/find-cues';
import type { Mention } from '../types';
import { besideConstruct, constructLevels, namesConstructAfter } from './construct-levels';
import type { LevelHit } from './find-levels';

/** The "status post" cues (forward and backward) and their chart shorthand "s/p". */
const STATUS_POST_RULES = new Set(['hist-status-post', 'hist-status-post-b', 'hist-s-p']);

/** What may stand between "status post" and the operated level: a few words, no punctuation ("fusion at", "prior laminectomy at"). */
const TO_LEVEL = /^(?:\s+[\w-]+){0,5}\s+$|^\s+$/;
/** What joins a list of operated levels ("C5-6 and C6-7", "L3-4, L4-5"). */
const LIST_JOIN = /^\s{0,2}(?:,|&|and|\/)?\s{0,2}(?:and\s+)?$/i;

/**
 * A sentence's levels after "status post" split off: `levels` for its findings, `operated` for the
 * procedure. `beside`: every level the sentence states names a construct its finding is placed
 * beside ("adjacent segment stenosis above the L4-S1 fusion"): the finding's level is unknown, and
 * is not to be looked for in another sentence either.
 */
export type ProcedureSplit = { levels: LevelHit[]; operated: LevelHit[]; beside: boolean };

const NONE: LevelHit[] = [];

function isStatusPost(cue: Cue): boolean {
  for (let i = 0; i < cue.rules.length; i++) if (STATUS_POST_RULES.has((cue.rules[i] as Cue['rules'][number]).id)) return true;
  return false;
}

/** The "status post" cue that a context trigger starting at `start` came from, if it is one. */
function statusPostAt(cues: Cue[], start: number): Cue | undefined {
  for (let i = 0; i < cues.length; i++) {
    const c = cues[i] as Cue;
    if (c.start === start && isStatusPost(c)) return c;
  }
  return undefined;
}

/**
 * Whether withoutOperatedLevels reads its cues for these levels: only a sentence with two levels or
 * more can split one off as the operation's. A caller whose cues are not read yet (the spine-family
 * reader's statements, families-read/find-conditions.ts) passes none otherwise: finding a
 * sentence's cues only to learn its one level stays was most of what a dense note's radiculopathy
 * statements cost the M99 alternatives (rules/stenosis/with-statements.ts).
 */
export const readsCues = (hits: readonly LevelHit[]): boolean => hits.length >= 2;

/**
 * The levels a "status post" names ("Foraminal stenosis at C5-6, status post fusion at C6-7", "s/p
 * fusion at L4-5 with new stenosis at L3-4") belong to the operation, not to a finding the sentence
 * states at a level of its own: they are split off. A sentence whose only levels are the operated
 * ones ("Status post L4-5 laminectomy with recurrent stenosis") keeps them, as the finding may be
 * at that level.
 * Returns `hits` itself as the levels when there is no such cue (most sentences).
 */
export function withoutOperatedLevels(hits: LevelHit[], cues: Cue[], text: string): ProcedureSplit {
  if (!readsCues(hits)) {
    // A sentence's one level may be a construct's its finding is beside ("adjacent segment stenosis above the L4-5 fusion").
    const only = hits[0];
    if (only !== undefined && namesConstructAfter(only, text) && besideConstruct(hits, text)) return { levels: NONE, operated: hits, beside: true };
    return { levels: hits, operated: NONE, beside: false };
  }
  let operated: LevelHit[] | undefined;
  for (const cue of cues) {
    if (!isStatusPost(cue)) continue;
    const run = operatedRun(cue, hits, text);
    // The finding must have a level of its own, before the cue or after the operation.
    if (run.length > 0 && run.length < hits.length) (operated ??= []).push(...run);
  }
  // Levels that name a fusion or its hardware ("stenosis L3-4 above prior L4-S1 fusion") place the finding beside them.
  const named = constructLevels(hits, text);
  // Every level names the construct, and the finding is placed beside it ("adjacent segment
  // stenosis above the L4-S1 fusion"): it has no level of its own (QA stop 47).
  if (operated === undefined && named.length === hits.length && besideConstruct(named, text)) return { levels: NONE, operated: named, beside: true };
  operated = withConstructLevels(hits, named, operated);
  if (!operated) return { levels: hits, operated: NONE, beside: false };
  const off = new Set(operated);
  return { levels: hits.filter((h) => !off.has(h)), operated, beside: false };
}

/**
 * `operated` with the levels that name a fusion, its hardware or an operation (construct-levels.ts)
 * added, when the sentence keeps a level of its own besides them.
 */
function withConstructLevels(hits: LevelHit[], named: LevelHit[], operated: LevelHit[] | undefined): LevelHit[] | undefined {
  if (named.length === 0 || named.length === hits.length) return operated;
  const out = operated ?? [];
  for (const h of named) if (!out.includes(h)) out.push(h);
  return out;
}

/** The levels right after a "status post" cue that the operation names ("fusion at C5-6 and C6-7"), or none. */
function operatedRun(cue: { end: number }, hits: LevelHit[], text: string): LevelHit[] {
  let k = hits.findIndex((h) => h.start >= cue.end);
  if (k < 0 || !TO_LEVEL.test(text.slice(cue.end, (hits[k] as LevelHit).start))) return NONE;
  const run = [hits[k] as LevelHit];
  for (k++; k < hits.length; k++) {
    const h = hits[k] as LevelHit;
    const previous = hits[k - 1] as LevelHit;
    if (h.start !== previous.start && !LIST_JOIN.test(text.slice(previous.end, h.start))) break;
    run.push(h);
  }
  return run;
}

/**
 * Whether the "status post" cue `cue` names operated levels of its own (`operated`, the sentence's
 * levels withoutOperatedLevels split off) and the statement's own levels (normalised) are none of
 * them. History then applies to the operation it governs, not to a finding at another level,
 * whether the finding comes before the cue ("Foraminal stenosis at C5-6, status post fusion at
 * C6-7") or after the operation ("s/p L4-5 fusion with new stenosis at L3-4").
 */
function besideOperation(cue: Cue, own: readonly string[], operated: LevelHit[]): boolean {
  if (operated.length === 0 || own.length === 0) return false;
  // Only a cue that names an operated level of its own: the operated levels after it.
  const named = operated.filter((h) => h.start >= cue.end).map((h) => h.level.normalized);
  return named.length > 0 && !own.some((l) => named.includes(l));
}

/**
 * A word right before the finding that says it is there again or still, after the operation
 * ("recurrent stenosis", "residual foraminal narrowing", "new disc herniation", "recurrence of
 * the stenosis"): at most three words between it and the finding, no punctuation, so it cannot
 * reach into another clause or sentence. A with-phrase joined to such a finding is there with it
 * ("Recurrent L4-5 disc herniation with left L5 radiculopathy, status post microdiscectomy in
 * 2019": QA46 class D).
 */
const PRESENT_AFTER_OPERATION =
  /\b(?:recurrent|recurring|recurrence\s+of|residual|persistent|persisting|new|ongoing|continued|continuing|progressive|progressing|worsening|worsened|increasing|adjacent[- ]segment)(?:\s+[a-z][\w-]*){0,3}(?:\s+with(?:\s+[a-z][\w-]*){0,3})?\s+$/i;
/** How far before the finding the word is looked for (three words and the modifier). */
const PRESENT_REACH = 60;

/**
 * Whether a statement made historical by a "status post" (`trigger`, one of `cues`) is current all
 * the same: the finding is at a level of its own beside the operation (see besideOperation), or
 * stated as present after it: the cue dates the operation, while "recurrent", "residual", "new" and
 * the like before the finding (which starts at `start`) say the finding is there now, whatever its
 * level ("Status post L4-5 laminectomy with recurrent stenosis", "Recurrent stenosis at L4-5, status
 * post L4-5 laminectomy"). Another history cue ("history of recurrent stenosis") is not overruled:
 * only "status post" is. The stenosis reader (keepOwnLevelCurrent) and the condition reader
 * (families-read) both ask this.
 */
export function currentAfterOperation(
  cues: Cue[],
  trigger: { start: number },
  own: () => readonly string[],
  operated: () => LevelHit[],
  text: string,
  start: number,
): boolean {
  const cue = statusPostAt(cues, trigger.start);
  if (!cue) return false;
  return besideOperation(cue, own(), operated()) || presentAfterOperation(text, start);
}

/** "recurrent", "residual", "new" and the like right before the finding at `start` (see currentAfterOperation). */
const presentAfterOperation = (text: string, start: number) => PRESENT_AFTER_OPERATION.test(text.slice(Math.max(0, start - PRESENT_REACH), start));

/**
 * A level's normalized form, as one module function: a callback written in place is a new closure
 * each call, and its optimized code is dropped with the closures at every full collection, then
 * compiled again (docs/architecture.md, "Stable object shapes").
 */
const normalizedOf = (l: Mention['levels'][number]) => l.normalized;

/**
 * Each mention (from `first` on) that currentAfterOperation finds current is made so, in place.
 * Its "status post" cue is looked up first: most historical mentions have another trigger
 * ("history of"), and need neither their levels listed nor a closure made.
 */
export function keepOwnLevelCurrent(mentions: Mention[], first: number, cues: Cue[], operated: LevelHit[], text: string): void {
  for (let i = first; i < mentions.length; i++) {
    const m = mentions[i] as Mention;
    if (m.status !== 'historical' || !m.trigger) continue;
    const cue = statusPostAt(cues, m.trigger.start);
    if (!cue) continue;
    if (!besideOperation(cue, m.levels.map(normalizedOf), operated) && !presentAfterOperation(text, m.span.start)) continue;
    m.status = 'affirmed';
    m.trigger = null;
  }
}
