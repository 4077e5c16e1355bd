import type { M99StenosisAxes } from '../../m99/m99-axes';
import type { Finding, Mention, ProcedureEvidence, RuleId, Severity, Span } from '../../types';
import type { CodeGroup, Comparison, RuleContext, RuleOutput } from '../rule';
import { M99_INDEX } from '../sources';
import { AXIS_BIT, axisMessage, axisTemplate, type ClosestMention, type UnsureWhy, compareAxes, describeMention, differingBits, firstDistinct, sameValue, type Axis } from './closest-mentions';
import { codeSiteOf, codesFor } from './documented-codes';
import { listParam, mentionItems, mentionsParam, quotesParam, term, terms } from '../../text/message-params';
import { outsideM99 } from '../classified-elsewhere';
import { agreeingComparison, type AxisAgreement, type ImplyingProcedure } from '../../families-read/axis-agreement';
import { namesCauseOnlyAmbiguously } from './indeterminate-cause';
import { namesSeveralCauses, severalCauses } from './several-causes';
import { quotedLevels } from '../../levels/quoted-levels';

const RULE_OF: Record<Axis, RuleId> = { site: 'site-mismatch', region: 'region-mismatch', mechanism: 'mechanism-mismatch' };

/**
 * The agreement when only a procedure supports the code: it names the procedure as a procedure
 * ("the procedure "foraminotomy" at L5-S1 implies the code's site"), never as a stenosis the note
 * documents, and covers site and region only; a procedure says nothing about the mechanism.
 */
function procedureSupport(axis: Axis, code: CodeGroup, axes: M99StenosisAxes, procedures: ProcedureEvidence[]): Comparison[] {
  if (axis === 'mechanism' || procedures.length === 0) return [];
  const named = new Map<string, ImplyingProcedure>();
  for (const p of procedures) {
    const said = { quote: p.span.text, levels: quotedLevels(p.levels) };
    named.set(JSON.stringify(said), said);
  }
  const agreement: AxisAgreement = { axis, codeSays: codeSays(axis, axes), evidence: procedures.map((p) => p.span), by: 'procedure', procedures: [...named.values()].slice(0, 2) };
  return [agreeingComparison(RULE_OF[axis], code.code, agreement)];
}

/** What the three axes' agreements quote of the matching mentions, made by the first (see AxisComparison.agreed). */
function agreedOf(closest: readonly ClosestMention[]): { evidence: Span[]; items: string[] } {
  const support: Mention[] = [];
  const evidence: Span[] = [];
  for (const s of closest) {
    support.push(s.m);
    evidence.push(s.m.span);
  }
  return { evidence, items: mentionItems(support, 2) };
}

/** The closest statements that name a cause (all of them, as the same list, when every one does). */
function namingCause(closest: readonly ClosestMention[]): readonly ClosestMention[] {
  let naming = 0;
  for (const s of closest) if (s.m.mechanisms.length > 0) naming++;
  return naming === closest.length ? closest : closest.filter((s) => s.m.mechanisms.length > 0);
}

const describedOf = (closest: readonly ClosestMention[]) => firstDistinct(closest, (s) => describeMention(s.m), 2);

/** The code's value on the axis, as vocabulary values. */
function codeSays(axis: Axis, axes: M99StenosisAxes): string[] {
  if (axis === 'site') return [axes.site];
  if (axis === 'region') return axes.region ? [axes.region] : [];
  return [...axes.mechanisms];
}

/**
 * The check shared by site-mismatch, region-mismatch and mechanism-mismatch: one finding when the
 * closest mentions differ from the code on this axis (error for site and region, warning for
 * mechanism, info when the documentation is mixed or ambiguous), and a comparison either way.
 */
