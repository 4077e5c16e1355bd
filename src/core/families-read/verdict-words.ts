import type { CodeVerdict } from '../types';
import { allClear } from './code-verdicts';
import { claimOnlyReason } from './claim-only-verdict';

// The badge's content script imports this file in every frame of a page: checksWords, which needs
// the code families and their checks, lives in checks-words.ts so that none of them comes along.

/**
 * A code's verdict in a coder's words, the same on the badge, the popup and the side panel:
 * "Not checked by ChartLint: E11.9 is outside the spine families ChartLint reads."
 */
export function verdictWords(v: CodeVerdict): string {
  if (v.verdict === 'supported') return `Checked and supported: ${v.code}. ${capitalise(v.reason)}.`;
  const claim = claimOnlyReason(v);
  if (claim !== undefined) return `${v.code} has a finding (listed above) about how it is listed on the claim; it was not checked against the note: ${claim}.`;
  if (v.verdict === 'finding') return `${v.code} has a finding (listed above).`;
  return `Not checked by ChartLint: ${v.reason}.`;
}

/** The catalogue id of a verdict's sentence after its tag: the verdict template's id + this. */
export const AFTER_TAG = '_after_tag';

/**
 * A code's verdict after a tag that already names it (the side panel's "Supported" / "Not
 * checked"): the sentence without its lead, which would repeat the tag ("Supported · Checked and
 * supported: M99.61…"). Its template is the verdict's messageId + AFTER_TAG.
 *
 * @example verdictWordsAfterTag(supported) // 'M99.61: the note documents …, which matches the code's site, region, and mechanism.'
 */
export function verdictWordsAfterTag(v: CodeVerdict): string {
  if (v.verdict === 'supported') return `${v.code}: ${v.reason}.`;
  const claim = claimOnlyReason(v);
  if (claim !== undefined) return `${v.code}: listed above, about how it is listed on the claim; not checked against the note: ${claim}.`;
  if (v.verdict === 'finding') return `${v.code}: listed above.`;
  return `${capitalise(v.reason)}.`;
}

/** Short label per verdict, for a tag next to the code. */
export const VERDICT_LABEL: Record<CodeVerdict['verdict'], string> = {
  supported: 'Supported',
  finding: 'Finding',
  'not-checked': 'Not checked',
};

/**
 * The all-clear sentence, only when every code was checked and supported; it names what was
 * checked. Undefined otherwise: no surface may then say the note supports the codes.
 */
export function allClearWords(verdicts: readonly CodeVerdict[]): string | undefined {
  const checked = allClear(verdicts);
  return checked ? `Every code on this page was checked and the note supports it: ${checked}.` : undefined;
}

const capitalise = (s: string) => (s ? s.charAt(0).toUpperCase() + s.slice(1) : s);
