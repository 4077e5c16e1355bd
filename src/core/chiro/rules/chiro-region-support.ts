import type { Finding, FoundCode } from '../../types';
import { BPM_LEVEL, M99_OCCIPUT, M99_TABULAR } from '../chiro-sources';
import { chiroCodeRegion, m99Region } from '../read-visit';
import { conventionOf, M99_REGION_ORDER } from '../region-conventions';
import type { ChiroRule } from './chiro-rule';
import { listNames, OCCIPUT_NOTE, segmentsIn } from './chiro-helpers';

/**
 * region-mismatch and unsupported-code for M99.0x (segmental and somatic dysfunction) and M99.1x
 * (subluxation complex): the coded region has no documented subluxation, dysfunction or treatment
 * while another region has one (suggest that region's code), or nothing is documented at all.
 */
export const chiroRegionSupport: ChiroRule = {
  id: 'region-mismatch',
  title: 'Wrong region for a subluxation or dysfunction code',
  help: 'The fifth character of M99.0-/M99.1- is the region; it should name a region where the note documents the subluxation or dysfunction (the occiput is the head region).',
  defaultSeverity: 'warning',
  families: ['M99.0', 'M99.1'],
  sources: [M99_TABULAR, M99_OCCIPUT, BPM_LEVEL],
  check(ctx) {
    const findings: Finding[] = [];
    const byCode = new Map<string, FoundCode[]>();
    for (const c of ctx.codes)
      if (chiroCodeRegion(c.code)) byCode.set(c.code, [...(byCode.get(c.code) ?? []), c]);
    const documented = ctx.visit.regions.filter((r) => r.treated || r.lesion);
    const codedRegions = new Set(ctx.codes.map((c) => m99Region(c.code)));
    for (const [code, found] of byCode) {
      const region = chiroCodeRegion(code);
      if (!region || documented.some((r) => r.region === region)) continue;
      const evidence = found.map((f) => f.span);
      const others = documented.filter((r) => !codedRegions.has(r.region));
      const subcategory = code.charAt(4);
      if (others.length > 0) {
        const suggestions = others.map((r) => `M99.${subcategory}${M99_REGION_ORDER.indexOf(r.region)}`);
        const segments = others.flatMap((r) => segmentsIn(ctx.visit, r.region));
        // Show the occiput convention where it decides: the code says cervical, the note says occiput.
        const occiput = segments.some((s) => s.kind === 'occiput') && region === 'cervical';
        findings.push({
          rule: 'region-mismatch',
          severity: 'warning',
          code,
          suggestions,
          message: `${code} is for the ${region} region (digit ${M99_REGION_ORDER.indexOf(region)}), but the note documents ${listNames(segments.map((s) => s.name))} (${others.map((r) => r.region).join(', ')}). Consider ${suggestions.join(' or ')}.${occiput ? ` ${OCCIPUT_NOTE}` : ''}`,
          evidence: [...evidence, ...segments.map((s) => s.span)],
          sources: occiput ? [M99_TABULAR, M99_OCCIPUT] : [M99_TABULAR],
        });
        continue;
      }
      const denied = ctx.visit.segments.filter(
        (s) => s.status !== 'affirmed' && conventionOf(s.kind).m99 === region && (s.treated || s.lesion),
      );
      const what = code.startsWith('M99.0') ? 'segmental or somatic dysfunction' : 'subluxation';
      findings.push({
        rule: 'unsupported-code',
        severity: 'warning',
        code,
        suggestions: [],
        message:
          denied.length > 0
            ? `${code} is a ${region} ${what} code, but the note documents the ${region} region only as ${[...new Set(denied.map((s) => s.status))].join(' or ')} (${denied
                .slice(0, 3)
                .map((s) => `"${s.trigger?.text ?? s.name}"`)
                .join(', ')}).`
            : documented.length === 0
              ? `${code} is a ${region} ${what} code, but the note documents no subluxation, dysfunction or adjustment.`
              : `${code} is a ${region} ${what} code, but the note documents nothing at the ${region} region.`,
        evidence: [...evidence, ...denied.map((s) => s.span)],
        sources: [M99_TABULAR, BPM_LEVEL],
      });
    }
    return findings;
  },
};
