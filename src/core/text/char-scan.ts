// Hand-written forms of the short RegExp tests that every window of a dense note asks: a RegExp
// call (and the slice it needs) costs more than the few characters these look at. Each is proven
// equal to its RegExp by the property tests in char-scan.test.ts.

/** `/\s/` (JavaScript's whitespace and line terminators). */
export function isSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** `/\w/` without the u flag: ASCII letters, digits and "_". */
export function isWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95;
}

/** Whether `text` at `at` spells the lower-case ASCII `word` in any case (`/word/i`). */
export function spells(text: string, at: number, word: string): boolean {
  for (let i = 0; i < word.length; i++) if ((text.charCodeAt(at + i) | 32) !== word.charCodeAt(i)) return false;
  return true;
}

/** `/^\s*(?:,|and\b)/i.test(text)`: the window goes on from the one before ("..., and ..."). */
export function opensWithCommaOrAnd(text: string): boolean {
  let i = 0;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  if (text.charCodeAt(i) === 44) return true;
  return i + 3 <= text.length && spells(text, i, 'and') && (i + 3 === text.length || !isWordChar(text.charCodeAt(i + 3)));
}

/** `/\bwith\b/i.test(text.slice(from, to))`, without the slice (its ends count as word boundaries). */
export function hasWith(text: string, from: number, to: number): boolean {
  for (let i = from; i + 4 <= to; i++) {
    if ((text.charCodeAt(i) | 32) !== 119 || !spells(text, i, 'with')) continue;
    if ((i === from || !isWordChar(text.charCodeAt(i - 1))) && (i + 4 === to || !isWordChar(text.charCodeAt(i + 4)))) return true;
  }
  return false;
}
