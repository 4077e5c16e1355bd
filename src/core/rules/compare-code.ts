import { M99_REGIONS, buildM99Code, isSpinalRegion, type M99Axes, type M99Site } from '../m99/m99-axes';
import { documentsCode } from '../mentions/documents-code';
import type { Finding, FoundCode, Mechanism, Mention, RuleId, Severity } from '../types';
import { BRITANNICA_FORAMEN, GUIDELINE_UNCERTAIN, M99_INDEX } from './sources';

type Axis = 'site' | 'region' | 'mechanism';
/**
 * The site is the code's most visible axis: a note naming the code's site is closer than one that
 * only shares region and mechanism. Region and mechanism each change one character and weigh the same.
 */
const AXIS_WEIGHT: Record<Axis, number> = { site: 3, region: 1, mechanism: 1 };
const RULE_OF: Record<Axis, RuleId> = { site: 'site-mismatch', region: 'region-mismatch', mechanism: 'mechanism-mismatch' };

/** Canal-side zones (lateral recess, subarticular) are coded as canal (clinical brief §5.1). */
export const codeSiteOf = (m: Mention): M99Site | undefined =>
  m.site === 'foramen' ? 'foramen' : m.site === 'canal' || m.site === 'lateral-recess' ? 'canal' : undefined;

function differingAxes(axes: M99Axes, m: Mention): Set<Axis> {
  const diffs = new Set<Axis>();
  const site = codeSiteOf(m);
  if (site && site !== axes.site) diffs.add('site');
  if (axes.region && m.regions.length > 0 && !m.regions.some((r) => r === axes.region)) diffs.add('region');
  if (m.mechanisms.length > 0 && !m.mechanisms.some((x) => axes.mechanisms.includes(x))) diffs.add('mechanism');
  return diffs;
}

/** The codes a mention documents, filling axes the note leaves open from the entered code. */
export function codesFor(m: Mention, fallback: M99Axes | undefined): string[] {
  const site = codeSiteOf(m) ?? fallback?.site;
  if (!site) return [];
  const mechanisms: Mechanism[] = m.mechanisms.length > 0 ? m.mechanisms : (fallback?.mechanisms ?? []);
  const regions = m.regions.length > 0 ? m.regions : fallback?.region && isSpinalRegion(fallback.region) ? [fallback.region] : [];
  const out = new Set<string>();
  for (const mechanism of mechanisms) for (const region of regions) out.add(buildM99Code({ site, mechanism, region }));
  return [...out];
}

const SITE_WORDING: Record<Mention['site'], string> = {
  foramen: 'foraminal stenosis',
  canal: 'canal stenosis',
  'lateral-recess': 'lateral recess stenosis',
  unspecified: 'stenosis',
};

const describe = (m: Mention) =>
  [SITE_WORDING[m.site], m.levels.map((l) => l.raw).join(', ') || m.regions.join('/'), m.mechanisms.join(' + ')]
    .filter(Boolean)
    .join(', ');

/**
 * Compares an entered M99 stenosis code with the affirmed stenosis mentions: supported when one
 * matches on every axis; otherwise one finding per differing axis against the closest mentions.
 */
