import { parseSpineCode } from '../spine-families';
import type { Finding, RuleId } from '../types';

/**
 * Whether `suggestion` would replace the code with one the user already coded the same condition
 * with: the code itself entered, or an entered code of the same subcategory in the same region
 * (M48.07 → M48.061 beside an entered M48.062: the lumbar stenosis is coded already, and the
 * entered code's own checks judge its qualifier). Such a suggestion would contradict the other
 * code or ask for a duplicate (QA stop 47, class 2).
 */
function codedAlready(suggestion: string, entered: readonly string[], own: string): boolean {
  const s = parseSpineCode(suggestion);
  for (const e of entered) {
    if (e === own) continue;
    if (e === suggestion) return true;
    const p = s ? parseSpineCode(e) : undefined;
    if (
      s &&
      p?.complete &&
      p.subcategory.code === s.subcategory.code &&
      p.region?.id !== undefined &&
      p.region.id === s.region?.id
    )
      return true;
  }
  return false;
}

/**
 * The findings that move a code to another region or site. Another rule's suggestion is kept: an
 * Excludes1 finding's combination code (M54.50 → M51.360 beside an entered M51.36 header) is what
 * the pair should be coded as, entered or not.
 */
const WHERE_RULES: ReadonlySet<RuleId> = new Set<RuleId>(['region-mismatch', 'site-mismatch']);

/**
 * Drops, in place, the suggestions of `findings` (the spine-family findings of `own`, made for this
 * analysis and not yet shared) that another entered code already covers (see codedAlready). The
 * finding stays: the entered code is still wrong, there is just nothing else to put in its place.
 */
export function dropCodedSuggestions(findings: Finding[], own: string, entered: readonly string[]): void {
  if (entered.length < 2) return;
  for (const f of findings) {
    if (f.code !== own || f.suggestions.length === 0 || !WHERE_RULES.has(f.rule)) continue;
    let keep: string[] | undefined;
    for (let i = 0; i < f.suggestions.length; i++) {
      const s = f.suggestions[i] as string;
      if (codedAlready(s, entered, own)) keep ??= f.suggestions.slice(0, i);
      else keep?.push(s);
    }
    if (keep) f.suggestions = keep;
  }
}
