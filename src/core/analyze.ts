import { findCodes } from './find-codes';
import type { AnalyzeInput, AnalyzeResult, CodeLookup } from './types';

export type AnalyzeOptions = {
  /** Official code data from the knowledge base; without it, codes are found but not judged. */
  lookup?: CodeLookup;
};

/**
 * Reads codes (and, as the analysis grows, stenosis documentation) from page text and returns
 * findings. Pure: the same input always gives the same output.
 *
 * @example analyze({fields: [{id: 'dx', kind: 'diagnosis', text: 'M99.60'}]}).codes[0].code === 'M99.60'
 */
export function analyze(input: AnalyzeInput, _options: AnalyzeOptions = {}): AnalyzeResult {
  const codes = input.fields.flatMap((field) => findCodes(field));
  return { codes, mentions: [], findings: [] };
}
