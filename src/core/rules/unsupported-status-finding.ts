import type { Finding, SourceRef, Span } from '../types';
import type { CodeGroup, RuleOutput } from './rule';

/**
 * The one unsupported-code warning of a code that sits outside the families but whose condition
 * the note states (Z98.1 in fusion-status.ts): the finding with the entered code's evidence and
 * the quoted statements, and the comparison the verdict reads, whose reason is the finding's
 * sentence.
 */
export function unsupportedStatusFinding(
  code: CodeGroup,
  said: { message: string; messageId: string; params: Record<string, string> },
  spans: Span[],
  source: SourceRef,
): RuleOutput {
  const finding: Finding = {
    rule: 'unsupported-code',
    severity: 'warning',
    code: code.code,
    suggestions: [],
    message: said.message,
    messageId: said.messageId,
    params: said.params,
    evidence: code.evidence.concat(spans),
    sources: [source],
  };
  return {
    findings: [finding],
    compared: [
      {
        rule: 'unsupported-code',
        code: code.code,
        outcome: 'finding',
        evidence: spans,
        reason: said.message,
      },
    ],
  };
}
