import type { AnalyzeInput, FieldText } from '../types';
import { mergeCuts } from './split-compounds';
import { heardCuts, overwriteHeard, type Heard } from './dictation-confusions';
import { spokenPairs } from './spoken-pairs';

/**
 * Full-width ASCII forms (U+FF01-U+FF5E), which Japanese IMEs and some PDFs give ("L３-L４",
 * "Ｍ９９.６３"), and the hyphens word processors put in for "-" (U+2010 hyphen, U+2011 non-breaking
 * hyphen, U+2012 figure dash, U+2212 minus sign, U+FE63 small hyphen-minus: "C5‑6" pasted from a
 * report read no level). The en dash is read where it is written ("L4–5"), as before.
 */
const FULL_WIDTH = /[\uFF01-\uFF5E\u2010-\u2012\u2212\uFE63]/;
const FULL_WIDTH_ALL = /[\uFF01-\uFF5E\u2010-\u2012\u2212\uFE63]/g;
/** A full-width form and its ASCII counterpart are this far apart, in one UTF-16 unit each. */
const OFFSET = 0xfee0;

/**
 * Combining marks (U+0300-U+036F) after a Latin letter: an accent typed as its own character, as
 * macOS file names, some PDFs and some keyboards give it ("ste\u0301nosis", Spanish
 * "este\u0301nosis"), is read as its letter alone, a cut like a broken word's, so every quote and
 * span is still the user's text. Why not NFC: composed, "sténosis" still matches no English word,
 * and the Spanish readers take a letter with or without its accent (spanish-words.ts FOLD), so the
 * bare letter loses no reading. The first class holds every character that changes a reading here,
 * so ordinary text pays one test for both (a one-byte string holds none of them).
 */
// The combining marks first: after another character in the class, a lint rule reads the range
// as that character with its accent (and an alternation of two classes tested slower).
const READ_CHANGED = /[\u0300-\u036F\uFF01-\uFF5E\u2010-\u2012\u2212\uFE63]/;
const MARKS = /[A-Za-z]([\u0300-\u036F]+)/g;

/** The cuts that take out the combining marks after Latin letters, in order; undefined when none. */
export function combiningMarkCuts(text: string): Cut[] | undefined {
  let cuts: Cut[] | undefined;
  MARKS.lastIndex = 0;
  for (let m = MARKS.exec(text); m !== null; m = MARKS.exec(text)) (cuts ??= []).push({ at: m.index + 1, length: (m[1] as string).length });
  return cuts;
}

const toAscii = (ch: string) => {
  const code = ch.charCodeAt(0);
  return code >= 0xff01 ? String.fromCharCode(code - OFFSET) : '-';
};

/**
 * Where a line break splits a word or a level after a hyphen, as a PDF's text layer gives it
 * ("cen-⏎tral canal stenosis", "L4-⏎5: moderate foraminal narrowing"): a word of two letters or
 * more, "-", a line break and perhaps an indent, then a lower-case letter; or a level ("L4", "C5",
 * "T12"), "-", a line break, then its other end ("5", "S1"). Sticky, tried at each "-⏎".
 */
const BROKEN = /(?:(?<=[A-Za-z][A-Za-z])-(\r?\n[ \t]{0,8})(?=[a-z])|(?<=(?:^|[^A-Za-z0-9])[CTLScstl]\d{1,2})-(\r?\n[ \t]{0,8})(?=[CTLScstl]?\d))/y;

/**
 * First halves of a compound written with its hyphen ("disc-osteophyte", "non-compressive",
 * "mild-to-moderate", "left-sided"): broken at that hyphen, the words are joined with it; any
 * other word broken at the line's end is one word ("cen-tral", "fora-minal", "ste-nosis").
 */
// Not "pre" nor "post": PDFs break "pre-sent" and "post-erior" there, and "preoperative" reads as
// "pre-operative" does.
const COMPOUND_FIRST = new Set(['disc', 'disk', 'non', 'left', 'right', 'mild', 'moderate', 'severe', 'minimal', 'self', 'well', 'broad', 'long', 'short', 'high', 'low']);

