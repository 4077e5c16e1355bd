/**
 * Shorthand negations written with symbols or single letters, which the cue matcher's words
 * (ASCII letters and digits, scan-tokens.ts) cannot hold (QA stop 47, class 3):
 * - before the finding: "Ø stenosis" / "∅ stenosis" (none), "s radic" / "s̄ radic" (sine, without;
 *   a lower-case "s", with or without its combining macron);
 * - after it: "stenosis (-)", "(−)" (Unicode minus), "(–)", "(neg)", "(none)", "(absent)".
 * Not negations: "Ø 8 mm" (a diameter: a digit follows), "S1" or "s/p" (one word with the letter),
 * "S:" (a SOAP heading), "10 s" (seconds, after a number).
 */

/** How many words may stand between a symbol before the finding and the finding ("Ø central canal stenosis"). */
const MAX_WORDS_BETWEEN = 3;

/** A word longer than this ends the look back. */
const MAX_WORD = 24;

/** The words after the finding whose brackets negate it: "(-)", "(neg)". */
const AFTER = /^[ \t]*\((?:-|\u2212|\u2013|neg|negative|none|absent)\)/i;

/** Characters that end the reach of a symbol: a clause or sentence mark, a bracket, a table rule, a line end. */
function endsReach(c: number): boolean {
  return (
    c === 44 ||
    c === 59 ||
    c === 58 ||
    c === 46 ||
    c === 40 ||
    c === 41 ||
    c === 91 ||
    c === 93 ||
    c === 124 ||
    c === 10 ||
    c === 13
  );
}

const isSpace = (c: number) => c === 32 || c === 9 || c === 160;
const isDigit = (c: number) => c >= 48 && c <= 57;
const EMPTY_SET = 0x00d8;
const EMPTY_SET_SMALL = 0x00f8;
const EMPTY_SET_MATH = 0x2205;
const MACRON = 0x0304;

/**
 * The span of a symbol that negates the finding [start, end) within `sentence`, or undefined.
 *
 * @example symbolNegation('L5-S1: Ø stenosis.', 9, 17, { start: 0, end: 18 }) // { start: 7, end: 8 }
 */
export function symbolNegation(
  text: string,
  start: number,
  end: number,
  sentence: { start: number; end: number },
): { start: number; end: number } | undefined {
  return before(text, start, sentence.start) ?? after(text, end, sentence.end);
}

function before(text: string, start: number, limit: number): { start: number; end: number } | undefined {
  let i = start - 1;
  for (let words = 0; words <= MAX_WORDS_BETWEEN; words++) {
    // The spaces before the word read last (or before the finding).
    let spaces = 0;
    while (i >= limit && isSpace(text.charCodeAt(i))) {
      i--;
      spaces++;
    }
    if (i < limit || spaces === 0) return undefined;
    const wordEnd = i + 1;
    while (i >= limit && !isSpace(text.charCodeAt(i))) {
      // A long word (or a run with no spaces) is no shorthand: read no further.
      if (endsReach(text.charCodeAt(i)) || wordEnd - i > MAX_WORD) return undefined;
      i--;
    }
    const wordStart = i + 1;
    if (negatesBefore(text, wordStart, wordEnd, limit)) return { start: wordStart, end: wordEnd };
  }
  return undefined;
}

/** Whether text[start, end) is "Ø", "∅", "s" or "s̄" standing alone, the word after it no number. */
function negatesBefore(text: string, start: number, end: number, limit: number): boolean {
  const c = text.charCodeAt(start);
  const length = end - start;
  let symbol = false;
  if (length === 1 && (c === EMPTY_SET || c === EMPTY_SET_SMALL || c === EMPTY_SET_MATH)) symbol = true;
  else if (c === 115 && (length === 1 || (length === 2 && text.charCodeAt(start + 1) === MACRON))) {
    // "10 s": seconds after a number, not "without" ("C5-6 s myelopathy" is).
    let p = start - 1;
    while (p >= limit && isSpace(text.charCodeAt(p))) p--;
    const numberEnd = p;
    while (p >= limit && isDigit(text.charCodeAt(p))) p--;
    symbol = p === numberEnd || !(p < limit || isSpace(text.charCodeAt(p)));
  }
  if (!symbol) return false;
  // "Ø 8 mm": a diameter.
  let q = end;
  while (q < text.length && isSpace(text.charCodeAt(q))) q++;
  const next = text.charCodeAt(q);
  return !isDigit(next);
}

function after(text: string, end: number, limit: number): { start: number; end: number } | undefined {
  // Most findings are not followed by a bracket: told from a character or two, before any copy.
  let p = end;
  while (p < limit && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9)) p++;
  if (text.charCodeAt(p) !== 40) return undefined;
  const slice = text.slice(end, Math.min(limit + 1, end + 16));
  const m = AFTER.exec(slice);
  if (!m) return undefined;
  const open = end + m[0].indexOf('(');
  return { start: open, end: end + m[0].length };
}