export function axisCheck(axis: Axis, code: CodeGroup, ctx: RuleContext): RuleOutput {
  const axes = code.m99;
  if (!axes || code.exists === false) return [];
  const result = compareAxes(code, ctx);
  if (!result) return [];
  const rule = RULE_OF[axis];
  // Plain loops, no list unless a comparison or finding is made: the three axis rules run for
  // every entered M99 stenosis code at every analysis, and most of them find agreement.
  const bit = AXIS_BIT[axis];
  const closest = result.closest;
  const against: Mention[] = [];
  for (const s of closest) if (s.bits & bit) against.push(s.m);
  if (against.length === 0) {
    if (closest.length === 0) return { findings: [], compared: procedureSupport(axis, code, axes, result.impliedBy ?? []) };
    if (!result.matched) return { findings: [], compared: [] };
    // A statement that names neither canal nor foramen agrees with no code's site either, and the
    // site is half of M99.2-M99.7's fourth character: "lumbar spinal stenosis L4-L5" made M99.23
    // to M99.73 all supported at once (QA stop 49, C3). The provider is asked, no code suggested.
    if (axis === 'site' && !namesSite(closest)) return siteUnsaid(code, axes, closest);
    // A statement that names no cause differs from no code's cause, and agrees with none either:
    // the mechanism is said to match only by the statements that name one ("foraminal narrowing"
    // alone made an M99.63 "match the code's site, region, and mechanism").
    const named = axis === 'mechanism' ? namingCause(closest) : closest;
    if (named.length === 0) {
      // The statements that document the code name no cause; when every statement of its site
      // and region that names one names another, the code's cause is not the note's (QA stop 43,
      // #10: M99.71 beside C5-C6 "foraminal stenosis" and the uncovertebral and facet
      // hypertrophy causing the foraminal narrowing: supported, bone said only by an info note).
      const other = axis === 'mechanism' ? otherCauseOnly(axes, ctx.affirmed) : [];
      // No cause named anywhere for the code's site and region: mechanism-unclear asks it.
      if (other.length === 0) return { findings: [], compared: [] };
      // Unsure, unless every statement that documents the code is a compression that the cause's
      // own narrowing statement goes on to describe ("foraminal stenosis due to facet hypertrophy,
      // compressing the exiting L4 root": bone is the documented cause; QA stop 48, I).
      return mismatch(axis, code, axes, other, onlyCompressions(closest) ? [] : closest.map((s) => s.m), ctx);
    }
    // Named only as a disc-osteophyte complex: neither agreement nor mismatch; mechanism-unclear asks.
    if (axis === 'mechanism' && onlyAmbiguousCause(named, axes)) return { findings: [], compared: [] };
    // Named as several causes that M99 codes apart (bone, ligament, disc): none of those codes
    // agrees more than another; mechanism-unclear asks (several-causes.ts, QA stop 51 H6).
    if (axis === 'mechanism' && namesSeveralCauses(named, axes)) return { findings: [], compared: [] };
    const shared = named === closest;
    const agreed = shared ? (result.agreed ??= agreedOf(closest)) : agreedOf(named);
    const agreement: AxisAgreement = {
      axis,
      codeSays: codeSays(axis, axes),
      evidence: agreed.evidence,
      by: 'note',
      noteSays: shared ? (result.described ??= describedOf(closest)) : describedOf(named),
      noteDesc: agreed.items,
    };
    return { findings: [], compared: [agreeingComparison(rule, code.code, agreement)] };
  }
  return mismatch(axis, code, axes, against, [], ctx);
}

/** The closest statements' mentions, by a plain loop (the questions below quote them all). */
function mentionsOf(closest: readonly ClosestMention[]): Mention[] {
  const out: Mention[] = [];
  for (const s of closest) out.push(s.m);
  return out;
}

/** Whether some closest statement names the canal (or its lateral recess) or the foramen. */
function namesSite(closest: readonly ClosestMention[]): boolean {
  for (const s of closest) if (codeSiteOf(s.m) !== undefined) return true;
  return false;
}

/**
 * site-mismatch's question when the statements that document the code's region (and cause, when
 * they name one) never say canal or foramen: an info finding that disagrees, so the code is not
 * called supported on a site nothing checked; no suggestion, either site would be our guess.
 * Worded on its own (finding_axis_site_unsaid), not as a wrong site: the wrong-site template read
 * "…but the note documents stenosis, L4-L5. The note does not say…", two sentences that seemed to
 * disagree before the second said why (QA stop 49). Where the stenosis is comes first, then what
 * the note leaves out.
 */
