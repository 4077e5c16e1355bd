/**
 * Reading a RegExp's source as text: where a group closes and what its top-level alternatives are,
 * skipping escapes and character classes, and its items (regexItems). Shared by the lexicon tools
 * that reason about patterns (hoist-boundary, factor-letters, the families reader's leading words,
 * the window-words sweep, the procedure skips' proofs in holds-one-of and anchor-word).
 */

/**
 * How many capture groups a pattern source has (named ones too), as the engine counts them: each
 * "(" outside a class and not escaped that opens neither "(?:" nor a lookaround. Read as text, not
 * asked of the engine: the letter grouping asks this of every lexicon alternative at load, and
 * compiling one RegExp per alternative that holds a "(" was the largest single cost of loading the
 * core (paid again by every CLI batch worker). regex-source.test.ts checks it against the engine.
 */
export function groupCount(source: string): number {
  if (!source.includes('(')) return 0;
  let count = 0;
  for (let i = nextSyntax(source, 0); i >= 0; i = nextSyntax(source, i + 1)) {
    if (source[i] === '(' && (source[i + 1] !== '?' || (source[i + 2] === '<' && source[i + 3] !== '=' && source[i + 3] !== '!'))) count++;
  }
  return count;
}

/**
 * Where the next "(", ")" or "|" of a pattern source is at or after `from`, not escaped and not
 * inside a character class, or -1: the one reading of a source's structure the readers here share.
 * `from` must itself be outside a class and not just after a backslash (the source's start, or the
 * place after an earlier answer).
 */
export function nextSyntax(source: string, from: number): number {
  let inClass = false;
  for (let i = from; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(' || c === ')' || c === '|') return i;
  }
  return -1;
}

/** Where the group opening at `open` closes, or -1 (escapes and character classes skipped). */
export function closingParen(source: string, open: number): number {
  let depth = 0;
  for (let i = nextSyntax(source, open); i >= 0; i = nextSyntax(source, i + 1)) {
    if (source[i] === '(') depth++;
    else if (source[i] === ')' && --depth === 0) return i;
  }
  return -1;
}

/** The top-level alternatives of a pattern source: `a|(b|c)` → `a`, `(b|c)`. */
export function topAlternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = nextSyntax(source, 0); i >= 0; i = nextSyntax(source, i + 1)) {
    const c = source[i];
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (depth === 0) {
      out.push(source.slice(from, i));
      from = i + 1;
    }
  }
  out.push(source.slice(from));
  return out;
}

/**
 * The source without its lookarounds, however deeply they nest (`a(?=b(?:c))d` → `ad`): the
 * phrases a pattern can match, for tests that draw them (fast-check's stringMatching cannot read a
 * lookaround).
 */
export function withoutLookarounds(source: string): string {
  let out = '';
  let from = 0;
  for (let i = nextSyntax(source, 0); i >= 0; i = nextSyntax(source, i + 1)) {
    if (source[i] !== '(' || source[i + 1] !== '?') continue;
    const kind = source[i + 2] === '<' ? source[i + 3] : source[i + 2];
    if (kind !== '=' && kind !== '!') continue;
    const close = closingParen(source, i);
    if (close < 0) break;
    out += source.slice(from, i);
    from = close + 1;
    i = close;
  }
  return out + source.slice(from);
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

/**
 * One item of an alternative as the conservative pattern readers take it (holds-one-of.ts,
 * mentions/anchor-word.ts): what it reads, and its quantifier's minimum.
 * - `literal`: one character, `char` (a letter, or an escaped ". - / \ ( ) [ ] { } ? * + | ^ $");
 *   `char` is kept only when the item is not quantified, so that it is one letter of a word;
 * - `class`: `\w \s \d \W \S \D` or a bracket class, spelled in `source`;
 * - `assert`: `\b \B ^ $` or a lookaround, which read no character;
 * - `group`: a plain or non-capturing group, its alternatives in `group`;
 * - `dot`: ".".
 */
export type RegexItem = {
  kind: 'literal' | 'class' | 'assert' | 'group' | 'dot';
  min: number;
  char: string | undefined;
  group: string | undefined;
  source: string;
};

/** Escapes read as their character. */
const LITERAL_ESCAPE = /^[.\-/\\()[\]{}?*+|^$]$/;
const QUANTIFIER = /^(?:([?*+])|\{(\d+)(?:,\d*)?\})\??/;

/**
 * The items of one alternative (no top-level "|"), or undefined for anything not read here: a
 * backreference, a named group, another escape, a stray quantifier or ")".
 */
export function regexItems(alt: string): RegexItem[] | undefined {
  const items: RegexItem[] = [];
  let i = 0;
  while (i < alt.length) {
    const from = i;
    const c = alt[i] as string;
    let kind: RegexItem['kind'];
    let char: string | undefined;
    let group: string | undefined;
    if (c === '\\') {
      const e = alt[i + 1] ?? '';
      i += 2;
      if (LITERAL_ESCAPE.test(e)) {
        kind = 'literal';
        char = e;
      } else if (e === 'b' || e === 'B') kind = 'assert';
      else if (/^[wWsSdD]$/.test(e)) kind = 'class';
      else return undefined;
    } else if (c === '[') {
      let end = i + 1;
      while (end < alt.length && alt[end] !== ']') end += alt[end] === '\\' ? 2 : 1;
      if (end >= alt.length) return undefined;
      i = end + 1;
      kind = 'class';
    } else if (c === '(') {
      const close = closingParen(alt, i);
      if (close < 0) return undefined;
      const inner = alt.slice(i + 1, close);
      i = close + 1;
      if (/^\?(?:=|!|<=|<!)/.test(inner)) kind = 'assert';
      else if (inner.startsWith('?') && !inner.startsWith('?:')) return undefined;
      else {
        kind = 'group';
        group = inner.startsWith('?:') ? inner.slice(2) : inner;
      }
    } else if (c === '^' || c === '$') {
      i++;
      kind = 'assert';
    } else if (c === '.') {
      i++;
      kind = 'dot';
    } else if (c === '|' || c === ')' || c === '?' || c === '*' || c === '+' || c === '{') {
      return undefined;
    } else {
      i++;
      kind = 'literal';
      char = c;
    }
    const source = alt.slice(from, i);
    // Its quantifier, if any (a lazy "?" after it changes nothing here).
    const q = QUANTIFIER.exec(alt.slice(i));
    let min = 1;
    if (q) {
      i += q[0].length;
      min = q[1] === '+' ? 1 : q[1] !== undefined ? 0 : Number(q[2]);
      // A quantified character is no longer one letter of a word.
      char = undefined;
    }
    items.push({ kind, min, char, group, source });
  }
  return items;
}
