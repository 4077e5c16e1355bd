import type { Finding } from '../types';
import { listParam, term } from '../text/message-params';
import type { CmtRegion, OmtRegion, ProcedureLine } from '../chiro/chiro-types';
import { CPT_REGIONS, FIRST_COAST, OMT_REGIONS } from '../chiro/chiro-sources';
import { codeForCount, manipulationCode, type ManipulationCode as ManipulationCodeBand, type ManipulationScheme } from '../chiro/procedure-codes';
import type { StatedRegionCount } from '../chiro/read-region-count';
import { CMT_SPINAL, conventionOf } from '../chiro/region-conventions';
import type { PageRule } from './rule';
import { onChiroVisit, type ChiroContext } from '../chiro/chiro-context';
import { OCCIPUT_NOTE } from '../chiro/chiro-helpers';

const SCHEME_WORDS: Record<ManipulationScheme, string> = {
  'cmt-spinal': 'spinal region',
  'cmt-extraspinal': 'extraspinal region',
  omt: 'body region',
};

/**
 * The words that show a region treated, without the region's own name: "cervical (C2, C5)", but
 * "cervical" where the note names only the region ("CMT to cervical and thoracic regions"), not
 * "cervical (cervical)".
 */
const shownNames = (region: string, names: string[]) => [...new Set(names)].filter((n) => n.toLowerCase() !== region.toLowerCase());

/** Regions with the segments treated in them, as a `_desc` placeholder: "cervical (C2, C5)". */
const regionsParam = (regions: ReturnType<typeof treatedRegions>) =>
  listParam(
    [...regions.entries()].map(([region, e]) => {
      const names = shownNames(region, e.names);
      return names.length > 0 ? `@${term('region', region)};(${names.join(', ')})` : `@${term('region', region)}`;
    }),
  );

/** The same in English words, for the finding's message. */
const regionsText = (regions: ReturnType<typeof treatedRegions>) =>
  [...regions.entries()]
    .map(([region, e]) => {
      const names = shownNames(region, e.names);
      return names.length > 0 ? `${region} (${names.join(', ')})` : region;
    })
    .join(', ');
const schemeTerm = (scheme: ManipulationScheme, count: number) => term('scheme', `${scheme}_${count === 1 ? 'one' : 'other'}`);

/** The distinct regions of `scheme` the note documents as manipulated today, with the segments that show it. */
export function treatedRegions(ctx: ChiroContext, scheme: ManipulationScheme) {
  const regions = new Map<CmtRegion | OmtRegion, { names: string[]; spans: Finding['evidence'] }>();
  for (const s of ctx.visit.segments) {
    if (s.status !== 'affirmed' || !s.treated) continue;
    const convention = conventionOf(s.kind);
    const spinal = CMT_SPINAL.includes(convention.cmt);
    const region = scheme === 'omt' ? convention.omt : convention.cmt;
    if (scheme === 'cmt-spinal' && !spinal) continue;
    if (scheme === 'cmt-extraspinal' && spinal) continue;
    const entry = regions.get(region) ?? { names: [], spans: [] };
    entry.names.push(s.name);
    entry.spans.push(s.span);
    regions.set(region, entry);
  }
  return regions;
}

/** For a CMT line with nothing treated in its group, the other group's treated regions and its code. */
function otherScheme(ctx: ChiroContext, scheme: ManipulationScheme) {
  if (scheme === 'omt') return undefined;
  const other: ManipulationScheme = scheme === 'cmt-spinal' ? 'cmt-extraspinal' : 'cmt-spinal';
  const regions = treatedRegions(ctx, other);
  const right = codeForCount(other, regions.size);
  return regions.size > 0 && right ? { scheme: other, regions, right } : undefined;
}