function siteUnsaid(code: CodeGroup, axes: M99StenosisAxes, closest: readonly ClosestMention[]): RuleOutput {
  const said = mentionsOf(closest);
  const where = whereSaid(said);
  const codeSite = axes.site === 'canal' ? 'stenosis of the neural canal' : 'stenosis of the intervertebral foramina';
  const message = `${axes.code} is for ${codeSite}. The note documents stenosis${where.english ? ` (${where.english})` : ''} without saying whether it is in the canal or the foramina: check the site.`;
  return question('site-mismatch', code, said, message, {
    messageId: 'finding_axis_site_unsaid',
    params: { code: axes.code, code_site_term: term('stenosis_of', axes.site), documented_desc: where.desc },
  });
}

/**
 * mechanism-unclear's question when the statements that document the code's site and region name
 * no cause at all (bone, subluxation, ligament, disc), and no other statement there names another:
 * the fourth character is site and cause together, so neither M99.6- nor M99.7- (nor M99.2-M99.5-)
 * is called supported on a cause nothing checked ("foraminal stenosis" alone made M99.63 and
 * M99.73 both supported; blind QA stop 52, H1). An info finding that disagrees, as the site's
 * question does (siteUnsaid); no suggestion, either cause would be our guess (clinical brief
 * §5.2, §7 rule 3). missing-documentation then leaves its mechanism item out: said once.
 */
function mechanismUnsaid(code: CodeGroup, axes: M99StenosisAxes, closest: readonly ClosestMention[]): RuleOutput {
  const said = mentionsOf(closest);
  const documented = firstDistinct(said, describeMention, 3).join('; ');
  const message = `${axes.code} is for ${axes.mechanisms.join(' or ').replace(/-/g, ' ')} stenosis. The note documents ${documented}, without naming its cause (bone, subluxation, ligament or disc): ask the provider what narrows it.`;
  return question('mechanism-unclear', code, said, message, {
    messageId: 'finding_axis_mechanism_unsaid',
    params: { code: axes.code, code_mech_or_terms: terms('mech', axes.mechanisms), documented_desc: mentionsParam(said) },
  });
}

/**
 * Where the statements put the stenosis: their levels (normalised, each once), else their region
 * words; in English and as a `_desc` item ("stenosis (L3-L4, L4-L5)", "stenosis (lumbar)").
 */
function whereSaid(said: readonly Mention[]): { english: string; desc: string } {
  const levels: string[] = [];
  for (const m of said) for (const l of m.levels) if (!levels.includes(l.normalized)) levels.push(l.normalized);
  const stenosis = `@${term('site', 'unspecified')}`;
  if (levels.length > 0) return { english: levels.join(', '), desc: `${stenosis};(${levels.join(', ')})` };
  const regions: string[] = [];
  for (const m of said) for (const r of m.regions) if (!regions.includes(r)) regions.push(r);
  if (regions.length === 0) return { english: '', desc: stenosis };
  return { english: regions.map((r) => r.replace(/-/g, ' ')).join(', '), desc: `${stenosis};(${regions.map((r) => `@${term('region', r)}`).join('+')})` };
}

/**
 * A question for the provider on one axis: an info finding that quotes the statements (`said`),
 * says `message` (its catalogue template `template`), suggests no code, and counts as a
 * disagreeing comparison, so the code is not called supported on what the note leaves open.
 */
function question(rule: RuleId, code: CodeGroup, said: Mention[], message: string, template: { messageId: string; params: Record<string, string> }): RuleOutput {
  const evidence: Span[] = code.evidence.slice();
  for (const m of said) evidence.push(m.span);
  const finding: Finding = { rule, severity: 'info', code: code.code, suggestions: [], message, messageId: template.messageId, params: template.params, evidence, sources: [M99_INDEX] };
  return { findings: [finding], compared: [{ rule, code: code.code, outcome: 'finding', evidence: said.map((m) => m.span), reason: message }] };
}

/** Whether every closest statement is a neural compression statement, not a narrowing one. */
function onlyCompressions(closest: readonly ClosestMention[]): boolean {
  for (const s of closest) if (s.m.kind !== 'compression') return false;
  return closest.length > 0;
}

/** Whether every statement naming a cause names the code's only as a disc-osteophyte complex (indeterminate-cause.ts). */
function onlyAmbiguousCause(named: readonly ClosestMention[], axes: M99StenosisAxes): boolean {
  for (const s of named) if (!namesCauseOnlyAmbiguously(s.m, axes.mechanisms)) return false;
  return named.length > 0;
}

