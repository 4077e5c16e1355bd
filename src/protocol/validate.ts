/**
 * Runtime shape checks for message payloads. Messages can only come from our own contexts, but a
 * content script's data was read from a hostile page, so sizes are bounded and types checked.
 */
// The ids without the rules: the content script imports this file, and the core's index (the
// registry, its checks and their data) would come along with RULE_IDS from there.
import { RULE_IDS_IN_ORDER as RULE_IDS } from '../core/rules/rule-ids';
import type { Span } from '../core/types';
import { MAX_EXPLAIN_CODES, MAX_SNAPSHOT_FIELDS } from './limits';
import type { AlertEvent, DismissReason, PageSnapshot, SnapshotField } from './messages';

/** A note larger than this is cut: analysis stays fast and storage.session stays small. */
export const MAX_FIELD_CHARS = 1_000_000;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isString = (v: unknown, max = 10_000): v is string => typeof v === 'string' && v.length <= max;

function isField(v: unknown): v is SnapshotField {
  return (
    isObject(v) &&
    isString(v.id, 200) &&
    (v.kind === 'diagnosis' || v.kind === 'note' || v.kind === 'date' || v.kind === 'procedure' || v.kind === 'coverage') &&
    isString(v.text, MAX_FIELD_CHARS) &&
    (v.label === undefined || isString(v.label, 500)) &&
    (v.chars === undefined || (Number.isInteger(v.chars) && (v.chars as number) >= 0)) &&
    (v.partial === undefined || v.partial === true)
  );
}

export function isPageSnapshot(v: unknown): v is PageSnapshot {
  return (
    isObject(v) &&
    isString(v.docId, 100) &&
    isString(v.url, 4096) &&
    typeof v.isTop === 'boolean' &&
    Array.isArray(v.fields) &&
    v.fields.length <= MAX_SNAPSHOT_FIELDS &&
    v.fields.every(isField) &&
    (v.omittedFields === undefined || (Number.isInteger(v.omittedFields) && (v.omittedFields as number) > 0)) &&
    (v.lang === undefined || isString(v.lang, 35)) &&
    (v.origin === undefined || isString(v.origin, 2048))
  );
}

export function isSpan(v: unknown): v is Span {
  return (
    isObject(v) &&
    isString(v.fieldId, 300) &&
    Number.isInteger(v.start) &&
    Number.isInteger(v.end) &&
    isString(v.text, MAX_FIELD_CHARS)
  );
}

export function isWindowRequest(v: unknown): v is { windowId?: number } {
  return isObject(v) && (v.windowId === undefined || Number.isInteger(v.windowId));
}

export function isFrameVerdict(v: unknown): v is { codes: unknown[]; findings: unknown[] } {
  return isObject(v) && Array.isArray(v.codes) && Array.isArray(v.findings);
}

export function isTabEvidenceRequest(v: unknown): v is { tabId: number; span: Span } {
  return isObject(v) && Number.isInteger(v.tabId) && isSpan(v.span);
}

/** 'settings/for-page' takes nothing: the worker answers for the sender's own page URL. */
export function isEmptyRequest(v: unknown): v is Record<string, never> {
  return isObject(v) && Object.keys(v).length === 0;
}

export function isSiteRequest(v: unknown): v is { origin: string; tabId?: number } {
  return isObject(v) && isString(v.origin, 2048) && (v.tabId === undefined || Number.isInteger(v.tabId));
}

/** At most 50 texts of at most 300 characters: titles are short, and the page is not trusted. */
export function isTitleRequest(v: unknown): v is { titles: string[] } {
  return isObject(v) && Array.isArray(v.titles) && v.titles.length <= 50 && v.titles.every((t) => isString(t, 300));
}

/** Codes to explain, as the panel read them from a tab, and a release named like "FY2026". */
export function isExplainRequest(v: unknown): v is { codes: string[]; release?: string } {
  return (
    isObject(v) &&
    Array.isArray(v.codes) &&
    v.codes.length <= MAX_EXPLAIN_CODES &&
    v.codes.every((c) => isString(c, 40)) &&
    (v.release === undefined || isString(v.release, 20))
  );
}

/** A dismissal names a known rule and an ICD-10-CM-shaped code; nothing else reaches the store. */
const CODE_KEY = /^[A-Z]\d[0-9A-Z](?:\.[0-9A-Z]{1,4})?$/;

export function isDismissRequest(v: unknown): v is { rule: string; code: string; dismissed: boolean } {
  return (
    isObject(v) &&
    isString(v.rule, 60) &&
    (RULE_IDS as readonly string[]).includes(v.rule) &&
    isString(v.code, 20) &&
    CODE_KEY.test(v.code) &&
    typeof v.dismissed === 'boolean'
  );
}

const DISMISS_REASONS: readonly string[] = ['not-applicable', 'already-addressed', 'disagree'] satisfies DismissReason[];

/** An alert-budget event: a known rule, one of the three kinds, and a dismissal's reason. */
export function isAlertEvent(v: unknown): v is AlertEvent {
  if (!isObject(v) || !isString(v.rule, 60) || !(RULE_IDS as readonly string[]).includes(v.rule)) return false;
  if (v.kind === 'shown' || v.kind === 'accepted') return true;
  return v.kind === 'dismissed' && typeof v.reason === 'string' && DISMISS_REASONS.includes(v.reason);
}

export function isLeaveRequest(v: unknown): v is { docId: string } {
  return isObject(v) && isString(v.docId, 100);
}

export function isVisitDateRequest(v: unknown): v is { tabId: number; date: string | null } {
  return isObject(v) && typeof v.tabId === 'number' && Number.isInteger(v.tabId) && (v.date === null || isString(v.date, 40));
}
