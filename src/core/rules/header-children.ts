import { checkSpineCode, noteConditions } from '../families-read/check-families';
import { stenosisRegionWords } from '../families-read/stenosis-region-words';
import { buildSpineCode, parseSpineCode } from '../spine-families';
import type { Finding } from '../types';
import type { CodeGroup, RuleContext } from './rule';

/** The rules whose finding on a child says the note contradicts it (the verdicts' "disagree" rules of the family check). */
const AGAINST = new Set<Finding['rule']>([
  'site-mismatch',
  'region-mismatch',
  'qualifier-mismatch',
  'unsupported-code',
]);

/** What the note says of a spine-family header's children. */
export type HeaderReading =
  /** The children every family check agrees with (M50.12 beside "C5-C6 herniation with C6 radiculopathy": M50.122). */
  | { kind: 'fits'; children: string[] }
  /**
   * No child fits, and the children at the note's place share what the note contradicts: a finding
   * of the header's own axis (M50.12's "with radiculopathy" beside "Denies radicular sx"), said of
   * the header, with the codes that finding points to (M50.322, M50.323); only when it points to some.
   */
  | { kind: 'against'; finding: Finding; suggestions: string[] };

/** A child's family check, once per analysis (not the entered codes' memo: the evidence is the header's). */
function childCheck(child: string, code: CodeGroup, ctx: RuleContext) {
  return ctx.memo('header-child', child, () => {
    const conditions = ctx.memo('spine-conditions', '', () => noteConditions(ctx.notes, ctx.inpatient));
    const stenosisWords = ctx.memo('stenosis-region-words', '', () => stenosisRegionWords(ctx.notes));
    return checkSpineCode(child, code.evidence, conditions, ctx.mentions, stenosisWords);
  });
}

/**
 * The children that name a level, when some do: the region check lets M50.120 (unspecified level)
 * stand beside a note that names C5-C6, but the code for the documented level is the answer.
 */
function atLevels(children: string[]): string[] {
  const leveled = children.filter((c) => parseSpineCode(c)?.axes.level !== undefined);
  return leveled.length > 0 ? leveled : children;
}

/**
 * The children of a residual region ("multiple sites in spine", "site unspecified") only when the
 * named regions that fit do not already say it: beside the one named region that fits they are
 * dropped ("grade 2 isthmic spondylolisthesis of L5 on S1, L5 pars defect" under M43.1 is M43.17,
 * not M43.17 and M43.19; blind QA stop 54, M9); "multiple sites" stays when several named regions fit.
 */
function namedSites(children: string[]): string[] {
  const regionOf = (c: string) => parseSpineCode(c)?.region;
  const named = new Set(
    children
      .map(regionOf)
      .filter((r) => r && !r.residual)
      .map((r) => r?.id),
  );
  if (named.size === 0) return children;
  return children.filter((c) => {
    const r = regionOf(c);
    return !r?.residual || (r.id === 'multiple-sites' && named.size > 1);
  });
}

/**
 * The codes of the header's subcategory at its other regions that the note documents at its own
 * level or region words: "DDD at L5-S1 with discogenic back pain" under M51.36 (lumbar) is M51.370,
 * lumbosacral (QA stop 45, G); asked only when no child of the entered header fits. A sibling fits as a
 * child does (no finding against it), and its region check compared a place the note names: a
 * note naming none keeps the entered header's region.
 */
function otherRegions(code: CodeGroup, ctx: RuleContext): string[] {
  const parsed = parseSpineCode(code.code);
  const sub = parsed?.subcategory;
  const digit = parsed?.region?.digit;
  if (!sub || digit === undefined || parsed.complete) return [];
  const out: string[] = [];
  for (const d of sub.regionDigits) {
    if (d === digit) continue;
    const extras = sub.extra?.[d];
    const codes = extras?.length
      ? extras.map((e) => buildSpineCode(sub, d, e.char))
      : [buildSpineCode(sub, d)];
    for (const c of codes) {
      if (!c || (ctx.lookup && ctx.lookup(c)?.billable !== true)) continue;
      const { findings, compared } = childCheck(c, code, ctx);
      if (findings.some((f) => AGAINST.has(f.rule))) continue;
      if (
        compared.some((x) => x.rule === 'region-mismatch' && x.outcome === 'supported') &&
        compared.every((x) => x.outcome === 'supported')
      )
        out.push(c);
    }
  }
  return out;
}

