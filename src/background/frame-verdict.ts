import type { AnalyzeResult, Span } from '../core';
import type { DismissalMap, FrameVerdict } from '../protocol/messages';
import { VISIT_RULE_IDS } from '../core/chiro/chiro-context';
import { dismissalKeyOf } from '../protocol/storage-keys';
import { splitTabFieldId } from './merge-frames';

const toLocal = (span: Span): Span => ({ ...span, fieldId: splitTabFieldId(span.fieldId).localId });

/**
 * The codes typed in one frame's diagnosis fields, the findings about those codes, and which of
 * those findings were dismissed on this page.
 */
export function frameVerdict(result: AnalyzeResult, frameId: number, dismissals: DismissalMap = {}): FrameVerdict {
  const codes = result.codes
    .filter((c) => c.fieldKind === 'diagnosis' && splitTabFieldId(c.span.fieldId).frameId === frameId)
    .map((c) => ({ ...c, span: toLocal(c.span) }));
  const mine = new Set(codes.map((c) => c.code));
  // Findings about the visit as a whole (a manipulation code, a region with no code) belong with
  // the diagnosis list too: they reach the frame that holds entered codes.
  const findings = result.findings.filter((f) => mine.has(f.code) || (codes.length > 0 && VISIT_RULE_IDS.has(f.rule)));
  const dismissed = [...new Set(findings.map(dismissalKeyOf))].filter((key) => key in dismissals);
  return { codes, findings, ...(dismissed.length > 0 ? { dismissed } : {}) };
}
