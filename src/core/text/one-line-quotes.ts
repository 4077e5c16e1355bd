import type { CodeVerdict, Comparison, Finding } from '../types';

/** A line break with the spaces around it: a quote of text a note wraps over lines. */
const BREAK = /[ \t]*[\r\n][\s]*/g;

/** `text` on one line: each line break with the spaces around it read as one space (also quoteItem's). */
export const oneLine = (text: string): string =>
  text.includes('\n') || text.includes('\r') ? text.replace(BREAK, ' ') : text;

function paramsOnOneLine(params: Record<string, string> | undefined): void {
  if (!params) return;
  for (const key of Object.keys(params)) {
    const value = params[key];
    // Assigned only when it changes: a template's params may be an object other results share.
    if (value !== undefined && oneLine(value) !== value) params[key] = oneLine(value);
  }
}

/**
 * The words a finding, verdict or comparison quotes from a note that wraps its lines ("neurogenic\n
 * claudication", an imaging report's hard-wrapped IMPRESSION) put on one line in the message and in
 * its template's values: the badge, the panel and the CLI show a sentence, and a line break inside
 * a quote split it (QA stop 60). Evidence spans keep the text as written, which is what they point at.
 */
export function quotesOnOneLine(
  findings: readonly Finding[],
  verdicts: readonly CodeVerdict[],
  comparisons: readonly Comparison[],
): void {
  for (const f of findings) {
    f.message = oneLine(f.message);
    paramsOnOneLine(f.params);
  }
  for (const v of verdicts) {
    v.reason = oneLine(v.reason);
    paramsOnOneLine(v.params);
  }
  for (const c of comparisons) {
    c.reason = oneLine(c.reason);
    paramsOnOneLine(c.params);
  }
}
