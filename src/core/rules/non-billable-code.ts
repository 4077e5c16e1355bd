import { listParam } from '../text/message-params';
import { m99Structure } from '../m99/m99-axes';
import type { CodeLookup } from '../types';
import type { CodeRule } from './rule';
import { GUIDELINE_CODES_ONLY, ORDER_FILE } from './sources';
import { readHeaderChildren } from './header-children';
import { codesFromNote } from './stenosis/documented-codes';
import { classifiedFirst } from './typed-code-forms';

/**
 * non-billable-code: the code exists but is a header (it needs more characters). Suggests the
 * codes below it that the note documents (an M99 header's from the stenosis statements, a spine
 * family header's from its children's family checks), or, when the note contradicts what every
 * child says, what that check points to instead; else the first ones of the header.
 */
export const nonBillableCode: CodeRule = {
  id: 'non-billable-code',
  title: 'Code is incomplete (a header)',
  help: 'The code exists but is a category header: it needs one more character (e.g. the region) before it can be reported.',
  defaultSeverity: 'error',
  readsNote: false,
  families: ['*'],
  sources: [GUIDELINE_CODES_ONLY, ORDER_FILE],
  scope: 'code',
  check(code, ctx) {
    if (code.exists !== true || code.billable !== false) return [];
    // A header also written with a letter-for-digit typo is told about the typo first (invalid-code);
    // this finding then points at the correctly written places only.
    const typed = code.found.some((f) => f.note) ? code.found.filter((f) => !f.note) : code.found;
    if (typed.length === 0) return [];
    const children = Array.from({ length: 10 }, (_, d) => `${code.code}${d}`);
    const fromNote = codesFromNote(code.m99, ctx.mentions).filter((c) => c.startsWith(code.code));
    const valid = (c: string) => (ctx.lookup ? ctx.lookup(c)?.billable === true : m99Structure(c) === 'billable');
    const oneMore = children.filter(valid);
    // A child that is itself a header (M51.36 under M51.3 since FY2026) is completed by its own
    // children: those are the header's codes too, never the first reportable ones beside it.
    const reportable = ctx.lookup ? children.flatMap((c) => (valid(c) ? [c] : subHeaderCodes(c, ctx.lookup))) : oneMore;
    // A spine-family header: its children read against the note as entered codes are (header-children.ts).
    const header = fromNote.length === 0 ? readHeaderChildren(code, reportable, ctx) : undefined;
    const documented = fromNote.length > 0 ? fromNote : header?.kind === 'fits' ? header.children : [];
    const against = header?.kind === 'against' ? header : undefined;
    // The first five reportable codes under it: M54.5's are M54.50, M54.51 and M54.59.
    // The M99 category note: what the note documents that is classified elsewhere is coded there
    // first ("M99" beside lumbar canal stenosis: M48.061 before M99.33; blind QA stop 54, M2).
    const elsewhere = fromNote.length > 0 ? classifiedFirst(fromNote.filter(valid), ctx) : [];
    const suggestions = fromNote.length > 0 ? [...elsewhere, ...fromNote.filter(valid)] : documented.length > 0 ? documented : against ? against.suggestions : reportable.slice(0, 5);
    const [needs, messageId] = whatItNeeds(code.code, code.info?.title, oneMore, ctx.lookup);
    return [
      {
        rule: 'non-billable-code',
        severity: 'error',
        code: code.code,
        suggestions,
        message: `${code.code}${code.info ? ` (${code.info.title})` : ''} is a header, not a reportable code: ${needs}.${
          documented.length > 0
            ? ` The note documents ${documented.join(', ')}${elsewhere.length > 0 ? `; the M99 category note puts ${elsewhere.join(', ')} first, for what is classified elsewhere` : ''}.`
            : against ? ` No code under it fits the note: ${against.finding.message}` : ''
        }`,
        messageId,
        params: {
          ...(against?.finding.params ?? {}),
          code: code.code,
          title_msg: code.info ? 'part_code_title' : '',
          title: code.info?.title ?? '',
          documents_msg:
            documented.length > 0
              ? elsewhere.length > 0
                ? 'sentence_note_documents_elsewhere_first'
                : 'sentence_note_documents_codes'
              : against
                ? 'sentence_header_against'
                : '',
          documented_list: listParam(documented),
          ...(elsewhere.length > 0 ? { elsewhere_list: listParam(elsewhere) } : {}),
          ...(against ? { against_msg: against.finding.messageId ?? '' } : {}),
        },
        evidence: typed.map((f) => f.span).concat(against?.finding.evidence ?? []),
        sources: against ? [GUIDELINE_CODES_ONLY, ORDER_FILE, ...against.finding.sources] : [GUIDELINE_CODES_ONLY, ORDER_FILE],
      },
    ];
  },
};

/** The reportable codes one character below `code` when `code` is itself a header (exists, not billable). */
function subHeaderCodes(code: string, lookup: CodeLookup | undefined): string[] {
  if (!lookup || lookup(code)?.billable !== false) return [];
  return Array.from({ length: 10 }, (_, d) => `${code}${d}`).filter((c) => lookup(c)?.billable === true);
}

/**
 * What a header lacks, said as the codes under it say it: the region when each code one character
 * longer names a region its header does not (M99.6 → M99.61 "… of cervical region"; M99 has no
 * catalog titles without a lookup, and its 5th character is always the region), else one more
 * character (M51.36 → M51.360 "… with discogenic back pain only"), or more than one when no code
 * one character longer is reportable (M50.1 → M50.121).
 */
function whatItNeeds(code: string, title: string | undefined, reportable: string[], lookup: CodeLookup | undefined): [string, string] {
  if (reportable.length === 0) return ['it needs more characters', 'finding_header_code_deeper'];
  const namesRegion = (t: string | undefined) => t !== undefined && /\b(?:regions?|extremity|sites?|junction|rib\s+cage)\b/i.test(t);
  const region = lookup ? !namesRegion(title) && reportable.every((c) => namesRegion(lookup(c)?.title)) : code.startsWith('M99.');
  return region ? ['it needs one more character for the region', 'finding_header_code'] : ['it needs one more character', 'finding_header_code_more'];
}
