import { listParam, terms } from '../text/message-params';
import type { FamilyAlternative } from '../families/types';
import type { Finding, Mention, Span } from '../types';
import { FAMILY_RULE_SOURCES, familyCheck } from '../families-read/family-rule';
import { readCode } from './build-context';
import type { CodeRule, RuleContext } from './rule';
import { alternativeSpans, inNoteOrder } from './stenosis/alternative-evidence';
import { applies, claudicationOf, evidenceOf, hasMechanism, placesOf, type Prepared, preparedFor, readingOf, regionsAt, usableCode } from './stenosis/alternative-reading';
import type { DorsoRegion } from './stenosis/dorsopathy-regions';
import { M99_NOTE, ORDER_FILE } from './sources';
import { affirmedMyelopathyFor } from './stenosis/with-statements';

/**
 * The order of the quotes: the first words naming a condition, then the first "with" statement
 * (radiculopathy, neurogenic claudication), then the rest of each (note order within each), every
 * span once. The badge's card shows the first quote and the side panel the first two: the condition
 * the code names (spondylosis, a disc) is what sets the suggestion apart, and the "with" statement
 * is the other half of the claim.
 */
function quoteOrder(named: readonly Span[], withStatements: readonly Span[], out: Span[]): Span[] {
  // Each list holds a span once (inNoteOrder): only a span in both comes twice, and is kept where
  // it first comes in this order (slices of both lists, and spansOnce's maps, were more work than
  // comparing these few spans).
  const n0 = named[0];
  const w0 = withStatements[0];
  if (n0) out.push(n0);
  if (w0 && !(n0 && sameSpan(n0, w0))) out.push(w0);
  for (let i = 1; i < named.length; i++) {
    const s = named[i] as Span;
    if (!(w0 && sameSpan(s, w0))) out.push(s);
  }
  for (let j = 1; j < withStatements.length; j++) {
    const s = withStatements[j] as Span;
    if (!named.some((n) => sameSpan(n, s))) out.push(s);
  }
  return out;
}

const sameSpan = (a: Span, b: Span): boolean => a.start === b.start && a.end === b.end && a.fieldId === b.fieldId;

/** A code outside M99 for what a mention documents: the alternative it comes from and the first mention that gives it. */
export type Replacement = { code: string; target: string; reason: string; alt: FamilyAlternative; mention: Mention };

/**
 * The codes outside M99 that describe what `support` documents, for an M99 stenosis code nobody
 * entered (suggested-code reads it): the alternatives this check would name had the code been
 * entered, read from the mentions that document the code alone, without the "beside" ones (those
 * code a second finding and never replace the code). One reading for both rules, so the page never
 * suggests an M99 code and then, once it is entered, says a code outside M99 describes it better.
 */
export function replacementsFor(code: string, support: readonly Mention[], ctx: RuleContext): Replacement[] {
  const lesion = readCode(code).family?.axes.lesion;
  if (!lesion) return [];
  const out: Replacement[] = [];
  const reading = readingOf(ctx);
  const prepared = preparedFor(lesion);
  // Each supporting mention's place among the affirmed ones: its regions and facts are read once
  // per analysis, for every code and alternative (and classified-elsewhere) that asks.
  const places = placesOf(reading, support);
  for (let a = 0; a < prepared.length; a++) {
    const p = prepared[a] as Prepared;
    const { alt, build, reason, readsMention } = p;
    if (alt.besideLesions?.includes(lesion)) continue;
    // The regions this alternative has answered (a code or none), by id: where the region alone
    // decides the code, a later mention there adds nothing, and a dense note's code has hundreds.
    const answered: string[] | undefined = readsMention ? undefined : [];
    for (let i = 0; i < support.length; i++) {
      const m = support[i] as Mention;
      const place = places[i] as number;
      if (!hasMechanism(p, place, m, reading)) continue;
      const regions = place < 0 ? reading.regionsOf(m) : regionsAt(reading, place, m);
      if (answered && allAnswered(regions, answered)) continue;
      if (!applies(p, place, m, reading)) continue;
      for (let r = 0; r < regions.length; r++) {
        const region = regions[r] as DorsoRegion;
        if (answered && !answered.includes(region.id)) answered.push(region.id);
        const c = usableCode(build, region, m, reading);
        if (c && !hasCode(out, c)) out.push({ code: c, target: alt.target, reason, alt, mention: m });
      }
    }
  }
  return out;
}

