import { listParam, quotesParam, term, terms } from '../text/message-params';
import type { CodeGroup, RuleContext, RuleOutput } from '../rules/rule';
import type { Comparison, Finding } from '../types';
import { BPM_LEVEL, M99_OCCIPUT, M99_TABULAR } from './chiro-sources';
import { doubtedDiagnosis, listNames, OCCIPUT_NOTE, segmentsIn, suggestable } from './chiro-helpers';
import { chiroCodeRegion, m99Region } from './read-visit';
import { conventionOf, M99_REGION_ORDER } from './region-conventions';
import { partMet, shownForCoding } from './subluxation-proof';
import type { ChiroVisit, RegionRow } from './chiro-types';

type Verdict = { finding?: Finding; comparison: Comparison };

/**
 * P.A.R.T. at a region (two of P, A, R, T, one of them A or R) documents the segmental dysfunction
 * there even when no manipulation was done that day (BPM 15 §240.1.2): "tender C5; C5 rotated
 * right; cervical rotation restricted; adjustment deferred" supports M99.01 (blind QA stop 54, M7).
 * A region the note also denies or dates keeps that answer.
 */
function partShows(visit: ChiroVisit, r: RegionRow): boolean {
  // Only on a visit that says no manipulation was done (the lesion then has no treatment to show
  // it), and at a level the note names there: a general exam's "pain" and "reduced range of
  // motion" beside a billed manipulation elsewhere is not read as a diagnosis (corpus dump, stop 54).
  if (!visit.noManipulation || !partMet(r)) return false;
  const level = visit.segments.some(
    (s) => s.status === 'affirmed' && s.levelStated && conventionOf(s.kind).m99 === r.region,
  );
  return level && !visit.segments.some(
    (s) => s.status !== 'affirmed' && conventionOf(s.kind).m99 === r.region && (s.treated || s.lesion),
  );
}

/**
 * Whether the note supports an M99.0x (segmental and somatic dysfunction) or M99.1x (subluxation
 * complex) code's region: supported when the note documents a subluxation, dysfunction or a
 * treatment in that region; unsupported-code when it documents that region only as negated,
 * historical or planned; a region-mismatch finding when it documents nothing there but a lesion or
 * treatment in regions no code names (suggesting their codes); unsupported-code when it documents
 * nothing there at all.
 */
/** The supported reason of a region the note treats or diagnoses: its levels, or its name. */
function regionSaid(region: RegionRow['region'], levels: readonly string[]) {
  return {
    reason: `The note documents the ${region} region (${levels.join(', ') || 'region named'})`,
    messageId: levels.length > 0 ? 'reason_chiro_region_levels' : 'reason_chiro_region_named',
    params: { region_term: term('region', region), levels_list: listParam(levels) },
  };
}

/** The supported reason of a region shown only by its P.A.R.T. findings. */
function partSaid(region: RegionRow['region'], part: RegionRow['part']) {
  const letters = (['P', 'A', 'R', 'T'] as const).filter((l) => part[l]);
  return {
    reason: `The note's P.A.R.T. findings document a dysfunction in the ${region} region (${letters.join(', ')})`,
    messageId: 'reason_chiro_region_part',
    params: { region_term: term('region', region), letters_list: listParam(letters) },
  };
}

