import type { CodeLookup, Finding, Mention } from '../types';
import { codesFor, codeSiteOf } from './compare-code';
import { M99_INDEX, M99_NOTE } from './sources';

/**
 * The M99 stenosis codes the note fully documents: affirmed narrowing of the canal or foramen with
 * a region and an unambiguous mechanism. Recess, unsited and compression statements never suggest
 * a code (annotation guide), and neither does "disc-osteophyte complex" (ask instead).
 *
 * @example [...documentedCodes(analyze({fields: [{id: 'n', kind: 'note', text: 'C5-6 foraminal stenosis due to osteophytes.'}]}).mentions).keys()] // ['M99.61']
 */
export function documentedCodes(mentions: Mention[]): Map<string, Mention[]> {
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

/** suggested-code (info): documented codes nobody entered and no other finding already suggests. */
export function suggestCodes(mentions: Mention[], entered: Set<string>, alreadySuggested: Set<string>, lookup: CodeLookup | undefined): Finding[] {
  const findings: Finding[] = [];
  for (const [code, support] of documentedCodes(mentions)) {
    if (entered.has(code) || alreadySuggested.has(code)) continue;
    if (lookup && lookup(code)?.billable !== true) continue;
    const title = lookup?.(code)?.title;
    findings.push({
      rule: 'suggested-code',
      severity: 'info',
      code,
      suggestions: [code],
      message: `The note documents ${support[0]?.span.text ?? 'stenosis'}, which fits ${code}${title ? ` (${title})` : ''}. Use it only if no code outside M99 describes the condition.`,
      evidence: support.map((m) => m.span),
      sources: [M99_INDEX, M99_NOTE],
    });
  }
  return findings;
}
