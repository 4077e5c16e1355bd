import type { Finding, Mechanism, Mention, Span } from '../types';
import type { FamilyAlternative } from '../families/types';
import type { PageRule } from './rule';
import { listParam, terms } from '../text/message-params';
import { andList, orList } from '../text/english-list';
import { type Replacement, replacementQuotes, replacementsFor } from './classified-elsewhere';
import { M99_INDEX, M99_NOTE, ORDER_FILE } from './sources';
import { M99_FAMILY } from '../families/m99';
import { readCode } from './build-context';
import { documentedCodes } from './stenosis/documented-codes';
import { type DorsoRegion, dorsopathyRegionReader } from './stenosis/dorsopathy-regions';

/**
 * suggested-code (info): codes the note documents that nobody entered and no other finding already
 * suggests. Where a code outside M99 describes what an M99 stenosis code would (classified-elsewhere's
 * alternatives, read from the same mentions), that code is offered instead of the M99 one.
 */
export const suggestedCode: PageRule = {
  id: 'suggested-code',
  title: 'Code the note supports',
  help: 'A code the note fully documents (site, level and cause) that was not entered: a code outside M99 when one describes the stenosis (the M99 category note), else the M99 code.',
  defaultSeverity: 'info',
  readsNote: true,
  families: ['m99'],
  sources: [M99_INDEX, M99_NOTE, ORDER_FILE],
  scope: 'page',
  check(ctx) {
    const documented = documentedCodes(ctx.mentions, ctx.procedureEvidence);
    // Most notes fully document no code: then nothing else needs reading.
    if (documented.size === 0) return [];
    // Plain loops: filter, map and flatMap here cost more than the rest of the check on a short note.
    // Lists, not sets: a page has a few codes entered and suggested, and a set grown code by code
    // was a call into the runtime at each doubling.
    const entered: string[] = [];
    for (const c of ctx.entered) entered.push(c.code);
    const alreadySuggested: string[] = [];
    for (const f of ctx.prior) if (f.rule !== 'classified-elsewhere') for (const s of f.suggestions) if (!alreadySuggested.includes(s)) alreadySuggested.push(s);
    const findings: Finding[] = [];
    const regionsOf = dorsopathyRegionReader(ctx);
    // The cause codes entered, read once per page rather than once per documented code.
    const causes = enteredCauses(entered);
    for (const [code, support] of documented) {
      if (entered.includes(code) || alreadySuggested.includes(code) || stenosisCoded(entered, support, regionsOf)) continue;
      if (ctx.lookup && ctx.lookup(code)?.billable !== true) continue;
      const documentedText = support[0]?.span.text ?? 'stenosis';
      // The M99 category note rules M99 out where a code outside it describes the condition: then
      // that code is the suggestion (none when one of them is entered already: the condition is
      // classified), with the M99 code named only as what it is not.
      const replacements = replacementsFor(code, support, ctx);
      // A cause an entered code classifies: nothing to add, unless the note names a stenosis as such
      // beside it ("disc herniations effacing the CSF" beside M50.023 is the disc's, QA stop 45, I;
      // a "canal stenosis" beside the disc code still has its own code).
      if (causeCoded(code, causes, support) && (replacements.length === 0 || !support.some((m) => NAMES_STENOSIS.test(m.span.text))))
        continue;
      if (replacements.length > 0) {
        const open: Replacement[] = [];
        let classified = false;
        for (const r of replacements) {
          if (entered.includes(r.code)) classified = true;
          else if (!alreadySuggested.includes(r.code)) open.push(r);
        }
        // An entered replacement classifies the condition; a spinal stenosis code beside it (a
        // spondylolisthesis entered, the canal stenosis it causes not) is still worth naming.
        if (open.length === 0 || (classified && !open.some((r) => r.target === 'M48.0'))) continue;
        // Plain loops, not map/flatMap and Sets spread into arrays: flatMap alone was a twentieth
        // of the rules' time on a dense 10 KB note (each of its codes is a finding here).
        const codes: string[] = [];
        const reasons: string[] = [];
        const targets: string[] = [];
        const quotes: Span[] = [];
        for (const r of open) {
          codes.push(r.code);
          if (!reasons.includes(r.reason)) reasons.push(r.reason);
          if (!targets.includes(r.target)) targets.push(r.target);
          replacementQuotes(r, ctx, quotes);
        }
        const firstTitle = codes.length === 1 ? ctx.lookup?.(codes[0] as string)?.title : undefined;
        for (const c of codes) alreadySuggested.push(c);
        findings.push({
          rule: 'suggested-code',
          severity: 'info',
          code: codes[0] as string,
          suggestions: codes,
          // `code` is the M99 code the note would fit, which nobody entered: "more specifically than
          // M99.51" read as if M99.51 were on the page (QA stop 43, #9).
          message: `${orList(codes)}${firstTitle ? ` (${firstTitle})` : ''} may describe "${documentedText}", which no entered code covers: the note documents ${andList(reasons)}. The M99 code it would also fit, ${code}, is not used when the condition can be classified elsewhere (the M99 category note).`,
          messageId: 'finding_note_fits_code_elsewhere',
          params: { suggestions_or: listParam(codes), title_msg: firstTitle ? 'part_code_title' : '', title: firstTitle ?? '', documented: documentedText, code, reasons_terms: terms('alt', targets) },
          evidence: withQuotes(support, quotes),
          sources: [M99_NOTE, ORDER_FILE],
        });
        continue;
      }
      const title = ctx.lookup?.(code)?.title;
      findings.push({
        rule: 'suggested-code',
        severity: 'info',
        code,
        suggestions: [code],
        message: `The note documents ${documentedText}, which fits ${code}${title ? ` (${title})` : ''}. Use it only if no code outside M99 describes the condition.`,
        messageId: 'finding_note_fits_code',
        params: { code, documented: support[0]?.span.text ?? '', title_msg: title ? 'part_code_title' : '', title: title ?? '' },
        evidence: support.map((m) => m.span),
        sources: [M99_INDEX, M99_NOTE],
      });
    }
    return findings;
  },
};