function verdictOf(code: CodeGroup, ctx: RuleContext): Verdict | undefined {
  const chiro = ctx.chiro;
  const region = chiroCodeRegion(code.code);
  if (!chiro || !region || code.exists === false) return undefined;
  const visit = chiro.visit;
  const documented = visit.regions.filter((r) => r.treated || r.lesion || partShows(visit, r));
  const doubted = ctx.inpatient ? [] : doubtedDiagnosis(visit.segments, region);
  const here = doubted.length > 0 ? undefined : documented.find((r) => r.region === region);
  if (here) {
    // A region shown only by its P.A.R.T. findings (the adjustment deferred) says so; else its levels or its name.
    const said = here.treated || here.lesion ? regionSaid(region, here.levels) : partSaid(region, here.part);
    return { comparison: { rule: 'region-mismatch', code: code.code, outcome: 'supported', evidence: here.evidence.slice(0, 4), ...said } };
  }
  const denied =
    doubted.length > 0
      ? doubted
      : visit.segments.filter((s) => s.status !== 'affirmed' && conventionOf(s.kind).m99 === region && (s.treated || s.lesion));
  const coded = new Set(ctx.entered.map((g) => m99Region(g.code)));
  // A region the note speaks of only to deny it ("Thoracic: no subluxation found today, not
  // adjusted") or to date it is that code's answer: unsupported, whatever else the note documents
  // (those regions are treated-region-uncoded's to add). And a replacement never names a region the
  // note negates, nor the sacro-iliac joint a pelvic code beside it codes already (suggestable;
  // blind QA stop 50, M1: M99.02 → M99.04 under "Sacrum: no listing, not adjusted").
  // The SI joint's test asks of the other codes: M99.15 alone beside "right sacroiliac
  // subluxation" moves to M99.14 (QA n33), M99.02 beside M99.05 names no sacral code.
  const besides = new Set(ctx.entered.filter((g) => g.code !== code.code).map((g) => m99Region(g.code)));
  const others =
    denied.length > 0 ? [] : documented.filter((r) => !coded.has(r.region) && suggestable(visit, r.region, besides));
  const subcategory = code.code.charAt(4);
  if (others.length > 0) {
    // Only regions whose lesion the run would not then call unshown (subluxation-documentation).
    const suggestions = others
      .filter((r) => shownForCoding(visit, r))
      .map((r) => `M99.${subcategory}${M99_REGION_ORDER.indexOf(r.region)}`);
    const segments = others.flatMap((r) => segmentsIn(visit, r.region));
    // Show the occiput convention where it decides: the code says cervical, the note says occiput.
    const occiput = segments.some((s) => s.kind === 'occiput') && region === 'cervical';
    const finding: Finding = {
      rule: 'region-mismatch',
      severity: 'warning',
      code: code.code,
      suggestions,
      message: `${code.code} is for the ${region} region (digit ${M99_REGION_ORDER.indexOf(region)}), but the note documents ${listNames(segments.map((s) => s.name))} (${others.map((r) => r.region).join(', ')}).${occiput ? ` ${OCCIPUT_NOTE}` : ''}`,
      messageId: 'finding_chiro_region',
      params: {
        code: code.code,
        code_region_term: term('region', region),
        digit: String(M99_REGION_ORDER.indexOf(region)),
        segments_list: listParam([...new Set(segments.map((s) => s.name))]),
        regions_terms: terms('region', others.map((r) => r.region)),
        occiput_msg: occiput ? 'sentence_occiput_convention' : '',
        // What the note says, for the card's headline.
        said_list: listParam([...new Set(segments.map((s) => s.name))]),
      },
      evidence: [...code.evidence, ...segments.map((s) => s.span)],
      sources: occiput ? [M99_TABULAR, M99_OCCIPUT] : [M99_TABULAR],
    };
    return {
      finding,
      comparison: {
        rule: 'region-mismatch',
        code: code.code,
        outcome: 'finding',
        evidence: segments.map((s) => s.span),
        reason: finding.message,
      },
    };
  }
  // The words that deny or date them, each once: "Lumbar: previously treated L5 subluxation
  // resolved" quotes "resolved", not "resolved", "resolved".
  const quotes = [...new Set(denied.map((s) => s.trigger?.text ?? s.name))].slice(0, 3);
  const what = code.code.startsWith('M99.0') ? 'segmental or somatic dysfunction' : 'subluxation';
  const finding: Finding = {
    rule: 'unsupported-code',
    severity: 'warning',
    code: code.code,
    suggestions: [],
    message:
      denied.length > 0
        ? `${code.code} is a ${region} ${what} code, but the note documents the ${region} region only as ${[...new Set(denied.map((s) => s.status))].join(' or ')} (${quotes.map((q) => `"${q}"`).join(', ')}).`
        : documented.length === 0
          ? `${code.code} is a ${region} ${what} code, but the note documents no subluxation, dysfunction or adjustment.`
          : `${code.code} is a ${region} ${what} code, but the note documents nothing at the ${region} region.`,
    messageId: denied.length > 0 ? 'finding_chiro_region_only_as' : documented.length === 0 ? 'finding_chiro_nothing_documented' : 'finding_chiro_nothing_in_region',
    params: {
      code: code.code,
      code_region_term: term('region', region),
      lesion_term: code.code.startsWith('M99.0') ? 'lesion_dysfunction' : 'lesion_subluxation',
      statuses_or_terms: terms('status', [...new Set(denied.map((s) => s.status))]),
      quotes_quotes: quotesParam(quotes),
    },
    evidence: [...code.evidence, ...denied.map((s) => s.span)],
    sources: [M99_TABULAR, BPM_LEVEL],
  };
  return {
    finding,
    comparison: {
      rule: 'unsupported-code',
      code: code.code,
      outcome: 'finding',
      evidence: denied.map((s) => s.span),
      reason: finding.message,
    },
  };
}

/**
 * The part of region-mismatch or unsupported-code that judges M99.0-/M99.1- codes (the stenosis
 * part judges M99.2-M99.7). Each rule reports only its own finding and comparison.
 */
export function chiroRegionCheck(
  rule: 'region-mismatch' | 'unsupported-code',
  code: CodeGroup,
  ctx: RuleContext,
): RuleOutput {
  const verdict = ctx.memo('chiro-region', code.code, () => verdictOf(code, ctx));
  if (!verdict || verdict.comparison.rule !== rule) return [];
  return { findings: verdict.finding ? [verdict.finding] : [], compared: [verdict.comparison] };
}

/**
 * Whether the region verdict of an M99.0-/M99.1- code refutes it (unsupported or the wrong region),
 * for rules that pick among the entered codes (medicare-primary-diagnosis): they never name a code
 * the same run calls unsupported (blind QA stop 54, M5). False when no verdict is given (no note read).
 */
export function chiroCodeRefuted(code: CodeGroup, ctx: RuleContext): boolean {
  if (ctx.noteText.trim() === '') return false;
  const verdict = ctx.memo('chiro-region', code.code, () => verdictOf(code, ctx));
  return verdict !== undefined && verdict.comparison.outcome !== 'supported';
}

export const isChiroCode = (code: string): boolean => chiroCodeRegion(code) !== undefined;
