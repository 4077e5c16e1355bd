import { analyze, type AnalyzeResult } from '../core';
import type { PayerId } from '../core/chiro/chiro-types';
import type { PageSnapshot } from '../protocol/messages';
import { loadCodeLookup } from './code-lookup';
import { mergeFrames } from './merge-frames';

/** Analyses every frame of a tab together. */
export async function analyzeTab(frames: Record<string, PageSnapshot>, payer?: PayerId): Promise<AnalyzeResult> {
  const fields = mergeFrames(frames);
  const diagnosis = fields.filter((f) => f.kind === 'diagnosis');
  // Start reading the catalog as soon as a page has a diagnosis field, so it is ready by the time
  // a code is typed; wait for it only when a code is actually there.
  const lookupLoad = diagnosis.length > 0 ? loadCodeLookup() : undefined;
  const hasCodes = analyze({ fields: diagnosis }).codes.length > 0;
  const lookup = hasCodes ? await lookupLoad : undefined;
  return analyze(payer ? { fields, payer } : { fields }, lookup ? { lookup } : {});
}
