import type { Finding, Mention } from '../types';
import type { PageRule } from './rule';
import { M99_INDEX, M99_NOTE } from './sources';
import { documentedCodes } from './stenosis/documented-codes';
import { type DorsoRegion, dorsopathyRegionReader } from './stenosis/dorsopathy-regions';

/** suggested-code (info): codes the note documents that nobody entered and no other finding already suggests. */
export const suggestedCode: PageRule = {
  id: 'suggested-code',
  title: 'Code the note supports',
  help: 'A code the note fully documents (site, level and cause) that was not entered.',
  defaultSeverity: 'info',
  families: ['m99'],
  sources: [M99_INDEX, M99_NOTE],
  scope: 'page',
  check(ctx) {
    const documented = documentedCodes(ctx.mentions, ctx.procedureEvidence);
    // Most notes fully document no code: then nothing else needs reading.
    if (documented.size === 0) return [];
    // Plain loops: filter, map and flatMap here cost more than the rest of the check on a short note.
    const entered = new Set<string>();
    for (const c of ctx.entered) entered.add(c.code);
    const alreadySuggested = new Set<string>();
    for (const f of ctx.prior) if (f.rule !== 'classified-elsewhere') for (const s of f.suggestions) alreadySuggested.add(s);
    const findings: Finding[] = [];
    const regionsOf = dorsopathyRegionReader(ctx);
    for (const [code, support] of documented) {
      if (entered.has(code) || alreadySuggested.has(code) || stenosisCoded(entered, support, regionsOf)) continue;
      if (ctx.lookup && ctx.lookup(code)?.billable !== true) continue;
      const title = ctx.lookup?.(code)?.title;
      findings.push({
        rule: 'suggested-code',
        severity: 'info',
        code,
        suggestions: [code],
        message: `The note documents ${support[0]?.span.text ?? 'stenosis'}, which fits ${code}${title ? ` (${title})` : ''}. Use it only if no code outside M99 describes the condition.`,
        messageId: 'finding_note_fits_code',
        params: { code, documented: support[0]?.span.text ?? '', title_msg: title ? 'part_code_title' : '', title: title ?? '' },
        evidence: support.map((m) => m.span),
        sources: [M99_INDEX, M99_NOTE],
      });
    }
    return findings;
  },
};

/**
 * Whether an entered spinal stenosis code (M48.0- of the dorsopathy region a supporting canal
 * mention is in, by its levels, else by its junction or region words) already classifies the
 * stenosis: the M99 category note then rules M99 out, and suggesting it would contradict the
 * suggestion's own proviso. Foraminal stenosis is not M48.0-'s (the index sends it to M99.6-/M99.7-;
 * see site-mismatch), so its suggestion stays.
 */
function stenosisCoded(entered: Set<string>, support: Mention[], regionsOf: (m: Mention) => DorsoRegion[]): boolean {
  // Most pages enter no M48.0- code: then no supporting mention (a dense note has hundreds) need be read.
  let any = false;
  for (const code of entered) if (code.startsWith('M48.0')) any = true;
  if (!any) return false;
  for (const m of support) {
    if (m.site !== 'canal') continue;
    for (const region of regionsOf(m)) for (const code of entered) if (code.startsWith(`M48.0${region.digit}`)) return true;
  }
  return false;
}
