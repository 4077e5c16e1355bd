/**
 * Reading a RegExp's source as text: where a group closes and what its top-level alternatives are,
 * skipping escapes and character classes. Shared by the lexicon tools that reason about patterns
 * (hoist-boundary, factor-letters, the families reader's leading words, the window-words sweep).
 */

/**
 * How many capture groups a pattern source has (named ones too), as the engine counts them. A
 * source without "(" has none; skipping the engine then matters because the letter grouping asks
 * this of every lexicon word at load, and compiling each one was a tenth of the core's start-up.
 */
export const groupCount = (source: string): number =>
  source.includes('(') ? (new RegExp(`${source}|`).exec('') as RegExpExecArray).length - 1 : 0;

/** Where the group opening at `open` closes, or -1 (escapes and character classes skipped). */
export function closingParen(source: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

/** The top-level alternatives of a pattern source: `a|(b|c)` → `a`, `(b|c)`. */
export function topAlternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(source.slice(from, i));
      from = i + 1;
    }
  }
  out.push(source.slice(from));
  return out;
}

/**
 * The source with every capturing group made non-capturing (`(a)|(b)` → `(?:a)|(?:b)`): the same
 * matches, without the groups a match array carries. Throws on a backreference or a named group,
 * whose meaning would change.
 */
export function withoutCaptures(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i] as string;
    if (c === '\\') {
      const next = source[i + 1] ?? '';
      if (!inClass && (/[1-9]/.test(next) || next === 'k')) throw new Error(`withoutCaptures: a backreference in ${source}`);
      out += c + next;
      i++;
    } else if (inClass) {
      inClass = c !== ']';
      out += c;
    } else if (c === '[') {
      inClass = true;
      out += c;
    } else if (c === '(' && source[i + 1] !== '?') out += '(?:';
    else if (c === '(' && source[i + 2] === '<' && source[i + 3] !== '=' && source[i + 3] !== '!') throw new Error(`withoutCaptures: a named group in ${source}`);
    else out += c;
  }
  return out;
}
