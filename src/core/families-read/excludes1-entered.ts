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
