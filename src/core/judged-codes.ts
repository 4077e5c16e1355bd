import type { AnalyzeResult, FoundCode } from './types';

/**
 * The codes the rules judged, read off a result: those in diagnosis fields, or, on a page with none,
 * the note's that got a verdict (a code the note names as past or denied is named, not judged:
 * rules/note-codes-judged.ts). A result stored without verdicts gives every code. One reading for
 * the surfaces that list the judged codes (the CLI's codes line and checklist, the side panel's tabs).
 */
export function judgedCodesOf(result: Pick<AnalyzeResult, 'codes' | 'verdicts'>): FoundCode[] {
  const entered = result.codes.filter((c) => c.fieldKind === 'diagnosis');
  if (entered.length > 0) return entered;
  const verdicts = result.verdicts;
  if (!verdicts) return result.codes.slice();
  const judged = new Set(verdicts.map((v) => v.code));
  return result.codes.filter((c) => judged.has(c.code));
}
