import type { Comparison, Excludes1Note, Finding } from '../types';
import { names, refsOf } from './excludes1-refs';

/** The sentence an unlinked pair ends with (check-family-code.ts, excludes1): replaced when both codes are entered. */
const NOT_LINKED = ' The note does not link the two in one sentence: check whether they are related.';

/**
 * An M54 Excludes1 finding (cervicalgia, radiculopathy or low back pain beside the disc or
 * spondylosis that causes it) whose excluded code is entered too: the coder has reported both
 * conditions, which the Tabular's Excludes1 note at the M54 code keeps apart (Official Guidelines
 * I.A.12.a). One principle for every such pair: a pair of entered codes an Excludes1 note keeps
 * apart is the excludes1-pair rule's, whoever reads the note for it; classified-elsewhere keeps
 * the combination code nobody entered. So the finding moves to excludes1-pair (with its comparison),
 * which reports it (blind QA stop 50: M54.17 beside M51.17 was classified-elsewhere while M54.42
 * in the same run was excludes1-pair). It is a warning even where the note does not link the two
 * in one sentence (M54.2 beside an entered M50.122 stayed "supported" with an info note only, blind
 * QA stop 48). The family's reading still decides whether there is a finding at all (a cause the
 * note unlinks or places elsewhere makes none) and which code it falls on. Changes the findings of
 * this analysis in place, as dropCodedSuggestions does; only an entered code an official note
 * names counts (M54.2 excludes M50.-, not M54.1-).
 */
export function raiseEnteredPair(
  checked: { findings: Finding[]; compared: Comparison[] },
  own: string,
  entered: readonly string[],
  notesOf: ((code: string) => readonly Excludes1Note[]) | undefined,
): void {
  if (!notesOf || entered.length < 2) return;
  for (const f of checked.findings) {
    if (f.code !== own || f.rule !== 'classified-elsewhere' || f.messageId !== 'finding_family_excludes1')
      continue;
    const other = partnerOf(own, entered, notesOf(own));
    if (!other || !f.params) continue;
    f.rule = 'excludes1-pair';
    for (const c of checked.compared)
      if (c.code === own && c.rule === 'classified-elsewhere' && c.messageId === 'finding_family_excludes1')
        c.rule = 'excludes1-pair';
    if (f.severity !== 'info') continue;
    f.severity = 'warning';
    f.message = `${f.message.endsWith(NOT_LINKED) ? f.message.slice(0, -NOT_LINKED.length) : f.message} ${other} is entered beside it: the two are reported together only when the conditions are unrelated.`;
    f.params = { ...f.params, unlinked_msg: 'sentence_excludes1_pair_entered', other };
  }
}

/**
 * The family's Excludes1 findings of a sciatica code (M54.3-, M54.4-: "sciatica with lumbago",
 * "due to intervertebral disc disorder") whose excluded code is entered too: the excludes1-pair
 * rule reports every entered pair from the Tabular's notes, with the code of the dropped code's
 * side (M54.31 beside M54.42: M54.41; QA stop 57), so the family's finding and comparison leave
 * (in place) rather than say it twice. excludes1-pair does not read the family for these codes.
 */
export function yieldToEnteredPair(
  checked: { findings: Finding[]; compared: Comparison[] },
  own: string,
  entered: readonly string[],
  notesOf: ((code: string) => readonly Excludes1Note[]) | undefined,
): void {
  if (!notesOf || entered.length < 2 || !/^M54\.[34]/.test(own)) return;
  const yields = (x: { code: string; rule: string; messageId?: string | undefined }) =>
    x.code === own &&
    x.rule === 'classified-elsewhere' &&
    x.messageId !== undefined &&
    SCIATICA_EXCLUDES1.has(x.messageId);
  if (!checked.findings.some(yields) || !partnerOf(own, entered, notesOf(own))) return;
  for (let i = checked.findings.length - 1; i >= 0; i--)
    if (yields(checked.findings[i] as Finding)) checked.findings.splice(i, 1);
  for (let i = checked.compared.length - 1; i >= 0; i--)
    if (yields(checked.compared[i] as Comparison)) checked.compared.splice(i, 1);
}

/** The family's Excludes1 findings of a sciatica code: a disc cause (M51.1-) and the lumbago (M54.4-). */
const SCIATICA_EXCLUDES1: ReadonlySet<string> = new Set([
  'finding_family_excludes1',
  'finding_family_sciatica_lumbago',
]);

/** The first entered code (other than `own`) that one of `own`'s Excludes1 notes names. */
function partnerOf(
  own: string,
  entered: readonly string[],
  notes: readonly Excludes1Note[],
): string | undefined {
  for (const e of entered) {
    if (e === own) continue;
    for (const n of notes) if (refsOf(n.text).some((r) => names(r, e))) return e;
  }
  return undefined;
}
