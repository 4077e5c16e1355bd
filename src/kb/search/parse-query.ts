/**
 * Reads what a user typed into a lookup box: a code or code prefix in any spelling ("m99 6",
 * "M996", "M99.6"), words in any order, clinical shorthand to expand and spine levels.
 */
import { normalizeCode } from '../catalog';
import { readLevels } from './read-levels';
import type { Shorthand, ShorthandEntry } from './shorthand';
import { tokenize } from './tokenize';

export type ParsedQuery = {
  text: string;
  /** Dotted, upper-case code or code prefix when the whole query has the shape of one ("M99.6"). */
  code: string | undefined;
  /**
   * What to match, one slot per word the user meant; a title matches a slot when it has any of
   * the slot's alternatives ("l4" -> ["l4", "lumbar"]).
   */
  slots: string[][];
  /** The shorthand that was expanded, so the UI can say "DDD: degenerative disc disease". */
  expanded: ShorthandEntry[];
};

/** A letter, a digit, then up to five letters or digits: every ICD-10-CM code and code prefix. */
const CODE_SHAPE = /^[A-Z][0-9][0-9A-Z]{0,5}$/;

/** The dotted code a query spells, or undefined when it is not code-shaped. */
export function readCodeQuery(text: string): string | undefined {
  const typed = text.replace(/[\s.]+/g, '').toUpperCase();
  // The letter O never appears after the first character of an ICD-10-CM code: in something
  // already code-like ("M99.6O") it is a zero typed as a letter. Words being typed ("lo", "co")
  // have no digit and stay words.
  const compact = /\d/.test(typed) ? typed.slice(0, 1) + typed.slice(1).replace(/O/g, '0') : typed;
  return CODE_SHAPE.test(compact) ? normalizeCode(compact) : undefined;
}

export function parseQuery(text: string, shorthand: readonly Shorthand[] = []): ParsedQuery {
  const tokens = tokenize(text);
  const words: string[] = [];
  const expanded: ShorthandEntry[] = [];
  for (let i = 0; i < tokens.length; ) {
    const hit = shorthand.find((s) => s.termWords.every((w, k) => tokens[i + k] === w));
    if (hit) {
      words.push(...hit.searchWords);
      if (!expanded.includes(hit.entry)) expanded.push(hit.entry);
      i += hit.termWords.length;
    } else {
      words.push(tokens[i] ?? '');
      i++;
    }
  }
  const seen = new Set<string>();
  const slots = readLevels(words).filter((slot) => {
    const key = slot.join(' ');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { text, code: readCodeQuery(text), slots, expanded };
}
