import { listParam } from '../text/message-params';
import type { CodeRule } from './rule';
import { nearestCodes } from '../families-read/nearest-code';
import { ORDER_FILE } from './sources';
import { codesFromNote } from './stenosis/documented-codes';

/**
 * invalid-code: the code is not in ICD-10-CM (error; suggests what the note documents), or it was
 * written with a letter for a digit (warning; names the fix). Without a catalog only M99's official
 * structure is judged: other codes are left alone rather than guessed at.
 */
export const invalidCode: CodeRule = {
  id: 'invalid-code',
  title: 'Code does not exist',
  help: 'The entered code is not in the ICD-10-CM release, or was typed with a letter where a digit belongs (M99.6O).',
  defaultSeverity: 'error',
  readsNote: false,
  families: ['*'],
  sources: [ORDER_FILE],
  scope: 'code',
  check(code, ctx) {
    const typo = code.found.find((f) => f.note)?.note;
    if (code.exists === false) {
      // Never across categories: a typo in Z99 is not "fixed" with a spine code the note documents.
      const fromNote = codesFromNote(code.m99, ctx.mentions).filter((c) => c.slice(0, 3) === code.code.slice(0, 3) && (!ctx.lookup || ctx.lookup(c)?.billable));
      const nearest = fromNote.length === 0 && ctx.lookup ? nearestCodes(code.code, ctx.lookup) : [];
      const suggestions = fromNote.length > 0 ? fromNote : nearest;
      const named = nearest.map((c) => `${c} (${ctx.lookup?.(c)?.title ?? ''})`).join(', ');
      return [
        {
          rule: 'invalid-code',
          severity: 'error',
          code: code.code,
          suggestions,
          message: `${code.code} is not an ICD-10-CM code${typo ? ` (${typo})` : ''}.${fromNote.length > 0 ? ` The note supports ${fromNote.join(', ')}.` : ''}${nearest.length > 0 ? ` Nearest: ${named}.` : ''}`,
          messageId: 'finding_not_a_code',
          params: {
            code: code.code,
            typo_msg: typo ? 'part_letter_o' : '',
            typed: code.found.find((f) => f.note)?.span.text ?? '',
            supports_msg: fromNote.length > 0 ? 'sentence_note_supports' : '',
            supported_list: listParam(fromNote),
            nearest_msg: nearest.length > 0 ? 'sentence_nearest' : '',
            nearest_list: listParam(nearest.map((c) => `${c} (${ctx.lookup?.(c)?.title ?? ''})`)),
          },
          evidence: code.evidence,
          sources: [ORDER_FILE],
        },
      ];
    }
    const typed = code.found.find((f) => f.note);
    if (!typo || !typed) return [];
    // "M99.6O": the claim would carry the letter, which no payer accepts. One finding in the typed
    // code's name; the checks of the corrected code are marked (runner) and shown under it.
    const header = code.billable === false;
    return [
      {
        rule: 'invalid-code',
        severity: 'warning',
        code: code.code,
        suggestions: [code.code],
        message: `You typed ${typed.span.text} (letter O). Did you mean ${code.code}?${header ? ' It also needs a region digit.' : ''}`,
        messageId: header ? 'finding_typo_letter_o_header' : 'finding_typo_letter_o',
        params: { typed: typed.span.text, code: code.code },
        typed: typed.span.text,
        evidence: code.found.filter((f) => f.note).map((f) => f.span),
        sources: [ORDER_FILE],
      },
    ];
  },
};