/**
 * The places a field's text is read through a broken word or level: each removes the characters
 * [at, at + length) of the original (the hyphen and the line break of a word; the line break only
 * of a compound or a level), in order. Undefined when the text has none (one search for "-⏎"
 * and one for "-\r": ordinary text pays no more).
 */
export type Cut = { at: number; length: number };

export function lineBreakCuts(text: string): Cut[] | undefined {
  let cuts: Cut[] | undefined;
  for (const mark of ['-\n', '-\r\n']) {
    for (let at = text.indexOf(mark); at >= 0; at = text.indexOf(mark, at + 1)) {
      BROKEN.lastIndex = at;
      const m = BROKEN.exec(text);
      if (m === null) continue;
      const level = m[2] !== undefined;
      const gap = (m[1] ?? m[2] ?? '').length;
      let word = at;
      while (word > 0 && /[A-Za-z]/.test(text.charAt(word - 1))) word--;
      const keep = level || COMPOUND_FIRST.has(text.slice(word, at).toLowerCase());
      (cuts ??= []).push(keep ? { at: at + 1, length: gap } : { at, length: gap + 1 });
    }
  }
  return cuts && cuts.length > 1 ? cuts.sort((a, b) => a.at - b.at) : cuts;
}

/** The text with its cuts taken out. */
function withoutCuts(text: string, cuts: readonly Cut[]): string {
  let out = '';
  let from = 0;
  for (const cut of cuts) {
    out += text.slice(from, cut.at);
    from = cut.at + cut.length;
  }
  return out + text.slice(from);
}

/** The original offset of offset `at` of the text read without its cuts (the first character at or after it). */
export function originalOffset(cuts: readonly Cut[], at: number): number {
  let shift = 0;
  for (const cut of cuts) {
    if (cut.at - shift > at) break;
    shift += cut.length;
  }
  return at + shift;
}

/** The original span of the read span [start, end): from its first character to just past its last. */
function originalSpan(cuts: readonly Cut[], start: number, end: number): { start: number; end: number } {
  const from = originalOffset(cuts, start);
  return { start: from, end: end > start ? originalOffset(cuts, end - 1) + 1 : from };
}

/**
 * The input as it is read: full-width forms as their ASCII counterparts, and the words and levels a
 * line break split after a hyphen joined (lineBreakCuts); or the input itself when no
 * field has either (a RegExp test and two searches per field: ordinary text pays nothing more).
 * A full-width form maps to one character of the same length; a joined word is shorter, and the
 * result's spans are mapped back (restoreQuotes). `originals` keeps the original text of each
 * changed field, to quote it.
 */
export function readFullWidth<T extends Pick<AnalyzeInput, 'fields'>>(input: T): { input: T; originals: Map<string, string> | undefined } {
  let originals: Map<string, string> | undefined;
  let fields: FieldText[] | undefined;
  for (let i = 0; i < input.fields.length; i++) {
    const field = input.fields[i] as FieldText;
    const changed = READ_CHANGED.test(field.text);
    const { cuts, heard } = readingCuts(field.text, changed);
    const wide = changed && FULL_WIDTH.test(field.text);
    if (!wide && cuts === undefined) continue;
    originals ??= new Map();
    fields ??= input.fields.slice();
    originals.set(field.id, field.text);
    // A phrase heard for a spine term is overwritten in place first, so its cut leaves the term.
    const source = heard ? overwriteHeard(field.text, heard) : field.text;
    const joined = cuts === undefined ? source : withoutCuts(source, cuts);
    fields[i] = { ...field, text: wide ? joined.replace(FULL_WIDTH_ALL, toAscii) : joined };
  }
  return fields ? { input: { ...input, fields }, originals } : { input, originals: undefined };
}

/**
 * The cuts a field is read through (broken words, split compounds, phrases heard for a spine
 * term: dictation-confusions.ts), and those phrases; a phrase that shares a character with another
 * cut is left as written.
 */