/**
 * Whether an entered spinal stenosis code (M48.0- of the dorsopathy region a supporting canal
 * mention is in, by its levels, else by its junction or region words) already classifies the
 * stenosis: the M99 category note then rules M99 out, and suggesting it would contradict the
 * suggestion's own proviso. Foraminal stenosis is not M48.0-'s (the index sends it to M99.6-/M99.7-;
 * see site-mismatch), so its suggestion stays.
 */
function stenosisCoded(entered: readonly string[], support: Mention[], regionsOf: (m: Mention) => DorsoRegion[]): boolean {
  // Most pages enter no M48.0- code: then no supporting mention (a dense note has hundreds) need be read.
  let any = false;
  for (const code of entered) if (code.startsWith('M48.0')) any = true;
  if (!any) return false;
  for (const m of support) {
    if (m.site !== 'canal') continue;
    for (const region of regionsOf(m)) for (const code of entered) if (code.startsWith(`M48.0${region.digit}`)) return true;
  }
  return false;
}

/** The words that name a narrowing as stenosis (not effacement, obliteration or mass effect). */
const NAMES_STENOSIS = /stenos|stenotic|narrow|compromis|encroach/i;

/**
 * The M99 family's alternatives that need nothing of the note but the cause (causeCoded's), fixed
 * data. A disc code with myelopathy (M50.0-, M51.0-) is one: the myelopathy it needs before it is
 * suggested is the entered code's own claim once it is entered, and the disc is classified.
 */
const CAUSE_ALTERNATIVES = M99_FAMILY.alternatives.filter(
  (alt) => alt.mechanisms !== undefined && (alt.requires === undefined || alt.requires.every((r) => r === 'myelopathy')),
);

/**
 * The cause alternatives whose code is entered (most pages: none), once per page: asked per
 * documented code, the family's alternatives and the entered codes were walked again for each,
 * a third of this check on a dense note.
 */
function enteredCauses(entered: readonly string[]): FamilyAlternative[] {
  const out: FamilyAlternative[] = [];
  for (const alt of CAUSE_ALTERNATIVES) {
    let found = false;
    for (let i = 0; i < entered.length && !found; i++) found = (entered[i] as string).startsWith(alt.target);
    if (found) out.push(alt);
  }
  return out;
}

/**
 * Whether an entered code outside M99 already classifies what every supporting mention names as
 * its cause, by the M99 family's own alternatives that need nothing more of the note (a disc code
 * M50.0-/M50.2-/M51.2- … for a disc, M43.3-M43.5 for a dislocation): "central disc herniations
 * effacing the CSF" beside M50.023 is the disc's, not M99.51 (QA stop 45, I). Alternatives that
 * need a further statement (a slip, a radiculopathy, a named stenosis) are replacementsFor's.
 * `causes`: the cause alternatives entered (enteredCauses).
 */
function causeCoded(code: string, causes: readonly FamilyAlternative[], support: readonly Mention[]): boolean {
  if (causes.length === 0) return false;
  const lesion = readCode(code).family?.axes.lesion;
  if (!lesion) return false;
  for (const alt of causes) {
    const mechanisms = alt.mechanisms as Mechanism[];
    if (!alt.lesions?.includes(lesion)) continue;
    if (support.every((m) => m.mechanisms.length > 0 && m.mechanisms.every((x) => mechanisms.includes(x)))) return true;
  }
  return false;
}

/**
 * The supporting mentions' spans, then the replacements' own words (replacementQuotes leaves out
 * the mention's span, already among them), each once: a dense note's code has hundreds of
 * supporting mentions, so only the few quotes are compared.
 */
function withQuotes(support: readonly Mention[], quotes: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const m of support) out.push(m.span);
  const own = out.length;
  for (const q of quotes) {
    let seen = false;
    for (let i = own; i < out.length && !seen; i++) {
      const s = out[i] as Span;
      seen = s.fieldId === q.fieldId && s.start === q.start && s.end === q.end;
    }
    if (!seen) out.push(q);
  }
  return out;
}
