import { listParam, term } from '../text/message-params';
import type { Finding, Severity } from '../types';
import { BPM_LEVEL, BPM_PART } from '../chiro/chiro-sources';
import { chiroCodeRegion } from '../chiro/read-visit';
import { partMet, xrayInWindow } from '../chiro/subluxation-proof';
import type { PageRule } from './rule';
import { onChiroVisit } from '../chiro/chiro-context';
import { EXTRASPINAL_M99_REGIONS, isOsteopathicOnly } from '../chiro/chiro-helpers';
import { namedLevels } from '../chiro/named-levels';

/**
 * subluxation-documentation (warning for Medicare, info otherwise): a billed region whose
 * subluxation is shown neither by an X-ray in the window nor by two of P/A/R/T with one of them
 * A or R; and a region named without the exact level (BPM §240.1.4).
 */
export const subluxationDocumentation: PageRule = {
  id: 'subluxation-documentation',
  title: 'Subluxation not shown the way Medicare asks',
  help: 'Each billed region needs an X-ray (12 months before to 3 months after the start of treatment) or two of P (pain), A (asymmetry), R (range of motion), T (tissue/tone), one of them A or R, and the exact level (e.g. C5, L4-L5).',
  defaultSeverity: 'warning',
  readsNote: true,
  families: ['m99'],
  scope: 'page',
  sources: [BPM_PART, BPM_LEVEL],
  check: onChiroVisit((ctx) => {
    // BPM §240 is the chiropractic benefit: an osteopathic visit (OMT lines only) is not held to PART.
    if (isOsteopathicOnly(ctx.visit)) return [];
    const severity: Severity = ctx.visit.payer.payer === 'medicare' ? 'warning' : 'info';
    const findings: Finding[] = [];
    const seen = new Set<string>();
    for (const c of ctx.codes) {
      const region = chiroCodeRegion(c.code);
      // BPM §240 covers manipulation of the spine only (brief §2.1, §2.4): an extraspinal region
      // (M99.06 ankle, 98943) is not held to PART or an exact spinal level (QA stop 45, H).
      if (!region || seen.has(c.code) || EXTRASPINAL_M99_REGIONS.includes(region)) continue;
      seen.add(c.code);
      const row = ctx.visit.regions.find((r) => r.region === region && (r.treated || r.lesion));
      // A region with nothing documented is region-mismatch/unsupported-code's finding, not this one.
      if (!row) continue;
      const problems: string[] = [];
      // The same problems as catalogue templates (the surfaces' other languages).
      const problemIds: string[] = [];
      const params: Record<string, string> = { code: c.code, region_term: term('region', region) };
      const xray = xrayInWindow(ctx.visit, row);
      if (!xray.ok && !partMet(row)) {
        const found = (['P', 'A', 'R', 'T'] as const).filter((l) => row.part[l]);
        problems.push(
          `the ${region} subluxation is shown neither by an X-ray in the window${xray.why ? ` (${xray.why})` : ''} nor by two of P/A/R/T with one of them A or R (found: ${found.length > 0 ? found.join(', ') : 'none'})`,
        );
        problemIds.push(found.length > 0 ? 'part_subluxation_not_shown' : 'part_subluxation_not_shown_none');
        Object.assign(params, { xray_msg: xray.whyId ?? '', ...xray.whyParams, found_list: listParam(found) });
      }
      const levelNamed = namedLevels(ctx.visit, row).length > 0;
      if (!levelNamed)
        problems.push(
          `the note names the ${region} region but not the exact level (e.g. ${LEVEL_EXAMPLE[region] ?? 'the bone or joint'})`,
        );
      if (!levelNamed) {
        problemIds.push('part_no_exact_level');
        params.example_term = term('level_example', region);
      }
      if (problems.length === 0) continue;
      findings.push({
        rule: 'subluxation-documentation',
        severity,
        code: c.code,
        suggestions: [],
        message: `For ${c.code}, ${problems.join('; and ')}.${severity === 'info' ? ' (Medicare asks for this; the payer is not known to be Medicare.)' : ''}`,
        messageId: severity === 'info' ? 'finding_subluxation_documentation_info' : 'finding_subluxation_documentation',
        params: { ...params, problems_msgs: JSON.stringify(problemIds.map((id) => ({ id, params }))) },
        evidence: [c.span, ...row.evidence.slice(0, 4)],
        sources: [BPM_PART, BPM_LEVEL],
      });
    }
    return findings;
  }),
};

const LEVEL_EXAMPLE: Record<string, string> = {
  head: 'occiput or TMJ',
  cervical: 'C5',
  thoracic: 'T6',
  lumbar: 'L4',
  sacral: 'sacrum',
  pelvic: 'right ilium',
  'rib cage': 'R4',
};
