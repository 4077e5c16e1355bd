import type { Finding } from '../types';
import { FIRST_COAST } from '../chiro/chiro-sources';
import type { PageRule } from './rule';
import { onChiroVisit } from '../chiro/chiro-context';

/**
 * unknown-procedure (info): a procedure code or modifier ChartLint does not know, reported once
 * each and never guessed at, so a typo on the fee ticket is visible and nothing is invented.
 */
export const unknownProcedure: PageRule = {
  id: 'unknown-procedure',
  title: 'Procedure code or modifier not recognised',
  help: 'ChartLint reads the chiropractic and osteopathic manipulation codes (98925-98929, 98940-98943), common adjunct codes and modifiers. Anything else is listed once so a typo is seen; it is not checked.',
  defaultSeverity: 'info',
  readsNote: false,
  families: ['m99'],
  scope: 'page',
  sources: [FIRST_COAST],
  check: onChiroVisit((ctx) => {
    const seen = new Set<string>();
    const findings: Finding[] = [];
    for (const u of ctx.unknownProcedures) {
      const key = `${u.kind}:${u.token}`;
      if (seen.has(key)) continue;
      seen.add(key);
      findings.push({
        rule: 'unknown-procedure',
        severity: 'info',
        code: u.token,
        suggestions: [],
        message:
          u.kind === 'code'
            ? `${u.token} is not a procedure code ChartLint knows; it was not checked.`
            : `Modifier ${u.token} is not one ChartLint knows; it was not checked.`,
        messageId: u.kind === 'code' ? 'finding_unknown_procedure_code' : 'finding_unknown_modifier',
        params: { token: u.token },
        evidence: [u.span],
        sources: [FIRST_COAST],
      });
    }
    return findings;
  }),
};
