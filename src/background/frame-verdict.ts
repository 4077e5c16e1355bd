import type { AnalyzeResult, Span } from '../core';
import type { DismissalMap, FrameVerdict } from '../protocol/messages';
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
  const findings = result.findings.filter((f) => mine.has(f.code));
  const dismissed = [...new Set(findings.map(dismissalKeyOf))].filter((key) => key in dismissals);
  const verdicts = result.verdicts?.filter((v) => mine.has(v.code));
  return {
    codes,
    findings,
    ...(verdicts ? { verdicts } : {}),
    ...(dismissed.length > 0 ? { dismissed } : {}),
    ...(result.release && codes.length > 0 ? { release: result.release } : {}),
  };
}