export function compareCode(found: FoundCode[], axes: M99Axes, mentions: Mention[]): Finding[] {
  const code = axes.code;
  const codeEvidence = found.map((f) => f.span);
  const findings: Finding[] = [];
  const implausible = axes.region !== undefined && !isSpinalRegion(axes.region);
  const affirmed = mentions.filter((m) => m.status === 'affirmed');
  if (implausible) {
    const suggestions = [...new Set(affirmed.flatMap((m) => codesFor(m, { ...axes, region: 'cervical' }).filter(() => m.regions.length > 0)))];
    findings.push({
      rule: 'implausible-region',
      severity: 'warning',
      code,
      suggestions,
      message: `${code} puts a ${axes.site === 'canal' ? 'neural canal' : 'intervertebral foramen'} stenosis in the ${axes.region ?? ''} region, which has no spinal canal or intervertebral foramina. Use the spinal region (head, cervical, thoracic, lumbar or sacral) that was imaged.`,
      evidence: codeEvidence,
      sources: [BRITANNICA_FORAMEN, M99_INDEX],
    });
  }
  if (affirmed.length === 0) {
    const other = mentions.filter((m) => m.status !== 'affirmed');
    const uncertainOnly = other.length > 0 && other.every((m) => m.status === 'uncertain');
    findings.push({
      rule: 'unsupported-code',
      severity: 'warning',
      code,
      suggestions: [],
      message:
        other.length === 0
          ? `${code} is a stenosis code, but the note documents no spinal stenosis.`
          : `${code} is a stenosis code, but the note documents stenosis only as ${[...new Set(other.map((m) => m.status))].join(' or ')} (${other
              .slice(0, 3)
              .map((m) => `"${m.span.text}"`)
              .join(', ')}).`,
      evidence: [...codeEvidence, ...other.map((m) => m.span)],
      sources: uncertainOnly ? [GUIDELINE_UNCERTAIN, M99_INDEX] : [M99_INDEX],
    });
    return findings;
  }
  if (documentsCode(axes, affirmed)) return findings;
  // Narrowing statements are what M99 codes (annotation guide); cord or root compression counts
  // only when nothing else is documented. Sited statements beat "spinal stenosis".
  const narrowing = affirmed.filter((m) => m.kind !== 'compression');
  const byKind = narrowing.length > 0 ? narrowing : affirmed;
  const sited = byKind.filter((m) => codeSiteOf(m) !== undefined);
  const pool = sited.length > 0 ? sited : byKind;
  const scored = pool.map((m) => {
    const diffs = differingAxes(axes, m);
    if (implausible) diffs.delete('region');
    return { m, diffs, distance: [...diffs].reduce((sum, axis) => sum + AXIS_WEIGHT[axis], 0) };
  });
  const min = Math.min(...scored.map((s) => s.distance));
  if (min === 0) return findings;
  const closest = scored.filter((s) => s.distance === min);
  for (const axis of ['site', 'region', 'mechanism'] as const) {
    const against = closest.filter((s) => s.diffs.has(axis)).map((s) => s.m);
    if (against.length === 0) continue;
    const suggestions = [...new Set(against.flatMap((m) => codesFor(m, axes)))].filter((c) => c !== code);
    const mixed = new Set(against.map((m) => valueOf(axis, m))).size > 1;
    const ambiguous = against.some((m) => (axis === 'region' && m.regionAmbiguous) || (axis === 'mechanism' && m.mechanismAmbiguous));
    const severity: Severity = mixed || ambiguous ? 'info' : axis === 'mechanism' ? 'warning' : 'error';
    findings.push({
      rule: RULE_OF[axis],
      severity,
      code,
      suggestions,
      message: messageFor(axis, axes, against, suggestions, mixed || ambiguous),
      evidence: [...codeEvidence, ...against.map((m) => m.span)],
      sources: [M99_INDEX],
    });
  }
  return findings;
}

function valueOf(axis: Axis, m: Mention): string {
  if (axis === 'site') return codeSiteOf(m) ?? '';
  if (axis === 'region') return m.regions.join('/');
  return m.mechanisms.join('/');
}

function messageFor(axis: Axis, axes: M99Axes, against: Mention[], suggestions: string[], unsure: boolean): string {
  // A report often states one finding twice (findings and impression): name each description once.
  const documented = [...new Set(against.map(describe))].slice(0, 3).join('; ');
  const wanted = suggestions.length > 0 ? ` ${unsure ? 'Check whether' : 'Consider'} ${suggestions.join(' or ')}${unsure ? ' fits better' : ''}.` : '';
  const codeSays =
    axis === 'site'
      ? `${axes.code} is for stenosis of the ${axes.site === 'canal' ? 'neural canal' : 'intervertebral foramina'}`
      : axis === 'region'
        ? `${axes.code} is for the ${axes.region ?? '?'} region (digit ${M99_REGIONS.indexOf(axes.region ?? 'head')})`
        : `${axes.code} is for ${axes.mechanisms.join(' or ')} stenosis`;
  return `${codeSays}, but the note documents ${documented}.${unsure ? ' The documentation is mixed or ambiguous.' : ''}${wanted}`;
}
