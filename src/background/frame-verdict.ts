import type { AnalyzeResult, Span } from '../core';
import type { FrameVerdict } from '../protocol/messages';
import { splitTabFieldId } from './merge-frames';

const toLocal = (span: Span): Span => ({ ...span, fieldId: splitTabFieldId(span.fieldId).localId });

/** The codes typed in one frame's diagnosis fields, and the findings about those codes. */
export function frameVerdict(result: AnalyzeResult, frameId: number): FrameVerdict {
  const codes = result.codes
    .filter((c) => c.fieldKind === 'diagnosis' && splitTabFieldId(c.span.fieldId).frameId === frameId)
    .map((c) => ({ ...c, span: toLocal(c.span) }));
  const mine = new Set(codes.map((c) => c.code));
  const findings = result.findings.filter((f) => mine.has(f.code));
  return { codes, findings };
}