function readingCuts(text: string, changed = READ_CHANGED.test(text)): { cuts: Cut[] | undefined; heard: Heard[] | undefined } {
  // The split compounds and the phrases heard are found in one sweep (spoken-pairs.ts).
  const spoken = spokenPairs(text);
  const others = mergeCuts(mergeCuts(lineBreakCuts(text), spoken.split), changed ? combiningMarkCuts(text) : undefined);
  let heard = spoken.heard;
  if (heard && others) heard = heard.filter((h) => !others.some((c) => c.at < h.at + h.length && c.at + c.length > h.at));
  if (heard && heard.length === 0) heard = undefined;
  return { cuts: mergeCuts(others, heardCuts(heard)), heard };
}

type Quoted = { fieldId: string; start: number; end: number; text: string };

function isSpan(value: object): value is Quoted {
  const v = value as Partial<Quoted>;
  return typeof v.fieldId === 'string' && typeof v.start === 'number' && typeof v.end === 'number' && typeof v.text === 'string';
}

/** A full-width-free copy of the text a field was read as (the same length). */
const fold = (text: string) => text.replace(FULL_WIDTH_ALL, toAscii);

/** How a level is kept: as written and normalised (types.ts Level), with no position of its own. */
type LevelLike = { raw: string; normalized: string };
const isLevel = (value: object): value is LevelLike => {
  const v = value as Partial<LevelLike>;
  return typeof v.raw === 'string' && typeof v.normalized === 'string' && Object.keys(value).length === 2;
};

/**
 * The read text of each changed field, the original, the original with its broken words joined
 * (`joined`, as long as the read text: what a full-width quote is restored from), the cuts that
 * joined them (none for a field of full-width forms only), and what was quoted from it in ASCII.
 */
type Restore = {
  originals: Map<string, string>;
  /** Each field's phrases heard for a spine term (dictation-confusions.ts), when it has some. */
  heard: Map<string, Heard[]>;
  joined: Map<string, string>;
  cuts: Map<string, Cut[]>;
  folded: Map<string, string>;
  quoted: Map<string, Set<string>>;
  /** The fields that hold codes, not prose (diagnosis, procedure): see `namesACode`. */
  codeFields: ReadonlySet<string>;
};

/** A dotted ICD-10-CM code's shape: no level or word has a dot after its third character. */
const DOTTED_CODE = /^[A-Za-z]\d[0-9A-Za-z]\.[0-9A-Za-z]{1,4}$/;

/**
 * Whether a span quotes a code. Our prose names a code as read ("M99.63 is for osseous ..."), as
 * the verdict's header does: restored in prose, a full-width entry "Ｍ９９.６３" showed the header's
 * M99.63 beside a message's "Ｍ９９.６３" (blind QA stop 54, L4), and a quote restored inside a
 * longer code ("M48.06" in "M48.061") made a code nobody wrote. The span itself still quotes the
 * entry as written.
 */
const namesACode = (r: Restore, span: Quoted) =>
  r.codeFields.has(span.fieldId) || DOTTED_CODE.test(span.text);

/**
 * A copy of `value` whose spans into a changed field quote the user's text as written (evidence
 * never shows a character the user did not type), as do the levels of a mention or procedure
 * (`raw`, read at the occurrence nearest the statement) and the words, messages and reasons that
 * quote them. Only results of input with full-width forms are copied: the copy is no cost to
 * ordinary text.
 */
export function restoreQuotes<T>(
  value: T,
  originals: Map<string, string>,
  codeFields: ReadonlySet<string> = new Set(),
): T {
  const joined = new Map<string, string>();
  const cuts = new Map<string, Cut[]>();
  const heardIn = new Map<string, Heard[]>();
  for (const [id, text] of originals) {
    // The same cuts readFullWidth made.
    const { cuts: found, heard } = readingCuts(text);
    if (found !== undefined) cuts.set(id, found);
    if (heard !== undefined) heardIn.set(id, heard);
    joined.set(id, found === undefined ? text : withoutCuts(text, found));
  }
  const folded = new Map([...joined].map(([id, text]) => [id, fold(text)]));
  const r: Restore = { originals, heard: heardIn, joined, cuts, folded, quoted: new Map(), codeFields };
  const copy = restoreIn(value, r, undefined);
  // A quote written one way only (a level written both ways stays as our prose has it); longest
  // first, so "L3-L4" is restored before a shorter quote inside it.
  const pairs: [string, string][] = [];
  for (const [ascii, forms] of r.quoted) {
    const [written] = forms;
    if (forms.size === 1 && written !== undefined && written !== ascii && ascii.length > 1) pairs.push([ascii, written]);
  }
  pairs.sort((a, b) => b[0].length - a[0].length);
  return pairs.length > 0 ? requote(copy, pairs) : copy;
}