function wrongGroup(
  line: ProcedureLine,
  scheme: ManipulationScheme,
  other: NonNullable<ReturnType<typeof otherScheme>>,
): Finding {
  const list = regionsText(other.regions);
  return {
    rule: 'manipulation-region-count',
    severity: 'warning',
    code: line.code,
    suggestions: [other.right.code],
    message: `${line.code} counts ${SCHEME_WORDS[scheme]}s, but the note documents no ${SCHEME_WORDS[scheme]} treated today; it documents ${other.regions.size} ${SCHEME_WORDS[other.scheme]}${other.regions.size === 1 ? '' : 's'}: ${list} → ${other.right.code} (${other.right.short}).`,
    messageId: 'finding_manipulation_wrong_group',
    params: {
      line_code: line.code,
      scheme_words_term: schemeTerm(scheme, 2),
      scheme_word_term: schemeTerm(scheme, 1),
      count: String(other.regions.size),
      other_words_term: schemeTerm(other.scheme, other.regions.size),
      regions_desc: regionsParam(other.regions),
      right_code: other.right.code,
      right_short_term: term('cpt', other.right.code),
    },
    evidence: [line.span, ...[...other.regions.values()].flatMap((e) => e.spans)],
    sources: [CPT_REGIONS, FIRST_COAST],
  };
}

/** A manipulation line on a visit whose note says no manipulation was done today. */
function notPerformed(line: ProcedureLine, statement: Finding['evidence'][number], scheme: ManipulationScheme): Finding {
  return {
    rule: 'manipulation-region-count',
    severity: 'warning',
    code: line.code,
    suggestions: [],
    message: `${line.code} bills a manipulation, but the note says none was done today ("${statement.text}") and documents no region treated.`,
    messageId: 'finding_manipulation_not_performed',
    params: { line_code: line.code, statement_quote: statement.text },
    evidence: [line.span, statement],
    sources: scheme === 'omt' ? [OMT_REGIONS] : [CPT_REGIONS, FIRST_COAST],
  };
}

/** The first count stated for `scheme`'s regions (extraspinal counts for 98943, the others for the rest). */
function statedCount(ctx: ChiroContext, scheme: ManipulationScheme): StatedRegionCount | undefined {
  return ctx.regionCounts.find((c) => c.extraspinal === (scheme === 'cmt-extraspinal'));
}

/**
 * A manipulation line judged by the count stated for it: the regions are at least those named
 * (`named`) and at most the statement's upper end. No finding when the code's band meets that range.
 */
function statedFinding(line: ProcedureLine, code: ManipulationCodeBand, stated: StatedRegionCount, named: number): Finding | undefined {
  const low = Math.max(named, stated.min);
  const high = stated.max;
  if (high >= code.min && low <= code.max) return undefined;
  const lowCode = codeForCount(code.scheme, low);
  const right = lowCode && codeForCount(code.scheme, high)?.code === lowCode.code ? lowCode : undefined;
  const count = low === high ? String(low) : `${low}-${high}`;
  const words = SCHEME_WORDS[code.scheme];
  const band = code.min === code.max ? String(code.min) : `${code.min}-${code.max}`;
  const more = low > code.max && !right;
  return {
    rule: 'manipulation-region-count',
    severity: 'warning',
    code: line.code,
    suggestions: right && right.code !== line.code ? [right.code] : [],
    message: `The chart states ${count} ${words}${high === 1 ? '' : 's'} treated ("${stated.span.text}")${right ? ` → ${right.code} (${right.short})` : more ? ` (more than any ${line.code.slice(0, 4)}x code counts)` : ''}. ${line.code} is for ${band} ${words}s.`,
    messageId: 'finding_manipulation_count_stated',
    params: {
      line_code: line.code,
      count,
      count_words_term: schemeTerm(code.scheme, high),
      statement_quote: stated.span.text,
      wanted_msg: right ? 'part_manipulation_right_code' : more ? 'part_manipulation_more_than_any' : '',
      right_code: right?.code ?? '',
      right_short_term: right ? term('cpt', right.code) : '',
      code_family: line.code.slice(0, 4),
      band,
      band_words_term: schemeTerm(code.scheme, 2),
    },
    evidence: [line.span, stated.span],
    sources: code.scheme === 'omt' ? [OMT_REGIONS] : [CPT_REGIONS, FIRST_COAST],
  };
}

