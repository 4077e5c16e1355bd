import { analyze, type AnalyzeOptions } from '../../src/core/analyze';
import type { AnalyzeResult, CodeVerdict } from '../../src/core/types';

/**
 * analyze() over the two fields most core tests need: a diagnosis field holding `codes` (one or
 * several, as a user types them) and a note. The helper each rule's test file had written again.
 */
export function analyzeCodesAndNote(
  codes: string,
  note: string,
  options: AnalyzeOptions = {},
): AnalyzeResult {
  return analyze(
    {
      fields: [
        { id: 'dx', kind: 'diagnosis', text: codes },
        { id: 'note', kind: 'note', text: note },
      ],
    },
    options,
  );
}

/** The verdict on `code` (by default the one entered) when `codes` are entered beside `note`. */
export function verdictOn(
  codes: string,
  note: string,
  code = codes,
  options: AnalyzeOptions = {},
): CodeVerdict['verdict'] | undefined {
  return analyzeCodesAndNote(codes, note, options).verdicts?.find((v) => v.code === code)?.verdict;
}
