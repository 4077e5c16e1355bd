import { buildM99Code, isSpinalRegion, type M99StenosisAxes, type M99StenosisSite } from '../../m99/m99-axes';
import type { Mechanism, Mention } from '../../types';

/** Canal-side zones (lateral recess, subarticular) are coded as canal (clinical brief §5.1). */
export const codeSiteOf = (m: Mention): M99StenosisSite | undefined =>
  m.site === 'foramen' ? 'foramen' : m.site === 'canal' || m.site === 'lateral-recess' ? 'canal' : undefined;

/** The M99 stenosis codes a mention documents, filling axes the note leaves open from the entered code. */
export function codesFor(m: Mention, fallback: M99StenosisAxes | undefined): string[] {
  const site = codeSiteOf(m) ?? fallback?.site;
  if (!site) return [];
  const mechanisms: Mechanism[] = m.mechanisms.length > 0 ? m.mechanisms : (fallback?.mechanisms ?? []);
  const regions = m.regions.length > 0 ? m.regions : fallback?.region && isSpinalRegion(fallback.region) ? [fallback.region] : [];
  const out = new Set<string>();
  for (const mechanism of mechanisms) for (const region of regions) out.add(buildM99Code({ site, mechanism, region }));
  return [...out];
}

/**
 * The M99 stenosis codes the note fully documents: affirmed narrowing of the canal or foramen with
 * a region and an unambiguous mechanism. Recess, unsited and compression statements never suggest
 * a code (annotation guide), and neither does "disc-osteophyte complex" (ask instead).
 *
 * @example [...documentedCodes(analyze({fields: [{id: 'n', kind: 'note', text: 'C5-6 foraminal stenosis due to osteophytes.'}]}).mentions).keys()] // ['M99.61']
 */
export function documentedCodes(mentions: readonly Mention[]): Map<string, Mention[]> {
  const byCode = new Map<string, Mention[]>();
  for (const m of mentions) {
    if (m.status !== 'affirmed' || m.kind === 'compression' || m.site === 'lateral-recess') continue;
    if (!codeSiteOf(m) || m.regions.length === 0 || m.mechanisms.length === 0 || m.mechanismAmbiguous) continue;
    for (const code of codesFor(m, undefined)) {
      const list = byCode.get(code);
      if (list) list.push(m);
      else byCode.set(code, [m]);
    }
  }
  return byCode;
}

/**
 * The codes the note documents, with the axes the note leaves open taken from the entered code:
 * what a wrong or incomplete code is offered instead.
 */
export function codesFromNote(axes: M99StenosisAxes | undefined, mentions: readonly Mention[]): string[] {
  const affirmed = mentions.filter((m) => m.status === 'affirmed');
  return [...new Set([...documentedCodes(mentions).keys(), ...affirmed.flatMap((m) => codesFor(m, axes))])];
}
