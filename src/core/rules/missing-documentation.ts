import type { CodeRule, RuleContext } from './rule';
import { M99_INDEX } from './sources';
import { checklistLabelFor } from './build-checklist';

// Checklist labels and ids are a handful of fixed strings: their message forms are built once, not
// at every analysis (a regexp replace per item per call was a tenth of a short note's cost).
const words = new Map<string, string>();
const labelKeys = new Map<string, string>();

/** A label as words inside the sentence: "Site: ..." → "site: ...". */
function wordsOf(label: string): string {
  let out = words.get(label);
  if (out === undefined) {
    out = label.charAt(0).toLowerCase() + label.slice(1);
    if (words.size < 256) words.set(label, out);
  }
  return out;
}

/** The catalogue key of a checklist item id: "site" → "checklist_site". */
function labelKeyOf(id: string): string {
  let out = labelKeys.get(id);
  if (out === undefined) {
    out = `checklist_${id.replace(/-/g, '_')}`;
    if (labelKeys.size < 256) labelKeys.set(id, out);
  }
  return out;
}

/**
 * Whether mechanism-mismatch or mechanism-unclear (before this rule in the registry) already spoke
 * of this code's cause: another cause than the note's, or a cause the note leaves unnamed.
 */
function causeMismatched(code: string, ctx: RuleContext): boolean {
  for (const f of ctx.prior) if ((f.rule === 'mechanism-mismatch' || f.rule === 'mechanism-unclear') && f.code === code) return true;
  return false;
}

/**
 * Whether site-mismatch (before this rule in the registry) already spoke of this code's site: its
 * question when the note never says canal or foramen names what is missing, so the site is not
 * listed here again (QA stop 49, C3).
 */
function siteSaid(code: string, ctx: RuleContext): boolean {
  for (const f of ctx.prior) if (f.rule === 'site-mismatch' && f.code === code) return true;
  return false;
}

/** missing-documentation (info): one finding per entered M99 stenosis code naming the unmet checklist items. */
export const missingDocumentation: CodeRule = {
  id: 'missing-documentation',
  title: 'Note is missing details',
  help: 'Checklist items a coder needs before a stenosis code holds up (site, level, cause, imaging, neurological findings) are not in the note.',
  defaultSeverity: 'info',
  readsNote: true,
  families: ['m99'],
  sources: [M99_INDEX],
  scope: 'code',
  check(code, ctx) {
    if (!code.m99 || code.exists === false) return [];
    // The sentence's items and the template's labels, built as strings: no array per analysis
    // (an array made by map, then joined, was thrown out of the optimised check once, mid warm-up).
    let items = '';
    let labels = '';
    let missing = 0;
    // A cause the note names that is not the code's is mechanism-mismatch's to say, with the codes
    // that fit it: said here too, it was the same words twice (build-checklist.ts, mechanismForCodes).
    const mismatched = causeMismatched(code.code, ctx);
    const siteTold = siteSaid(code.code, ctx);
    for (const item of ctx.checklist) {
      if (item.met || (mismatched && item.id === 'mechanism') || (siteTold && item.id === 'site')) continue;
      // The page's mechanism item names each code whose cause the note does not: this code's part only.
      const label = checklistLabelFor(item, code.code);
      if (label === undefined) continue;
      items += missing > 0 ? `; ${wordsOf(label)}` : wordsOf(label);
      labels += missing > 0 ? `|${labelKeyOf(item.id)}` : labelKeyOf(item.id);
      missing++;
    }
    if (missing === 0) return [];
    return [
      {
        rule: 'missing-documentation',
        severity: 'info',
        code: code.code,
        suggestions: [],
        message: `To support ${code.code}, the note should also document: ${items}.`,
        messageId: 'finding_missing_documentation_items',
        params: { code: code.code, missing_labels: labels },
        evidence: code.evidence,
        sources: [M99_INDEX],
      },
    ];
  },
};
