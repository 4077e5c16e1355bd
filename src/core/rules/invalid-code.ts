import { listParam } from '../text/message-params';
import { nearestCodes } from '../families-read/nearest-code';
import { ORDER_FILE } from './sources';
import { codesFromNote } from './stenosis/documented-codes';
import { m99Structure, parseM99Code } from '../m99/m99-axes';
import { familyCodeFits } from './header-children';
import type { CodeGroup, CodeRule, RuleContext } from './rule';
import { classifiedFirst, reportablePrefix } from './typed-code-forms';

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
      // What was typed, less the characters too many, when the note supports it or nothing reads
      // it; a shorter form the note contradicts leaves the note's own codes to speak (blind QA
      // stop 54, M2: "M48.022" beside a cervical note was told M48.062, lumbar with claudication).
      const kept = keptPrefix(code, ctx);
      // Never across categories: a typo in Z99 is not "fixed" with a spine code the note documents.
      const fromNote = kept
        ? kept.supported
        : nearestFirst(
            code.code,
            codesFromNote(code.m99, ctx.mentions).filter((c) => c.slice(0, 3) === code.code.slice(0, 3) && (!ctx.lookup || ctx.lookup(c)?.billable)),
          );
      const nearest = kept ? kept.unread : fromNote.length === 0 && ctx.lookup ? nearestCodes(code.code, ctx.lookup) : [];
      // The M99 category note: a condition classified elsewhere is coded there first.
      const elsewhere = classifiedFirst(fromNote, ctx);
      const suggestions = fromNote.length > 0 ? [...elsewhere, ...fromNote] : nearest;
      const named = nearest.map((c) => `${c} (${ctx.lookup?.(c)?.title ?? ''})`).join(', ');
      return [
        {
          rule: 'invalid-code',
          severity: 'error',
          code: code.code,
          suggestions,
          message: `${code.code} is not an ICD-10-CM code${typo ? ` (${typo})` : ''}.${fromNote.length > 0 ? ` The note supports ${fromNote.join(', ')}${elsewhere.length > 0 ? `; the M99 category note puts ${elsewhere.join(', ')} first, for what is classified elsewhere` : ''}.` : ''}${nearest.length > 0 ? ` Nearest: ${named}.` : ''}`,
          messageId: 'finding_not_a_code',
          params: {
            code: code.code,
            typo_msg: typo ? 'part_letter_o' : '',
            typed: code.found.find((f) => f.note)?.span.text ?? '',
            supports_msg: fromNote.length > 0 ? (elsewhere.length > 0 ? 'sentence_note_supports_elsewhere_first' : 'sentence_note_supports') : '',
            supported_list: listParam(fromNote),
            ...(elsewhere.length > 0 ? { elsewhere_list: listParam(elsewhere) } : {}),
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

/**
 * The reportable code an invalid one begins with (typed-code-forms.ts), read against the note:
 * `supported` when the note documents it (an M99 stenosis code from the stenosis statements, a
 * spine-family code by its family check), `unread` when nothing reads the note for it; undefined
 * when there is none or the note contradicts it.
 */
function keptPrefix(code: CodeGroup, ctx: RuleContext): { supported: string[]; unread: string[] } | undefined {
  const reportable = (c: string) => (ctx.lookup ? ctx.lookup(c)?.billable === true : m99Structure(c) === 'billable');
  const prefix = reportablePrefix(code.code, reportable);
  if (prefix === undefined) return undefined;
  const axes = parseM99Code(prefix);
  if (axes) return codesFromNote(axes, ctx.mentions).includes(prefix) ? { supported: [prefix], unread: [] } : undefined;
  const family = familyCodeFits(prefix, code, ctx);
  if (family === undefined) return { supported: [], unread: [prefix] };
  // Contradicted: the codes the family check points to instead (M48.061 for "M48.022" beside a
  // lumbar note), each reportable.
  const instead = family.instead.filter((c) => !ctx.lookup || ctx.lookup(c)?.billable === true);
  if (family.fits) return { supported: [prefix], unread: [] };
  return instead.length > 0 ? { supported: instead, unread: [] } : undefined;
}

/** How many characters two codes share from the start. */
function sharedStart(a: string, b: string): number {
  let n = 0;
  while (n < a.length && a[n] === b[n]) n++;
  return n;
}

/** The codes nearest what was typed first (M99.61 before M99.31 for "M99.63X"), otherwise in their order. */
const nearestFirst = (typed: string, codes: readonly string[]) =>
  codes
    .map((c, i) => ({ c, i, n: sharedStart(typed, c) }))
    .sort((x, y) => y.n - x.n || x.i - y.i)
    .map((x) => x.c);
