/**
 * What a code's history across ICD-10-CM releases means for a finding, and the release stamp every
 * finding carries. Pure: the knowledge base supplies the history through the lookup
 * (`lookup.history`), taken from the official order addenda of each release.
 *
 * - A code deleted in the release in force on the date of service: invalid-code names that release
 *   and the codes added in its place.
 * - A code that did not exist yet on that date (added by a later release): invalid-code says when
 *   it takes effect.
 * - A header that was billable the year before: non-billable-code names the release that made it a
 *   header and its new billable codes.
 */
import { ORDER_FILE, orderFileOf } from './rules/sources';
import { listParam } from './text/message-params';
import type { AnalyzeResult, CodeLookup, Finding, ReleaseStamp } from './types';

/** A finding's sources with the catalog checks' order file named for the release they ran against. */
export const sourcesInRelease = (sources: Finding['sources'], version: string): Finding['sources'] =>
  sources.some((s) => s.title === ORDER_FILE.title) ? sources.map((s) => (s.title === ORDER_FILE.title ? orderFileOf(version) : s)) : sources;

/**
 * Adds the release to every finding and to the result (the CLI's JSON and the UI show it), and
 * names it in the order-file source of the catalog checks: an FY2027 visit's "not a code" rests on
 * the FY2027 file, not on the release the rule was written against.
 */
export function stampRelease(result: AnalyzeResult, stamp: ReleaseStamp | undefined): AnalyzeResult {
  if (!stamp) return result;
  return { ...result, release: stamp, findings: result.findings.map((f) => ({ ...f, release: stamp.version, sources: sourcesInRelease(f.sources, stamp.version) })) };
}

const list = (codes: readonly string[]) => (codes.length <= 2 ? codes.join(' or ') : `${codes.slice(0, -1).join(', ')} or ${codes.at(-1) ?? ''}`);

/** Rewrites the validity findings of one code when the release history explains them better. */
export function explainReleaseChange(findings: Finding[], code: string | undefined, lookup: CodeLookup | undefined): Finding[] {
  const history = code && lookup?.history?.(code);
  if (!code || !history || !lookup) return findings;
  const inUse = lookup.release ?? 'the release in force';
  const billable = history.replacements.filter((c) => lookup(c)?.billable === true);
  // The template's placeholders (surfaces' other languages); the official title stays as it is.
  const params = {
    code,
    title_msg: history.title ? 'part_code_title' : '',
    title: history.title ?? '',
    release: history.release,
    effective_date: history.effectiveFrom,
    in_use: lookup.release ?? '',
    replacements_or: listParam(billable),
  };
  return findings.map((f) => {
    if (f.code !== code) return f;
    if (f.rule === 'invalid-code' && f.severity === 'error' && history.change === 'deleted') {
      return {
        ...f,
        suggestions: billable,
        message: `${code}${history.title ? ` (${history.title})` : ''} was deleted in ICD-10-CM ${history.release}, effective ${history.effectiveFrom}, the release in force on the date of service.${
          billable.length ? ` Its place is taken by ${list(billable)}.` : ' The order addenda add no code in its place; look the condition up in the index.'
        }`,
        messageId: 'finding_release_deleted',
        params: { ...params, replaced_msg: billable.length ? 'sentence_replaced_by' : 'sentence_no_replacement' },
      };
    }
    if (f.rule === 'invalid-code' && f.severity === 'error' && history.change === 'added-later') {
      return {
        ...f,
        suggestions: [],
        message: `${code} did not exist yet on the date of service: ICD-10-CM ${history.release} added it, effective ${history.effectiveFrom}${lookup.release ? `, and ${inUse} was in force then` : ''}.`,
        messageId: lookup.release ? 'finding_release_added_later' : 'finding_release_added_later_unnamed',
        params,
        // An older release's addition is read from its tabular addenda, not from an order file ChartLint ships.
        ...(history.source ? { sources: [history.source] } : {}),
      };
    }
    if (f.rule === 'non-billable-code' && history.change === 'billable-to-header') {
      return {
        ...f,
        suggestions: billable,
        message: `${code}${history.title ? ` (${history.title})` : ''} was billable until ICD-10-CM ${history.release} made it a header, effective ${history.effectiveFrom}.${
          billable.length ? ` Report ${list(billable)} instead.` : ''
        }`,
        messageId: 'finding_release_made_header',
        params: { ...params, replaced_msg: billable.length ? 'sentence_report_instead' : '' },
      };
    }
    return f;
  });
}
