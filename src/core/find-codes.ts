import type { FieldText, FoundCode } from './types';

// ICD-10-CM shape: a letter, two characters (digit, then digit or letter), then up to four more
// after an optional dot. Users also type a space after the letter ("M 99.60") or drop the dot.
// The last group allows O for 0 because "M99.6O" is a common typo; it is reported, not silently fixed.
const CODE_SHAPE = /\b([A-Za-z])\s?(\d[0-9A-Za-z])(?:\.?([0-9A-Za-z]{1,4}))?\b/y;
/**
 * The digit every code opens its category with, found first: a sweep for CODE_SHAPE tries every
 * word of a note, this one looks at digits only (a note has a few dozen). Each digit has one
 * possible start of a code (the letter before it, or before the space before it), where
 * CODE_SHAPE is then tried alone (sticky).
 */
// The lookbehind comes after the characters it checks: written first, V8 would run it at every
// position of the note. The category's second character is read, not looked ahead at: a sweep
// whose match is two characters long skips the rest of the note faster. It resumes after that
// character, which can never be a category digit of its own (it would need a letter, or a space
// after one, before it: there is a digit).
const CODE_DIGIT = /\d[0-9A-Za-z](?<=\b[A-Za-z]\s?\d[0-9A-Za-z])/g;

/**
 * CODE_DIGIT with a plain word (lower-case letters) as a second alternative, by the word: a note's
 * reader that needs every place of that word (find-procedures' "foram") gets them from this sweep,
 * not from a sweep of its own over the whole note. Compiled with the i flag for the word: CODE_DIGIT
 * reads the same under it (its classes spell both cases, and without the u flag no character beyond
 * ASCII matches an ASCII letter).
 */
const WITH_WORD = new Map<string, RegExp>();
function codeDigitOr(word: string): RegExp {
  let sweep = WITH_WORD.get(word);
  if (sweep === undefined) {
    if (!/^[a-z]+$/.test(word)) throw new Error(`findCodes: "${word}" is not a plain lower-case word`);
    sweep = new RegExp(`${CODE_DIGIT.source}|${word}`, 'gi');
    WITH_WORD.set(word, sweep);
  }
  return sweep;
}

const isDigit = (code: number) => code >= 48 && code <= 57;

/** Where a code holding the category digit at `digit` starts (CODE_DIGIT put a letter, or a space after one, before it). */
function codeStart(text: string, digit: number): number {
  const c = text.charCodeAt(digit - 1) | 32;
  return c >= 97 && c <= 122 ? digit - 1 : digit - 2;
}

/** What a written code says: its dotted upper-case form and any guess made, or null when it is no code. */
type Reading = { code: string; note: string | undefined; bareCategory: boolean } | null;

/**
 * The reading of each written form, kept: a note repeats its codes ("M54.12" in every assessment),
 * and a form's reading depends on its characters only. Bounded like the rule context's code
 * readings; a form past the bound is read each time.
 */
const readings = new Map<string, Reading>();

/**
 * CODE_SHAPE without its groups: where a form ends is all a form read before needs (a note repeats
 * its codes, "M54.12" in every assessment), and a match with three groups was four strings.
 */
const CODE_FORM = new RegExp(CODE_SHAPE.source.replace(/\((?!\?)/g, '(?:'), 'y');

/** The reading of a form not read before (CODE_SHAPE's groups read anew), kept while `readings` has room. */
function readNew(raw: string): Reading {
  CODE_SHAPE.lastIndex = 0;
  const match = CODE_SHAPE.exec(raw);
  // Indexed rather than destructured: array destructuring walks an iterator, once per code-shaped word.
  const reading = match === null ? null : readForm(raw, match[1] ?? '', match[2] ?? '', match[3] ?? '');
  if (readings.size < 1024) readings.set(raw, reading);
  return reading;
}

/** Reads one form that CODE_SHAPE matched (groups: letter, category's two characters, the rest). */
function readForm(raw: string, letter: string, head: string, tail: string): Reading {
  // A letter in the category's third place is A or B in every official category (C4A, C7B,
  // M1A, O9A, Z3A … in the FY2026 tabular): "x8mm" and "C1to" are a size and a range, not codes.
  const third = head.charCodeAt(1);
  if (!((third >= 48 && third <= 57) || third === 65 || third === 66 || third === 97 || third === 98)) return null;
  // The only dot a match can hold is the one between category and the rest.
  const dotted = raw.includes('.');
  // Without a dot, letters alone after the category are a unit or a word ("x10cm"); a typed
  // code carries a digit there, or the X placeholder ("T07XXXA").
  if (!dotted && tail !== '' && !/\d|^x/i.test(tail)) return null;
  let rest = tail.toUpperCase();
  let note: string | undefined;
  if (rest.includes('O') && /^\d*O\d*$/.test(rest)) {
    rest = rest.replaceAll('O', '0');
    note = `"${raw}" has a letter O where a zero is expected; read as ${letter.toUpperCase()}${head}.${rest}`;
  }
  const code = `${letter.toUpperCase()}${head.toUpperCase()}${rest ? `.${rest}` : ''}`;
  // In free text, only shapes that look deliberate are taken: a dot, or digits after the category.
  return { code, note, bareCategory: !dotted && tail === '' };
}

/**
 * Finds ICD-10-CM-shaped codes in a field's text and normalises them to the dotted upper-case form.
 * With `word` (plain lower-case letters), every place where it starts, in any case, is added to
 * `places` in text order, as a sweep of `new RegExp(word, 'gi')` finds them, from the same sweep.
 *
 * @example findCodes({id: 'dx', kind: 'diagnosis', text: 'm9960'})[0].code === 'M99.60'
 */
export function findCodes(field: FieldText, word?: string, places?: number[]): FoundCode[] {
  const found: FoundCode[] = [];
  const text = field.text;
  const inNote = field.kind === 'note';
  const sweep = word === undefined ? CODE_DIGIT : codeDigitOr(word);
  // The leftmost match at or after the previous code's end, as a global sweep of CODE_SHAPE finds
  // it: starts are tried in increasing order (one per digit, increasing with it).
  let from = 0;
  // test, not exec: a match is the category's two characters, ending at lastIndex; only its place is read.
  sweep.lastIndex = 0;
  while (sweep.test(text)) {
    const end = sweep.lastIndex;
    // The word: its letters are never a category's (a digit, then a digit or letter, two back from its end).
    if (word !== undefined && !isDigit(text.charCodeAt(end - 2))) {
      places?.push(end - word.length);
      continue;
    }
    // With the word, the sweep reads on from the category's second character, which may open the
    // word ("M9foram"), and never past what CODE_SHAPE read ("X1foram" is read as no code, and
    // holds the word): a candidate inside a code starts before `from`, and is passed over. That
    // character is never a category digit of its own (that needs a letter, or a space after one,
    // before it: there is a digit).
    if (word !== undefined) sweep.lastIndex = end - 1;
    const start = codeStart(text, end - 2);
    if (start < from) continue;
    CODE_FORM.lastIndex = start;
    if (!CODE_FORM.test(text)) continue;
    from = CODE_FORM.lastIndex;
    if (word === undefined) sweep.lastIndex = from;
    const raw = text.slice(start, from);
    let reading = readings.get(raw);
    if (reading === undefined) reading = readNew(raw);
    if (reading === null || (inNote && reading.bareCategory)) continue;
    const entry: FoundCode = {
      code: reading.code,
      span: { fieldId: field.id, start, end: start + raw.length, text: raw },
      fieldKind: field.kind,
    };
    if (reading.note) entry.note = reading.note;
    found.push(entry);
  }
  return found;
}
