import { analyze, type AnalyzeResult } from '../core';
import type { PageSnapshot } from '../protocol/messages';
import { loadCodeLookup } from './code-lookup';
import { mergeFrames } from './merge-frames';

/** Analyses every frame of a tab together. */
export async function analyzeTab(frames: Record<string, PageSnapshot>): Promise<AnalyzeResult> {
  const fields = mergeFrames(frames);
  // The catalog is only loaded once a code is actually typed somewhere on the page.
  const hasCodes = analyze({ fields: fields.filter((f) => f.kind === 'diagnosis') }).codes.length > 0;
  const lookup = hasCodes ? await loadCodeLookup() : undefined;
  return analyze({ fields }, lookup ? { lookup } : {});
}
