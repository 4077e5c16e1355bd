import type { CodeVerdict } from '../types';
import { allClear } from './code-verdicts';

/**
 * A code's verdict in a coder's words, the same on the badge, the popup and the side panel:
 * "Not checked by ChartLint: E11.9 is outside the spine families it reads."
 */
export function verdictWords(v: CodeVerdict): string {
  if (v.verdict === 'supported') return `Checked and supported: ${v.code}. ${capitalise(v.reason)}.`;
  if (v.verdict === 'finding') return `${v.code} has a finding (listed above).`;
  return `Not checked by ChartLint: ${v.reason}.`;
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
