import type { Finding, Severity } from '../../types';
import { BPM_LEVEL, BPM_PART } from '../chiro-sources';
import type { ChiroVisit, RegionRow } from '../chiro-types';
import { chiroCodeRegion } from '../read-visit';
import { monthsBetween } from '../read-dates';
import type { ChiroRule } from './chiro-rule';
import { isOsteopathic } from './chiro-helpers';
import { manipulationCode } from '../procedure-codes';

/** Whether an X-ray falls 12 months before to 3 months after the start of treatment (BPM §240.1.2). */
export function xrayInWindow(visit: ChiroVisit, row: RegionRow): { ok: boolean; why?: string } {
  const films = visit.xrays.filter((x) => x.regions.length === 0 || x.regions.includes(row.region));
  if (films.length === 0) return { ok: false };
  const start = visit.initialTreatment?.date ?? visit.visitDate?.date;
  const dated = films.filter((x) => x.date);
  if (dated.length === 0) return { ok: false, why: 'an X-ray is mentioned without its date' };
  if (!start) return { ok: false, why: 'an X-ray is dated but the start of treatment is not' };
  const inWindow = dated.some((x) => {
    const months = monthsBetween(x.date ?? '', start);
    return months <= 12 && months >= -3;
  });
  return inWindow
    ? { ok: true }
    : {
        ok: false,
        why: `the X-ray (${dated[0]?.date}) is outside 12 months before to 3 months after the start of treatment (${start})`,
      };
}

/** Two of P, A, R, T with one of them A or R (BPM §240.1.2). */
export function partMet(row: RegionRow): boolean {
  const count = (['P', 'A', 'R', 'T'] as const).filter((l) => row.part[l]).length;
  return count >= 2 && (row.part.A || row.part.R);
}

/**
 * subluxation-documentation (warning for Medicare, info otherwise): a billed region whose
 * subluxation is shown neither by an X-ray in the window nor by two of P/A/R/T with one of them
 * A or R; and a region named without the exact level (BPM §240.1.4).
 */
export const subluxationDocumentation: ChiroRule = {
  id: 'subluxation-documentation',
  title: 'Subluxation not shown the way Medicare asks',
  help: 'Each billed region needs an X-ray (12 months before to 3 months after the start of treatment) or two of P (pain), A (asymmetry), R (range of motion), T (tissue/tone), one of them A or R, and the exact level (e.g. C5, L4-L5).',
  defaultSeverity: 'warning',
  families: ['M99.0', 'M99.1'],
  sources: [BPM_PART, BPM_LEVEL],
  check(ctx) {
    // BPM §240 is the chiropractic benefit: an osteopathic visit (OMT lines only) is not held to PART.
    if (
      isOsteopathic(ctx.visit) &&
      !ctx.visit.procedures.some((p) => manipulationCode(p.code)?.scheme !== 'omt')
    )
      return [];
    const severity: Severity = ctx.visit.payer.payer === 'medicare' ? 'warning' : 'info';
    const findings: Finding[] = [];
    const seen = new Set<string>();
    for (const c of ctx.codes) {
      const region = chiroCodeRegion(c.code);
      if (!region || seen.has(c.code)) continue;
      seen.add(c.code);
      const row = ctx.visit.regions.find((r) => r.region === region && (r.treated || r.lesion));
      // A region with nothing documented is region-mismatch/unsupported-code's finding, not this one.
      if (!row) continue;
      const problems: string[] = [];
      const xray = xrayInWindow(ctx.visit, row);
      if (!xray.ok && !partMet(row)) {
        const found = (['P', 'A', 'R', 'T'] as const).filter((l) => row.part[l]);
        problems.push(
          `the ${region} subluxation is shown neither by an X-ray in the window${xray.why ? ` (${xray.why})` : ''} nor by two of P/A/R/T with one of them A or R (found: ${found.length > 0 ? found.join(', ') : 'none'})`,
        );
      }
      if (row.levels.length === 0)
        problems.push(
          `the note names the ${region} region but not the exact level (e.g. ${LEVEL_EXAMPLE[region] ?? 'the bone or joint'})`,
        );
      if (problems.length === 0) continue;
      findings.push({
        rule: 'subluxation-documentation',
        severity,
        code: c.code,
        suggestions: [],
        message: `For ${c.code}, ${problems.join('; and ')}.${severity === 'info' ? ' (Medicare asks for this; the payer is not known to be Medicare.)' : ''}`,
        evidence: [c.span, ...row.evidence.slice(0, 4)],
        sources: [BPM_PART, BPM_LEVEL],
      });
    }
    return findings;
  },
};

const LEVEL_EXAMPLE: Record<string, string> = {
  head: 'occiput or TMJ',
  cervical: 'C5',
  thoracic: 'T6',
  lumbar: 'L4',
  sacral: 'sacrum',
  pelvic: 'right SI joint',
  'rib cage': 'R4',
};