/**
 * Whether the note supports a spine-family code read for `code` (a shorter, valid form of an
 * invalid code: M48.02 for "M48.022"): a comparison agreed and no family check found against it;
 * `instead`, the codes those checks point to when one did. Undefined outside the spine families.
 */
export function familyCodeFits(
  candidate: string,
  code: CodeGroup,
  ctx: RuleContext,
): { fits: boolean; instead: string[] } | undefined {
  if (!parseSpineCode(candidate)) return undefined;
  const { findings, compared } = childCheck(candidate, code, ctx);
  const against = findings.filter((f) => AGAINST.has(f.rule));
  const fits = against.length === 0 && compared.some((c) => c.outcome === 'supported');
  return { fits, instead: [...new Set(against.flatMap((f) => f.suggestions))] };
}

/** `text` with every `from` code said as `to` (a child's finding said of its header). */
const asHeader = (text: string, from: string, to: string) => text.split(from).join(to);

/**
 * The children of a spine-family header (M50.12, M51.36) read against the note, as the family
 * checks read an entered code: the level character from the documented level, the pain character
 * from the pain the note affirms (not what it denies or only names). Undefined for a header
 * outside the spine families, or when the note gives nothing to choose by (QA stop 44, F4).
 */
export function readHeaderChildren(
  code: CodeGroup,
  children: readonly string[],
  ctx: RuleContext,
): HeaderReading | undefined {
  if (code.m99 || !parseSpineCode(code.code) || children.length === 0) return undefined;
  const fits: string[] = [];
  const against: { child: string; finding: Finding }[] = [];
  let regional: { child: string; finding: Finding } | undefined;
  for (const child of children) {
    const { findings, compared } = childCheck(child, code, ctx);
    const contra = findings.filter((f) => AGAINST.has(f.rule));
    if (contra.length === 0) {
      if (compared.some((c) => c.outcome === 'supported')) fits.push(child);
      continue;
    }
    // A child at another level or region is not the header's fault: only what every child at the
    // note's place shares (a qualifier, the lesion) speaks against the header.
    const misplaced = contra.find((f) => f.rule === 'region-mismatch');
    if (misplaced && !regional) regional = { child, finding: misplaced };
    if (misplaced || contra.some((f) => f.rule === 'site-mismatch')) continue;
    const first = contra[0] as Finding;
    against.push({ child, finding: first });
  }
  // A header is completed under itself: the children that fit are the answer, and a code of the
  // subcategory's other regions (M51.372 beside M51.36) is another header's, never a completion of
  // this one (QA stop 54, 5). Only when no child fits and the note places the lesion at another
  // region is that region's code what the entered header should have been: said as the region
  // finding its children share, not as a completion.
  if (fits.length > 0) return { kind: 'fits', children: namedSites(atLevels(fits)) };
  const elsewhere = otherRegions(code, ctx);
  if (elsewhere.length > 0)
    return regional
      ? againstHeader(code, regional.child, regional.finding, elsewhere)
      : { kind: 'fits', children: namedSites(elsewhere) };
  const leveled = atLevels(against.map((a) => a.child));
  const first = against.find((a) => leveled.includes(a.child));
  if (!first || !against.every((a) => a.finding.rule === first.finding.rule)) return undefined;
  const suggestions = [
    ...new Set(against.filter((a) => leveled.includes(a.child)).flatMap((a) => a.finding.suggestions)),
  ];
  // Nothing to point to (the note names no disc at all): the header's children, as before.
  if (suggestions.length === 0) return undefined;
  return againstHeader(code, first.child, first.finding, suggestions);
}

/** A child's finding said of its header, pointing to `suggestions`. */
function againstHeader(
  code: CodeGroup,
  child: string,
  finding: Finding,
  suggestions: string[],
): HeaderReading {
  const params: Record<string, string> = {};
  for (const [k, v] of Object.entries(finding.params ?? {})) params[k] = asHeader(v, child, code.code);
  return {
    kind: 'against',
    suggestions,
    finding: {
      ...finding,
      message: asHeader(finding.message, child, code.code),
      params,
      evidence: finding.evidence.filter((s) => !code.evidence.includes(s)),
    },
  };
}