function restoreIn<T>(value: T, r: Restore, near: Quoted | undefined): T {
  if (Array.isArray(value)) return value.map((v: unknown) => restoreIn(v, r, near)) as T;
  if (value === null || typeof value !== 'object') return value;
  const own = isSpan(value) ? value : (value as { span?: unknown }).span;
  const at = own !== undefined && own !== null && typeof own === 'object' && isSpan(own) ? own : near;
  const copy: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) copy[key] = restoreIn(v, r, at);
  if (isSpan(value)) {
    const original = r.originals.get(value.fieldId);
    const joined = r.joined.get(value.fieldId);
    if (original !== undefined && joined !== undefined) {
      const cuts = r.cuts.get(value.fieldId);
      // A span over a joined word quotes the note as written, line break and all ("cen-⏎tral").
      const at = cuts === undefined ? value : originalSpan(cuts, value.start, value.end);
      copy.start = at.start;
      copy.end = at.end;
      copy.text = original.slice(at.start, at.end);
      // Our prose quotes the words as read, joined (only a full-width form is restored in it); a
      // quote over a phrase heard for a spine term quotes the phrase as written.
      const heard = r.heard.get(value.fieldId);
      const overHeard = heard?.some((h) => h.at < at.end && h.at + h.length > at.start) === true;
      if (!namesACode(r, value))
        quote(r, value.text, overHeard ? (copy.text as string) : joined.slice(value.start, value.end));
    }
  } else if (isLevel(value) && near) {
    const written = writtenNear(value.raw, near, r);
    if (written !== undefined) {
      copy.raw = written;
      quote(r, value.raw, written);
    }
  }
  return copy as T;
}

function quote(r: Restore, ascii: string, written: string): void {
  const forms = r.quoted.get(ascii);
  if (forms) forms.add(written);
  else r.quoted.set(ascii, new Set([written]));
}

/** The original of `ascii` at its read occurrence nearest the statement, in the statement's field. */
function writtenNear(ascii: string, near: Quoted, r: Restore): string | undefined {
  const read = r.folded.get(near.fieldId);
  const original = r.joined.get(near.fieldId);
  if (read === undefined || original === undefined || ascii === '') return undefined;
  let best = -1;
  for (let i = read.indexOf(ascii); i >= 0; i = read.indexOf(ascii, i + 1)) {
    if (best < 0 || gap(i, ascii.length, near) < gap(best, ascii.length, near)) best = i;
  }
  return best < 0 ? undefined : original.slice(best, best + ascii.length);
}

/**
 * One quote restored in our prose: a level or code (it holds a digit) wherever it stands, a word
 * only inside quotation marks, so that our own words ("a disc disorder") stay ours.
 */
function requoteOne(prose: string, [ascii, written]: [string, string]): string {
  if (/\d/.test(ascii)) return prose.split(ascii).join(written);
  return prose.split(`"${ascii}"`).join(`"${written}"`);
}

/** Characters between an occurrence and the statement's span (0 inside it). */
const gap = (at: number, length: number, near: Quoted) => (at + length <= near.start ? near.start - at - length : at >= near.end ? at - near.end : 0);

/** Message-like strings (messages, reasons, placeholder values) with each quote as written. */
const PROSE_KEYS = new Set(['message', 'reason', 'params']);
function requote<T>(value: T, pairs: [string, string][], prose = false): T {
  if (typeof value === 'string') return (prose ? pairs.reduce<string>(requoteOne, value) : value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => requote(v, pairs, prose)) as T;
  if (value === null || typeof value !== 'object') return value;
  const copy: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) copy[key] = requote(v, pairs, prose || PROSE_KEYS.has(key));
  return copy as T;
}