/**
 * Other rules' M99 suggestions said as classified-elsewhere would say them once entered: an M99
 * code that a code outside M99 describes becomes that code, and one whose replacement is entered
 * already (the condition is classified) is dropped. Without it, M99.73 beside a disc prolapse with
 * sciatica pointed to M99.53, and M48.061 beside a slip's foraminal narrowing to M99.63 with M43.16
 * entered (QA stop 45, I). `support(code)`: the mentions the code was suggested from.
 */
export function outsideM99(codes: readonly string[], support: (code: string) => readonly Mention[], ctx: RuleContext): string[] {
  const out: string[] = [];
  for (const c of codes) {
    const replacements = c.startsWith('M99.') ? replacementsFor(c, support(c), ctx) : [];
    if (replacements.length === 0) {
      if (!out.includes(c)) out.push(c);
      continue;
    }
    for (const r of replacements) if (!out.includes(r.code) && !ctx.entered.some((e) => e.code === r.code)) out.push(r.code);
  }
  return out;
}

function hasCode(replacements: readonly Replacement[], code: string): boolean {
  for (let i = 0; i < replacements.length; i++) if ((replacements[i] as Replacement).code === code) return true;
  return false;
}

/** Whether every region's id is among the answered ones. */
function allAnswered(regions: readonly DorsoRegion[], answered: readonly string[]): boolean {
  for (let r = 0; r < regions.length; r++) if (!answered.includes((regions[r] as DorsoRegion).id)) return false;
  return true;
}

/**
 * The words a replacement rests on besides its mention's own span, as the check quotes them: the
 * condition it names, its "with" statement, and for M48.062 the claudication; pushed to `quotes`,
 * so a caller quoting several replacements makes one list.
 */
export function replacementQuotes(r: Replacement, ctx: RuleContext, quotes: Span[]): void {
  // A spinal stenosis is named by its mention's own span alone, which the suggestion quotes already.
  if (r.target !== 'M48.0') {
    const { named, radiculopathy } = alternativeSpans(r.alt, r.mention, evidenceOf(readingOf(ctx)));
    for (const s of named) if (s !== r.mention.span) quotes.push(s);
    if (radiculopathy) quotes.push(radiculopathy);
  }
  if (r.code === 'M48.062') {
    const claudication = claudicationOf(readingOf(ctx));
    if (claudication) quotes.push(claudication);
  }
}

/**
 * classified-elsewhere (info): the M99 category note says M99 is not used when the condition can
 * be classified elsewhere; this names the codes outside M99 that fit what the note documents. The
 * alternatives and their conditions are the M99 family's data (families/m99.ts), which the code
 * reference reads too, so a suggestion never claims more than the note it quotes.
 */
const sameText = (reasons: readonly string[], same: readonly string[], code: string): string =>
  `The M99 category note says M99 is not used when the condition can be classified elsewhere. The note documents ${reasons.join(', ')}: ${same.join(', ')} may describe it more specifically than ${code}.`;

const besideText = (reasons: readonly string[], other: readonly string[], code: string): string =>
  `The note also documents ${reasons.join(', ')}, a finding coded outside M99 with ${other.join(', ')}. That code is for that finding and does not replace ${code}.`;

/** Whether some affirmed mention is at `site` (undefined: none is). */
function affirmsSite(affirmed: readonly Mention[], site: Mention['site'] | undefined): boolean {
  for (let i = 0; i < affirmed.length; i++) if ((affirmed[i] as Mention).site === site) return true;
  return false;
}

/** The site an M99 stenosis lesion names (the subcategories' axes.lesion). */
const SITE_OF_LESION: Record<string, Mention['site']> = { 'foraminal-stenosis': 'foramen', 'canal-stenosis': 'canal' };