/**
 * mechanism-unclear's check: when the statements that document the code (its site and region, no
 * other cause) name its cause only as a disc-osteophyte complex, which says bone and disc at once,
 * one finding that asks the provider which one narrows the canal or foramen. No code is suggested:
 * either guess would be ours (clinical brief §5.2, §7.3).
 */
export function indeterminateCause(code: CodeGroup, ctx: RuleContext): RuleOutput {
  const axes = code.m99;
  if (!axes || code.exists === false) return [];
  const result = compareAxes(code, ctx);
  if (!result || !result.matched) return [];
  const bit = AXIS_BIT.mechanism;
  for (const s of result.closest) if (s.bits & bit) return [];
  const named = namingCause(result.closest);
  if (named.length === 0 && result.closest.length > 0) {
    // No statement of the code's site and region names a cause; asked unless another statement
    // there names one (mechanism-mismatch's case, otherCauseOnly).
    return otherCauseOnly(axes, ctx.affirmed).length === 0 ? mechanismUnsaid(code, axes, result.closest) : [];
  }
  if (!onlyAmbiguousCause(named, axes)) return namesSeveralCauses(named, axes) ? severalCausesQuestion(code, axes, named) : [];
  const said = named.map((s) => s.m);
  const { messageId, params } = axisTemplate('mechanism', axes, said, [], false);
  params['unsure_msg'] = 'sentence_mechanism_indeterminate';
  return question('mechanism-unclear', code, said, `${axisMessage('mechanism', axes, said, [], false)} ${INDETERMINATE}`, { messageId, params });
}

const INDETERMINATE = 'A disc-osteophyte complex does not tell bone from disc: ask the provider which one causes the narrowing.';

/**
 * mechanism-unclear's question when the statements name several causes that M99 codes apart
 * (several-causes.ts): which causes (quoted) and which codes they divide among; no code is picked.
 */
function severalCausesQuestion(code: CodeGroup, axes: M99StenosisAxes, named: readonly ClosestMention[]): RuleOutput {
  const said = named.map((s) => s.m);
  const { words, codes } = severalCauses(named, axes);
  const template = axisTemplate('mechanism', axes, said, [], false);
  const base = template.params;
  // One literal with every placeholder (docs/architecture.md, "Stable object shapes").
  const params: Record<string, string> = {
    code: base['code'] ?? axes.code,
    documented_desc: base['documented_desc'] ?? '',
    // A statement whose causes were read without their words (none to quote) is said without quotes.
    unsure_msg: words.length > 0 ? 'sentence_mechanism_several' : 'sentence_mechanism_several_unquoted',
    wanted_msg: '',
    suggestions_or: '',
    code_mech_or_terms: base['code_mech_or_terms'] ?? '',
    causes_quotes: quotesParam(words),
    choices_or: listParam(codes),
  };
  const messageId = template.messageId;
  const choices = codes.length < 2 ? codes.join('') : `${codes.slice(0, -1).join(', ')} or ${codes[codes.length - 1] ?? ''}`;
  const english = `The note names several causes of this narrowing${words.length > 0 ? ` (${words.map((w) => `"${w}"`).join(', ')})` : ''}, and each has its own code (${choices}): the coder chooses which one applies; none is picked here.`;
  return question('mechanism-unclear', code, said, `${axisMessage('mechanism', axes, said, [], false)} ${english}`, { messageId, params });
}

/**
 * The affirmed statements at the code's site and in its region that name a cause, when none of
 * them names the code's; else none. Asked only when the statements that document the code name no
 * cause at all.
 */
function otherCauseOnly(axes: M99StenosisAxes, affirmed: readonly Mention[]): Mention[] {
  const other: Mention[] = [];
  for (const m of affirmed) {
    if (m.mechanisms.length === 0 || codeSiteOf(m) !== axes.site) continue;
    const bits = differingBits(axes, m);
    if (bits & AXIS_BIT.region) continue;
    if (!(bits & AXIS_BIT.mechanism)) return [];
    other.push(m);
  }
  return other;
}

/**
 * The finding and its comparison for the statements that differ on the axis; `uncaused`, the
 * statements of the code's site and region that name no cause beside others naming another: info
 * whatever they say.
 */
