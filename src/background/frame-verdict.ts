import type { AnalyzeResult, Span } from '../core';
import type { CheckLimits, DismissalMap, FrameVerdict, TabProblem, TabState } from '../protocol/messages';
import { settledFinding } from '../protocol/apply-settings';
import { checkedInPart } from '../protocol/limits';
import type { Settings } from '../protocol/settings';
import { VISIT_RULE_IDS } from '../core/chiro/chiro-context';
import { dismissalKeyOf } from '../protocol/storage-keys';
import { splitTabFieldId } from './merge-frames';

const toLocal = (span: Span): Span => ({ ...span, fieldId: splitTabFieldId(span.fieldId).localId });

/** What a verdict is read through: the settings, the analysis groups, and the tab's limits. */
export type VerdictView = {
  /** Applied here, where findings are read: the stored analysis is raw. */
  settings?: Pick<Settings, 'rules'>;
  groups?: TabState['groups'];
  limits?: CheckLimits;
  problem?: TabProblem;
};

/**
 * The codes typed in one frame's diagnosis fields, the findings about those codes from the frame's
 * own analysis group (never another origin's), as the settings show them, and which of those
 * findings were dismissed on this page.
 */
export function frameVerdict(
  result: AnalyzeResult,
  frameId: number,
  dismissals: DismissalMap = {},
  view: VerdictView = {},
): FrameVerdict {
  const codes = result.codes
    .filter((c) => c.fieldKind === 'diagnosis' && splitTabFieldId(c.span.fieldId).frameId === frameId)
    .map((c) => ({ ...c, span: toLocal(c.span) }));
  const mine = new Set(codes.map((c) => c.code));
  const group = view.groups?.frame[String(frameId)];
  // Findings about the visit as a whole (a manipulation code, a region with no code) belong with
  // the diagnosis list too: they reach the frame that holds entered codes.
  const findings = result.findings
    .filter((f, i) => (mine.has(f.code) || (codes.length > 0 && VISIT_RULE_IDS.has(f.rule))) && (group === undefined || (view.groups?.finding[i] ?? group) === group))
    .flatMap((f) => {
      const shown = view.settings ? settledFinding(f, view.settings) : f;
      return shown ? [shown] : [];
    });
  const dismissed = [...new Set(findings.map(dismissalKeyOf))].filter((key) => key in dismissals);
  const verdicts = result.verdicts?.filter((v) => mine.has(v.code));
  return {
    codes,
    findings,
    ...(verdicts ? { verdicts } : {}),
    ...(dismissed.length > 0 ? { dismissed } : {}),
    ...(result.release && codes.length > 0 ? { release: result.release } : {}),
    ...(view.limits && checkedInPart(view.limits) ? { limits: view.limits } : {}),
    ...(view.problem ? { problem: view.problem } : {}),
  };
}

/** The characters checked and held by the frames analysed together with `frameId`, the fields read in part and those left out. */
function groupLimits(state: TabState, frameId: number): CheckLimits {
  const group = state.groups?.frame[String(frameId)];
  const limits: CheckLimits = { checkedChars: 0, totalChars: 0 };
  for (const [id, frame] of Object.entries(state.frames)) {
    if (group !== undefined && state.groups?.frame[id] !== group) continue;
    if (frame.omittedFields) limits.omittedFields = (limits.omittedFields ?? 0) + frame.omittedFields;
    for (const field of frame.fields) {
      const chars = field.chars ?? field.text?.length ?? 0;
      limits.totalChars += chars;
      limits.checkedChars += field.checked ?? chars;
      if (field.partial) limits.partialFields = (limits.partialFields ?? 0) + 1;
    }
  }
  return limits;
}

/** One frame's verdict from a stored (or about to be stored) tab state. */
export function verdictFor(state: TabState, frameId: number, dismissals: DismissalMap, settings: Pick<Settings, 'rules'>): FrameVerdict {
  return frameVerdict(state.result, frameId, dismissals, {
    settings,
    ...(state.groups ? { groups: state.groups } : {}),
    limits: groupLimits(state, frameId),
    ...(state.problem ? { problem: state.problem } : {}),
  });
}