/**
 * manipulation-region-count (warning): the manipulation code's band (98940 = 1-2 spinal regions,
 * 98941 = 3-4, 98942 = 5; 98925-98929 by osteopathic body regions) disagrees with the number of
 * distinct regions the note documents as treated. Counted with CPT's regions, so the occiput is cervical.
 * A line on a visit whose note says no manipulation was done today ("Adjustment deferred") is unsupported.
 */
export const manipulationRegionCount: PageRule = {
  id: 'manipulation-region-count',
  title: 'Manipulation code does not match the regions treated',
  help: 'Counts the distinct regions the note says were adjusted or manipulated today (CPT regions for 98940-98943, osteopathic body regions for 98925-98929) and compares them with the code billed; warns when a manipulation is billed but the note says none was done today.',
  defaultSeverity: 'warning',
  readsNote: true,
  families: ['m99'],
  scope: 'page',
  sources: [CPT_REGIONS, OMT_REGIONS, FIRST_COAST],
  check: onChiroVisit((ctx) => {
    const findings: Finding[] = [];
    const seen = new Set<ManipulationScheme>();
    for (const line of ctx.visit.procedures) {
      const code = manipulationCode(line.code);
      if (!code || seen.has(code.scheme)) continue;
      seen.add(code.scheme);
      const regions = treatedRegions(ctx, code.scheme);
      const count = regions.size;
      // A count the fee ticket or the note states ("(2 regions)") where the note names fewer regions
      // one by one: the named ones are some of them, so the count is judged by the statement.
      const stated = statedCount(ctx, code.scheme);
      if (stated && count < stated.max) {
        const finding = statedFinding(line, code, stated, count);
        if (finding) findings.push(finding);
        continue;
      }
      if (count >= code.min && count <= code.max) continue;
      if (count === 0) {
        const other = otherScheme(ctx, code.scheme);
        // Nothing treated at all: the count cannot be judged, unless the note says in so many words
        // that no manipulation was done today. Treated only in the other CPT group (extremities
        // billed as spinal, or the reverse): the code names the wrong group.
        if (other) findings.push(wrongGroup(line, code.scheme, other));
        else if (ctx.visit.noManipulation) findings.push(notPerformed(line, ctx.visit.noManipulation, code.scheme));
        continue;
      }
      const right = codeForCount(code.scheme, count);
      const list = regionsText(regions);
      const occiput =
        code.scheme === 'cmt-spinal' &&
        ctx.visit.segments.some((s) => s.kind === 'occiput' && s.treated && s.status === 'affirmed');
      const words = SCHEME_WORDS[code.scheme];
      const wanted = right
        ? ` → ${right.code} (${right.short})`
        : count > code.max
          ? ` (more than any ${line.code.slice(0, 4)}x code counts)`
          : '';
      findings.push({
        rule: 'manipulation-region-count',
        severity: 'warning',
        code: line.code,
        suggestions: right && right.code !== line.code ? [right.code] : [],
        message: `${count} ${words}${count === 1 ? '' : 's'} treated: ${list}${wanted}. ${line.code} is for ${code.min === code.max ? code.min : `${code.min}-${code.max}`} ${words}s.${occiput ? ` ${OCCIPUT_NOTE}` : ''}`,
        messageId: count === 1 ? 'finding_manipulation_count_one' : 'finding_manipulation_count_other',
        params: {
          line_code: line.code,
          count: String(count),
          count_words_term: schemeTerm(code.scheme, count),
          regions_desc: regionsParam(regions),
          wanted_msg: right ? 'part_manipulation_right_code' : count > code.max ? 'part_manipulation_more_than_any' : '',
          right_code: right?.code ?? '',
          right_short_term: right ? term('cpt', right.code) : '',
          code_family: line.code.slice(0, 4),
          band: code.min === code.max ? String(code.min) : `${code.min}-${code.max}`,
          band_words_term: schemeTerm(code.scheme, 2),
          occiput_msg: occiput ? 'sentence_occiput_convention' : '',
        },
        evidence: [line.span, ...[...regions.values()].flatMap((e) => e.spans)],
        sources: code.scheme === 'omt' ? [OMT_REGIONS] : [CPT_REGIONS, FIRST_COAST],
      });
    }
    return findings;
  }),
};