function mismatch(axis: Axis, code: CodeGroup, axes: M99StenosisAxes, against: Mention[], uncaused: readonly Mention[], ctx: RuleContext): RuleOutput {
  const rule = RULE_OF[axis];
  const suggestions = suggestionsFor(against, axes, code.code);
  // A wrong site is a different condition, which may be classified outside M99 (a disc with
  // sciatica, a canal stenosis): said as classified-elsewhere says it (QA stop 45, I). A wrong
  // region or cause of the same lesion keeps pointing to its M99 code.
  const told = axis === 'site' ? outsideM99(suggestions, (c) => against.filter((m) => codesFor(m, axes).includes(c)), ctx) : suggestions;
  const why = unsureWhy(axis, against, uncaused);
  const unsure = why !== undefined;
  const severity: Severity = unsure ? 'info' : axis === 'mechanism' ? 'warning' : 'error';
  const message = axisMessage(axis, axes, against, told, unsure, why);
  const { messageId, params } = axisTemplate(axis, axes, against, told, unsure, why);
  const evidence: Span[] = code.evidence.slice();
  const againstSpans: Span[] = [];
  for (const m of against) {
    evidence.push(m.span);
    againstSpans.push(m.span);
  }
  const finding: Finding = { rule, severity, code: code.code, suggestions: told, message, messageId, params, evidence, sources: [M99_INDEX] };
  return {
    findings: [finding],
    compared: [{ rule, code: code.code, outcome: 'finding', evidence: againstSpans, reason: message }],
  };
}

/**
 * The codes the differing mentions document, the entered code aside. codesFor is asked for every
 * mention: its codes are built once per combination (documented-codes.ts), and a key naming each
 * mention's combination, to skip the repeats, cost more to build and hash than the answer.
 */
function suggestionsFor(against: readonly Mention[], axes: M99StenosisAxes, entered: string): string[] {
  const codes = new Set<string>();
  for (const m of against) for (const c of codesFor(m, axes)) codes.add(c);
  const suggestions: string[] = [];
  for (const c of codes) if (c !== entered) suggestions.push(c);
  return suggestions;
}

/** What makes the mismatch unsure, if anything (UnsureWhy): a cause only elsewhere, statements that disagree, one read two ways. */
function unsureWhy(axis: Axis, against: readonly Mention[], uncaused: readonly Mention[]): UnsureWhy | undefined {
  if (uncaused.length > 0) return { kind: 'cause-elsewhere', values: [], quotes: firstDistinct(uncaused, (m) => m.span.text, 3) };
  if (isMixed(axis, against)) {
    const values: string[] = [];
    for (const m of against) for (const v of axisValues(axis, m)) if (!values.includes(v)) values.push(v);
    return { kind: 'disagree', values, quotes: firstDistinct(against, (m) => m.span.text, 3) };
  }
  if (isAmbiguous(axis, against)) {
    const read2 = against.filter((m) => (axis === 'region' ? m.regionAmbiguous : m.mechanismAmbiguous));
    return { kind: 'ambiguous', values: [], quotes: firstDistinct(read2, (m) => m.span.text, 3) };
  }
  return undefined;
}

/** A mention's values on the axis: its code site, regions or mechanisms. */
function axisValues(axis: Axis, m: Mention): readonly string[] {
  if (axis === 'site') {
    const site = codeSiteOf(m);
    return site ? [site] : [m.site];
  }
  return axis === 'region' ? m.regions : m.mechanisms;
}

/** Whether the differing mentions say more than one thing on the axis (the first value against the rest: a set of them had the same answer). */
function isMixed(axis: Axis, against: readonly Mention[]): boolean {
  const first = against[0] as Mention;
  for (let i = 1; i < against.length; i++) if (!sameValue(axis, first, against[i] as Mention)) return true;
  return false;
}

/** Whether a differing mention's region or mechanism (for those axes) was read as ambiguous. */
function isAmbiguous(axis: Axis, against: readonly Mention[]): boolean {
  if (axis === 'region') {
    for (const m of against) if (m.regionAmbiguous) return true;
  } else if (axis === 'mechanism') {
    for (const m of against) if (m.mechanismAmbiguous) return true;
  }
  return false;
}
