import { analyze, findDateOfService, stampRelease, type AnalyzeResult, type ReleaseStamp } from '../core';
import { chooseRelease, todayIso } from '../kb';
import type { PageSnapshot } from '../protocol/messages';
import { loadCodeLookup } from './code-lookup';
import { mergeFrames } from './merge-frames';

/** What decides the release of a visit besides the page: the release setting (or policy) and the date set in the panel. */
export type ReleaseOptions = { setting?: string; pinnedByPolicy?: boolean; userDate?: string; today?: string };

/** Analyses every frame of a tab together, against the ICD-10-CM release in force on the date of service. */
export async function analyzeTab(frames: Record<string, PageSnapshot>, options: ReleaseOptions = {}): Promise<AnalyzeResult> {
  const all = mergeFrames(frames);
  // Date fields only say when the visit was; codes and findings come from the other fields.
  const fields = all.filter((f) => f.kind !== 'date');
  const locale = Object.values(frames).find((f) => f.isTop)?.lang;
  const pageDate = findDateOfService(all, locale ? { locale } : {});
  const decision = chooseRelease({
    ...(options.setting ? { setting: options.setting } : {}),
    ...(options.pinnedByPolicy ? { pinnedByPolicy: true } : {}),
    ...(pageDate.found ? { pageDate: pageDate.iso } : {}),
    ...(options.userDate ? { userDate: options.userDate } : {}),
    today: options.today ?? todayIso(),
  });
  const diagnosis = fields.filter((f) => f.kind === 'diagnosis');
  // Start reading the catalog as soon as a page has a diagnosis field, so it is ready by the time
  // a code is typed; wait for it only when a code is actually there.
  const lookupLoad = diagnosis.length > 0 && decision.release ? loadCodeLookup(decision.version) : undefined;
  const hasCodes = analyze({ fields: diagnosis }).codes.length > 0;
  const lookup = hasCodes ? await lookupLoad : undefined;
  const { release: _window, ...stamp } = decision;
  const refused = !pageDate.found && pageDate.refused ? `The date on the page could not be used: ${pageDate.refused.message}` : undefined;
  const release: ReleaseStamp = refused ? { ...stamp, message: [refused, stamp.message].filter(Boolean).join(' ') } : stamp;
  return stampRelease(analyze({ fields }, lookup ? { lookup } : {}), release);
}
