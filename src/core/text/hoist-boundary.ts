import { closingParen, topAlternatives } from './regex-source';

/**
 * A lexicon alternation built by joining word patterns, `(\bfoo...)|(\bbar...)`, asserts the same
 * word boundary at the start of every alternative. Written once in front, `\b(?:(\bfoo...)|(\bbar...))`
 * is the same pattern (same matches, same groups), and V8's engine sweeps it markedly faster (a
 * quarter to two fifths less time on the stenosis lexicon, which is read per sentence and window):
 * it rejects a position inside a word once instead of once per alternative.
 */

/**
 * Whether every way through `source` asserts `\b` before reading anything: each alternative opens
 * with `\b`, or with a plain or capturing group (not a lookaround, not made optional or repeated by
 * a quantifier) whose own alternatives all do.
 */
export function opensWithBoundary(source: string): boolean {
  return topAlternatives(source).every((alt) => {
    if (alt.startsWith('\\b')) return true;
    if (!alt.startsWith('(') || /^\(\?[=!<]/.test(alt)) return false;
    const close = closingParen(alt, 0);
    if (close < 0 || /^[?*+{]/.test(alt.slice(close + 1))) return false;
    return opensWithBoundary(alt.slice(alt.startsWith('(?:') ? 3 : 1, close));
  });
}

/** `source` with its leading word boundary asserted once in front, when every alternative opens with one; else unchanged. */
export function hoistBoundary(source: string): string {
  return opensWithBoundary(source) ? `\\b(?:${source})` : source;
}
