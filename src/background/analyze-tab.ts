import { analyze, type AnalyzeResult, type FieldText } from '../core';
import { loadCodeLookup } from './code-lookup';

/**
 * Analyses fields (tab-wide ids) of one group of frames together, with the code catalog when a
 * code is there. `ms` is the analysis's own time (not the catalog's first load): the snapshot
 * time budget is judged on it.
 */
export async function analyzeFields(fields: FieldText[]): Promise<{ result: AnalyzeResult; ms: number }> {
  const diagnosis = fields.filter((f) => f.kind === 'diagnosis');
  // Start reading the catalog as soon as a page has a diagnosis field, so it is ready by the time
  // a code is typed; wait for it only when a code is actually there.
  const lookupLoad = diagnosis.length > 0 ? loadCodeLookup() : undefined;
  const hasCodes = analyze({ fields: diagnosis }).codes.length > 0;
  const lookup = hasCodes ? await lookupLoad : undefined;
  const started = performance.now();
  const result = analyze({ fields }, lookup ? { lookup } : {});
  return { result, ms: performance.now() - started };
}
