import { analyze, detectPayer, findDateOfService, stampRelease, type AnalyzeInput, type AnalyzeResult, type CareSetting, type FieldText, type ReleaseStamp } from '../core';
import { chooseRelease, todayIso } from '../kb';
import type { PayerId } from '../core/chiro/chiro-types';
import { loadCodeLookup } from './code-lookup';

/** What decides the release of a visit besides the page: the release setting (or policy) and the date set in the panel. */
export type ReleaseOptions = { setting?: string; pinnedByPolicy?: boolean; userDate?: string; today?: string; payer?: PayerId };

/** The release a tab's codes are checked against: the version to load (none before every release carried) and its stamp. */
export type VisitRelease = { version: string | undefined; stamp: ReleaseStamp; payer?: PayerId; setting?: CareSetting };

const withoutTemplate = ({ messageId: _id, params: _params, ...rest }: ReleaseStamp): ReleaseStamp => rest;

/**
 * Chooses the release of a visit from the whole tab (a date banner in the top frame counts for a
 * note in a frame), the page's language (which settles 03/04/2026) and the options.
 */
export function visitRelease(fields: FieldText[], lang: string | undefined, options: ReleaseOptions = {}): VisitRelease {
  // A US payer (the page's, else the site's setting) says the page's numeric dates are month first.
  const payer = detectPayer(fields, options.payer).payer;
  const usPayer = payer === 'medicare' ? 'Medicare' : payer === 'medicaid' ? 'Medicaid' : undefined;
  const pageDate = findDateOfService(fields, { ...(lang ? { locale: lang } : {}), ...(usPayer ? { usPayer } : {}) });
  const choose = (date: string | undefined) =>
    chooseRelease({
      ...(options.setting ? { setting: options.setting } : {}),
      ...(options.pinnedByPolicy ? { pinnedByPolicy: true } : {}),
      ...(date ? { pageDate: date } : {}),
      ...(options.userDate ? { userDate: options.userDate } : {}),
      today: options.today ?? todayIso(),
    });
  const readings = !pageDate.found && !options.userDate ? pageDate.refused?.readings : undefined;
  if (readings) {
    const either = sameReleaseEitherWay(choose(readings[0]), choose(readings[1]), pageDate.found ? '' : (pageDate.refused?.text ?? ''));
    if (either) return either;
  }
  const decision = choose(pageDate.found ? pageDate.iso : undefined);
  const { release, ...stamp } = decision;
  // A date the user set wins over the page's (chooseRelease): what the page could not settle is then moot.
  const refused = !options.userDate && !pageDate.found && pageDate.refused ? `The date on the page could not be used: ${pageDate.refused.message}` : undefined;
  // A date that could be read two ways says how it was read, beside the date it gave.
  const settled = pageDate.found && decision.dateSource === 'page' ? pageDate.settled : undefined;
  if (settled && !refused) {
    const said = stamp.message
      ? { ...withoutTemplate(stamp), message: `${settled.message} ${stamp.message}` }
      : { ...stamp, message: settled.message, messageId: settled.messageId, params: settled.params };
    return { version: release ? decision.version : undefined, stamp: said };
  }
  return {
    version: release ? decision.version : undefined,
    // The refusal has no template yet: the surfaces show this message in English rather than half of it.
    stamp: refused ? { ...withoutTemplate(stamp), message: [refused, stamp.message].filter(Boolean).join(' ') } : stamp,
  };
}

/**
 * A date of service that reads two ways ("03/04/2026") whose two readings fall in the same release:
 * the code set is known though the day is not, so that release is used (not today's), no date of
 * service is claimed, and the stamp says so. A refusal sent a spring FY2026 visit to FY2027 once
 * October came (QA stop 50, M2). Undefined when the readings fall in different releases.
 */
function sameReleaseEitherWay(first: ReturnType<typeof chooseRelease>, second: ReturnType<typeof chooseRelease>, text: string): VisitRelease | undefined {
  if (first.version !== second.version || first.status !== second.status || first.status !== 'in-force') return undefined;
  const { release, dateOfService: _one, message: _m, messageId: _id, params: _p, ...stamp } = first;
  const message = `The page's date ${text} could be ${first.dateOfService} or ${second.dateOfService}; both fall in ICD-10-CM ${first.version}, which is used. Write the date as yyyy-mm-dd or with the month's name to settle the day.`;
  return {
    version: release ? first.version : undefined,
    stamp: { ...stamp, message, messageId: 'release_date_either_way', params: { date_text: text, first_date: first.dateOfService, second_date: second.dateOfService, version: first.version } },
  };
}

/**
 * Analyses fields (tab-wide ids) of one group of frames together, against the release of the
 * visit, with the code catalog when a code is there. `ms` is the analysis's own time (not the
 * catalog's first load): the snapshot time budget is judged on it.
 */
export async function analyzeFields(all: FieldText[], visit: VisitRelease): Promise<{ result: AnalyzeResult; ms: number }> {
  // Date fields only say when the visit was; codes and findings come from the other fields.
  const fields = all.filter((f) => f.kind !== 'date');
  const diagnosis = fields.filter((f) => f.kind === 'diagnosis');
  // Start reading the catalog as soon as a page has a diagnosis field, so it is ready by the time
  // a code is typed; wait for it only when a code is actually there.
  const lookupLoad = diagnosis.length > 0 && visit.version ? loadCodeLookup(visit.version) : undefined;
  const hasCodes = analyze({ fields: diagnosis }).codes.length > 0;
  const lookup = hasCodes ? await lookupLoad : undefined;
  const started = performance.now();
  const input: AnalyzeInput = visit.payer ? { fields, payer: visit.payer } : { fields };
  // The care setting from the options page (outpatient when unset): the rule for uncertain diagnoses.
  if (visit.setting === 'inpatient') input.setting = visit.setting;
  // The page's or the panel's date of service (not today's) reads a cumulative note up to that visit (core dates/visit-entries.ts).
  if (visit.stamp.dateOfService !== undefined && visit.stamp.dateSource !== 'today') input.dateOfService = visit.stamp.dateOfService;
  const result = stampRelease(analyze(input, lookup ? { lookup } : {}), visit.stamp);
  return { result, ms: performance.now() - started };
}