export const classifiedElsewhere: CodeRule = {
  id: 'classified-elsewhere',
  title: 'A code outside M99 may fit better',
  help: 'M99 is used only when the condition cannot be classified elsewhere; this names the spine codes outside M99 that fit what the note documents (spinal stenosis, spondylolisthesis, radiculopathy with spondylosis or a disc).',
  defaultSeverity: 'info',
  readsNote: true,
  // M54.1-/M54.2/M54.5- too: their Excludes1 notes send the condition with a disc or spondylosis cause to the combination code.
  families: ['m99', 'm54'],
  sources: [M99_NOTE, ORDER_FILE, ...FAMILY_RULE_SOURCES],
  scope: 'code',
  check(code, ctx) {
    if (!code.m99) return familyCheck('classified-elsewhere', code, ctx);
    if (code.exists === false || ctx.affirmed.length === 0) return [];
    const lesion = code.family?.axes.lesion;
    // Lists, each item once, not sets and maps spread into lists: a code has a few suggestions,
    // each added once per region (see answeredIds), and most lists stay empty.
    const codes: string[] = [];
    const reasons: string[] = [];
    /** The alternative behind each reason (one per label, side by side), to name it in the surfaces' languages. */
    const reasonTargets: string[] = [];
    /** The same, for alternatives that code another finding beside the code's own (see besideLesions). */
    const besideCodes: string[] = [];
    const besideReasons: string[] = [];
    const besideTargets: string[] = [];
    /** Every suggestion in the order the alternatives give them. */
    const all: string[] = [];
    /**
     * The words naming each suggested condition, from the first three mentions that support each
     * alternative (a dense note has thousands): per alternative, so a suggestion never goes
     * unquoted because an earlier one's mentions came first.
     */
    const quoted: Span[] = [];
    /** The statements the "with" suggestions rest on: radiculopathy (M47.2-, M50.1-, M51.1-), myelopathy (M47.1-, M50.0-, M51.0-), neurogenic claudication (M48.062); see quoteOrder. */
    const withQuotes: Span[] = [];
    // Fetched once per code, not per mention: its readings are per analysis.
    const reading = readingOf(ctx);
    // "Beside" only when the note affirms the code's own finding too (a foraminal stenosis beside
    // the canal stenosis); with none, the alternative may well replace the code.
    // Read on first need, in a plain variable: a closure made per check was optimized again every
    // few hundred analyses (a full collection took the closure its code was made for).
    let ownSite: boolean | undefined;
    const affirmed = ctx.affirmed;
    const prepared = preparedFor(lesion);
    // Indexed loops, not for-of: the iterator steps were a fifth of what this check allocated.
    for (let a = 0; a < prepared.length; a++) {
      const p = prepared[a] as Prepared;
      const { alt, build, reason, readsMention } = p;
      const besideLesion = lesion !== undefined && (alt.besideLesions?.includes(lesion) ?? false);
      if (besideLesion && ownSite === undefined) ownSite = affirmsSite(ctx.affirmed, SITE_OF_LESION[lesion]);
      const beside = besideLesion && ownSite === true;
      // The usable code of each region (undefined: none), by region id, built and looked up once
      // per region rather than once per mention, for the targets whose code the region alone
      // decides; a region answered before has added its code already. Two short lists, not a
      // map: a code has a few regions.
      const answeredIds: string[] = [];
      const answeredCodes: (string | undefined)[] = [];
      let supported = 0;
      /** A supporting mention that names no cause word of its own (a mechanism carried over), quoted only if none does. */
      let bare: Mention | undefined;
      for (let i = 0; i < affirmed.length; i++) {
        const m = affirmed[i] as Mention;
        let regions: DorsoRegion[] | undefined;
        // Three mentions quoted, a mention whose regions are all answered adds nothing: it is not
        // read further (a dense note's code has hundreds of mentions, most in regions seen before).
        if (!hasMechanism(p, i, m, reading)) continue;
        if (supported === 3 && !readsMention && allAnswered((regions = regionsAt(reading, i, m)), answeredIds)) continue;
        if (!applies(p, i, m, reading)) continue;
        // A mention's dorsopathy regions (a junction word is a region of its own here, where the
        // mention's M99 regions hold its upper vertebra's): the same reading as the M48.0- check's.
        regions ??= regionsAt(reading, i, m);
        let supports = false;
        for (let r = 0; r < regions.length; r++) {
          const region = regions[r] as DorsoRegion;
          let c: string | undefined;
          if (readsMention) c = usableCode(build, region, m, reading);
          else {
            const k = answeredIds.indexOf(region.id);
            if (k >= 0) {
              if (answeredCodes[k] !== undefined) supports = true;
              continue;
            }
            c = usableCode(build, region, m, reading);
            answeredIds.push(region.id);
            answeredCodes.push(c);
          }
          if (!c) continue;
          supports = true;
          // M50.1's codes (read per mention) come again; the others once per region.
          if (all.includes(c)) continue;
          all.push(c);
          if (beside) {
            besideCodes.push(c);
            if (!besideReasons.includes(reason)) {
              besideReasons.push(reason);
              besideTargets.push(alt.target);
            }
          } else {
            codes.push(c);
            if (!reasons.includes(reason)) {
              reasons.push(reason);
              reasonTargets.push(alt.target);
            }
          }
        }
        if (!supports || supported === 3) continue;
        // The notes' radiculopathy words are read once per analysis, and only for a suggestion.
        const { named, radiculopathy } = alternativeSpans(alt, m, evidenceOf(reading));
        if (named.length > 0) {
          for (const s of named) quoted.push(s);
          if (radiculopathy) withQuotes.push(radiculopathy);
          if (p.myelopathy) {
            const myelopathy = affirmedMyelopathyFor(ctx, m, reading.myelopathy);
            if (myelopathy) withQuotes.push(myelopathy);
          }
          supported++;
        } else bare ??= m;
      }
      if (supported === 0 && bare) quoted.push(bare.span);
    }
    if (codes.length === 0 && besideCodes.length === 0) return [];
    const claudication = all.includes('M48.062') ? claudicationOf(reading) : undefined;
    if (claudication) withQuotes.push(claudication);
    const other: string[] = [];
    for (const c of besideCodes) if (!codes.includes(c)) other.push(c);
    // The same finding better coded elsewhere, or another finding beside it that has a code of its
    // own outside M99 (canal stenosis beside a foraminal code): that one never replaces the code.
    // Only the message and placeholders of the finding made are built.
    let message: string;
    let messageId: string;
    let params: Record<string, string>;
    if (other.length === 0) {
      message = sameText(reasons, codes, code.code);
      messageId = 'finding_m99_classified_elsewhere';
      params = { code: code.code, reasons_terms: terms('alt', reasonTargets), suggestions_or: listParam(codes) };
    } else if (codes.length === 0) {
      message = `${besideText(besideReasons, other, code.code)} (The M99 category note says M99 is not used when the condition can be classified elsewhere.)`;
      messageId = 'finding_m99_classified_elsewhere_beside';
      params = { code: code.code, beside_terms: terms('alt', besideTargets), beside_or: listParam(other) };
    } else {
      message = `${sameText(reasons, codes, code.code)} ${besideText(besideReasons, other, code.code)}`;
      messageId = 'finding_m99_classified_elsewhere_and_beside';
      params = {
        code: code.code,
        reasons_terms: terms('alt', reasonTargets),
        suggestions_or: listParam(codes),
        beside_terms: terms('alt', besideTargets),
        beside_or: listParam(other),
      };
    }
    const evidence = quoteOrder(inNoteOrder(quoted, ctx.fields), inNoteOrder(withQuotes, ctx.fields), code.evidence.slice());
    const sources = [M99_NOTE, ORDER_FILE];
    // Two whole literals, not `additions` spread into one: a field added by a spread gives the
    // finding a shape that dies with the analysis, and every optimized rule that read a finding of
    // that shape was thrown away at the next full collection and compiled again (docs/architecture.md,
    // "Stable object shapes"; the dense 10 KB bench row paid about 20 ms of compiling per 50 calls).
    const finding: Finding =
      other.length > 0
        ? { rule: 'classified-elsewhere', severity: 'info', code: code.code, suggestions: all, additions: other, message, messageId, params, evidence, sources }
        : { rule: 'classified-elsewhere', severity: 'info', code: code.code, suggestions: all, message, messageId, params, evidence, sources };
    return [finding];
  },
};
