import { opensWithBoundary } from './hoist-boundary';
import { closingParen, topAlternatives } from './regex-source';

// factor-letters.ts groups an alternation's words under their first letter, but only within one
// alternation: a pattern joined from several lists, `\b(?:(?:list one)|(?:list two)|...)`, keeps one
// alternation per list, and V8's engine still tries every list's letters at every word start. Spelled
// out as one flat alternation, the letters of all the lists can share one group each (the
// window-words sweep runs about a third faster). Spelling it out keeps the matches of a pattern with
// no capture groups, for V8's backtracking engine:
// - `(?:A|B)C` is `AC|BC`: both try A's ways, each followed by C, before any of B's;
// - `(?:A|B)?C` is `AC|BC|C`: a greedy option tries its group before skipping it;
// - a `\b` opening an alternative that starts the match repeats the `\b` in front: it is dropped.
// Only groups that open an alternative are spelled out, and a group repeated otherwise (`*`, `+`,
// `{`, a lazy `??`) is kept as it is. flatten-alternation.test.ts checks the lexicon patterns.

/** The alternatives of `source` that starts the match, its opening groups spelled out (see above). */
function flatAlternatives(source: string): string[] {
  return topAlternatives(source).flatMap(spellOut);
}

/** One alternative that starts the match, as a list of alternatives without an opening group. */
function spellOut(alternative: string): string[] {
  let rest = alternative;
  while (rest.startsWith('\\b')) rest = rest.slice(2);
  if (!rest.startsWith('(?:')) return [rest];
  const close = closingParen(rest, 0);
  if (close < 0) return [rest];
  const inner = rest.slice(3, close);
  const after = rest.slice(close + 1);
  if (!/^[?*+{]/.test(after)) return flatAlternatives(inner).map((a) => a + after);
  if (after[0] === '?' && !/^\?[?*+{]/.test(after)) {
    const tail = after.slice(1);
    return [...flatAlternatives(inner).map((a) => a + tail), ...spellOut(tail)];
  }
  return [rest];
}

/**
 * A pattern source without capture groups that opens with `\b` on every way through, as `\b(?:...)`
 * over one flat alternation: the same matches (same places, same text).
 *
 * @example flattenAlternation('\\b(?:(?:\\b(?:aortic|mitral)\\b)|(?:\\b(?:left|right)\\b))') // '\\b(?:aortic\\b|mitral\\b|left\\b|right\\b)'
 */
export function flattenAlternation(source: string): string {
  if (!opensWithBoundary(source)) throw new Error(`flattenAlternation: not every way through opens with \\b in ${source}`);
  return `\\b(?:${flatAlternatives(`\\b(?:${source})`).join('|')})`;
}
