import { buildM99Code, isSpinalRegion, type M99StenosisAxes, type M99StenosisSite } from '../../m99/m99-axes';
import type { Mechanism, Mention, ProcedureEvidence } from '../../types';

/** Canal-side zones (lateral recess, subarticular) are coded as canal (clinical brief §5.1). */
export const codeSiteOf = (m: Mention): M99StenosisSite | undefined =>
  m.site === 'foramen' ? 'foramen' : m.site === 'canal' || m.site === 'lateral-recess' ? 'canal' : undefined;

/**
 * The site a procedure at the statement's level implies for a statement that names none ("L4-5
 * stenosis due to a disc protrusion" in a note whose operation was a left L4-5 foraminotomy): one
 * site only, from procedures done or planned here whose sentence decompressed nothing else.
 */
export function impliedSiteOf(m: Mention, procedures: readonly ProcedureEvidence[]): M99StenosisSite | undefined {
  if (m.site !== 'unspecified' || m.kind === 'compression' || m.levels.length === 0) return undefined;
  const sites = new Set<M99StenosisSite>();
  for (const p of procedures) {
    if (p.status !== 'implied-by-procedure' || !p.soleSite || (p.site !== 'foramen' && p.site !== 'canal')) continue;
    if (p.levels.some((l) => m.levels.some((x) => x.normalized === l.normalized))) sites.add(p.site);
  }
  return sites.size === 1 ? [...sites][0] : undefined;
}

/** The M99 stenosis codes a mention documents, filling axes the note leaves open from the entered code. */
export function codesFor(m: Mention, fallback: M99StenosisAxes | undefined, impliedSite?: M99StenosisSite): string[] {
  const site = codeSiteOf(m) ?? impliedSite ?? fallback?.site;
  if (!site) return [];
  const mechanisms: Mechanism[] = m.mechanisms.length > 0 ? m.mechanisms : (fallback?.mechanisms ?? []);
  const regions = m.regions.length > 0 ? m.regions : fallback?.region && isSpinalRegion(fallback.region) ? [fallback.region] : [];
  return siteCodes(site, mechanisms, regions, []);
}

/** The M99 stenosis codes of one site for each mechanism and region, each once, pushed to `out` (returned). */
function siteCodes(site: M99StenosisSite, mechanisms: readonly Mechanism[], regions: readonly CodeRegion[], out: string[]): string[] {
  for (let k = 0; k < mechanisms.length; k++) {
    for (let r = 0; r < regions.length; r++) {
      const code = m99CodeOf(site, mechanisms[k] as Mechanism, regions[r] as CodeRegion);
      if (!out.includes(code)) out.push(code);
    }
  }
  return out;
}

type CodeRegion = Parameters<typeof buildM99Code>[0]['region'];
/** Codes already built, by site, then mechanism, then region: a few dozen in all. */
const builtCodes = new Map<string, Map<string, Map<string, string>>>();

/**
 * buildM99Code, each combination once: suggestions ask for the codes of every affirmed mention
 * at every analysis (two table scans per code, a tenth of the rules' time on a long real note).
 */
function m99CodeOf(site: M99StenosisSite, mechanism: Mechanism, region: CodeRegion): string {
  let bySite = builtCodes.get(site);
  if (!bySite) builtCodes.set(site, (bySite = new Map<string, Map<string, string>>()));
  let byMechanism = bySite.get(mechanism);
  if (!byMechanism) bySite.set(mechanism, (byMechanism = new Map<string, string>()));
  let code = byMechanism.get(region);
  if (code === undefined) byMechanism.set(region, (code = buildM99Code({ site, mechanism, region })));
  return code;
}

/**
 * The M99 stenosis codes the note fully documents: affirmed narrowing of the canal or foramen with
 * a region and an unambiguous mechanism. Recess, unsited and compression statements never suggest
 * a code (annotation guide), and neither does "disc-osteophyte complex" (ask instead); an unsited
 * statement does when a procedure at its level implies the site (`impliedSiteOf`).
 *
 * @example [...documentedCodes(analyze({fields: [{id: 'n', kind: 'note', text: 'C5-6 foraminal stenosis due to osteophytes.'}]}).mentions).keys()] // ['M99.61']
 */
export function documentedCodes(mentions: readonly Mention[], procedures: readonly ProcedureEvidence[] = []): Map<string, Mention[]> {
  const byCode = new Map<string, Mention[]>();
  // Indexed loops and one list of codes for all mentions: this runs over every mention at every
  // analysis, and a list per mention and its iterators were a tenth of what a dense note's rules
  // allocated.
  const codes: string[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as Mention;
    if (m.status !== 'affirmed' || m.kind === 'compression' || m.site === 'lateral-recess') continue;
    const site = codeSiteOf(m) ?? impliedSiteOf(m, procedures);
    if (!site || m.regions.length === 0 || m.mechanisms.length === 0 || m.mechanismAmbiguous) continue;
    // codesFor(m, undefined, implied): the mention once per code. The list's first `n` items are
    // this mention's: emptying it (`length = 0`) was a call into the runtime per mention.
    let n = 0;
    for (let k = 0; k < m.mechanisms.length; k++) {
      for (let r = 0; r < m.regions.length; r++) {
        const code = m99CodeOf(site, m.mechanisms[k] as Mechanism, m.regions[r] as CodeRegion);
        if (!firstIncludes(codes, n, code)) codes[n++] = code;
      }
    }
    for (let c = 0; c < n; c++) {
      const code = codes[c] as string;
      const list = byCode.get(code);
      if (list) list.push(m);
      else byCode.set(code, [m]);
    }
  }
  return byCode;
}

/** Whether the list's first `n` items hold `code`. */
function firstIncludes(codes: readonly string[], n: number, code: string): boolean {
  for (let i = 0; i < n; i++) if (codes[i] === code) return true;
  return false;
}

/**
 * The codes the note documents, with the axes the note leaves open taken from the entered code:
 * what a wrong or incomplete code is offered instead.
 */
export function codesFromNote(axes: M99StenosisAxes | undefined, mentions: readonly Mention[]): string[] {
  const affirmed = mentions.filter((m) => m.status === 'affirmed');
  return [...new Set([...documentedCodes(mentions).keys(), ...affirmed.flatMap((m) => codesFor(m, axes))])];
}
