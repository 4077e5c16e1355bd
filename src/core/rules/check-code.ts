import { m99Structure } from '../m99/m99-axes';
import type { CodeLookup, Finding, FoundCode } from '../types';
import { explainReleaseChange } from '../release-changes';
import { GUIDELINE_CODES_ONLY, ORDER_FILE } from './sources';

/**
 * invalid-code and non-billable-code. With a catalog, existence and the billable flag come from
 * it; without one, only M99's official structure can be judged (other codes are left alone rather
 * than guessed at).
 */
export function checkCode(found: FoundCode[], lookup: CodeLookup | undefined, documented: (code: string) => string[]): Finding[] {
  // A code deleted, made a header or not yet added in the release of the visit: say which and why.
  return explainReleaseChange(checkCodeIn(found, lookup, documented), found[0]?.code, lookup);
}

function checkCodeIn(found: FoundCode[], lookup: CodeLookup | undefined, documented: (code: string) => string[]): Finding[] {
  const first = found[0];
  if (!first) return [];
  const code = first.code;
  const evidence = found.map((f) => f.span);
  const typo = found.find((f) => f.note)?.note;
  const info = lookup?.(code);
  const structure = m99Structure(code);
  const exists = lookup ? info !== undefined : structure === undefined ? undefined : structure !== 'invalid';
  const billable = lookup ? info?.billable : structure === 'billable';
  if (exists === false) {
    const suggestions = documented(code).filter((c) => !lookup || lookup(c)?.billable);
    return [
      {
        rule: 'invalid-code',
        severity: 'error',
        code,
        suggestions,
        message: `${code} is not an ICD-10-CM code${typo ? ` (${typo})` : ''}.${suggestions.length > 0 ? ` The note supports ${suggestions.join(', ')}.` : ''}`,
        evidence,
        sources: [ORDER_FILE],
      },
    ];
  }
  if (typo) {
    // "M99.6O": the claim would carry the letter, which no payer accepts; name the fix.
    return [
      {
        rule: 'invalid-code',
        severity: 'warning',
        code,
        suggestions: [code],
        message: `${typo}. Retype it as ${code}${billable === false ? ', which also needs a region digit' : ''}.`,
        evidence: found.filter((f) => f.note).map((f) => f.span),
        sources: [ORDER_FILE],
      },
      ...(exists === true && billable === false ? checkCode(found.filter((f) => !f.note), lookup, documented) : []),
    ];
  }
  if (exists === true && billable === false) {
    const children = Array.from({ length: 10 }, (_, d) => `${code}${d}`);
    const fromNote = documented(code).filter((c) => c.startsWith(code));
    const valid = (c: string) => (lookup ? lookup(c)?.billable === true : m99Structure(c) === 'billable');
    const suggestions = (fromNote.length > 0 ? fromNote : children.slice(0, 5)).filter(valid);
    return [
      {
        rule: 'non-billable-code',
        severity: 'error',
        code,
        suggestions,
        message: `${code}${info ? ` (${info.title})` : ''} is a header, not a reportable code: it needs one more character for the region.${
          fromNote.length > 0 ? ` The note documents ${fromNote.join(', ')}.` : ''
        }`,
        evidence,
        sources: [GUIDELINE_CODES_ONLY, ORDER_FILE],
      },
    ];
  }
  return [];
}
