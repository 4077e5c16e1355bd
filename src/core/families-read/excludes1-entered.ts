import type { Excludes1Note, Finding } from '../types';
import { names, refsOf } from './excludes1-refs';

/** The sentence an unlinked pair ends with (check-family-code.ts, excludes1): replaced when both codes are entered. */
const NOT_LINKED = ' The note does not link the two in one sentence: check whether they are related.';

/**
 * An M54 Excludes1 finding (cervicalgia, radiculopathy or low back pain beside the disc or
 * spondylosis that causes it) whose excluded code is entered too: the coder has reported both
 * conditions, which the Tabular's Excludes1 note at the M54 code keeps apart (Official Guidelines
 * I.A.12.a), so it is a warning even where the note does not link the two in one sentence. M54.2
 * beside an entered M50.122 stayed "supported" with an info note only (blind QA stop 48). Changes the
 * findings of this analysis in place, as dropCodedSuggestions does; only an entered code an
 * official note names counts (M54.2 excludes M50.-, not M54.1-).
 */
export function raiseEnteredPair(
  findings: Finding[],
  own: string,
  entered: readonly string[],
  notesOf: ((code: string) => readonly Excludes1Note[]) | undefined,
): void {
  if (!notesOf || entered.length < 2) return;
  for (const f of findings) {
    if (
      f.code !== own ||
      f.rule !== 'classified-elsewhere' ||
      f.messageId !== 'finding_family_excludes1' ||
      f.severity !== 'info'
    )
      continue;
    const other = partnerOf(own, entered, notesOf(own));
    if (!other || !f.params) continue;
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
