import type { AnalyzeInput, FieldText } from '../types';

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

const toAscii = (ch: string) => {
  const code = ch.charCodeAt(0);
  return code >= 0xff01 ? String.fromCharCode(code - OFFSET) : '-';
};

/**
 * The input with full-width forms read as their ASCII counterparts, or the input itself when no
 * field has one (one RegExp test per field: ordinary text pays nothing more). Every character
 * maps to one of the same length, so every offset into the read text is an offset into the
 * original; `originals` keeps the original text of each changed field, to quote it (restoreQuotes).
 */
export function readFullWidth<T extends Pick<AnalyzeInput, 'fields'>>(input: T): { input: T; originals: Map<string, string> | undefined } {
  let originals: Map<string, string> | undefined;
  let fields: FieldText[] | undefined;
  for (let i = 0; i < input.fields.length; i++) {
    const field = input.fields[i] as FieldText;
    if (!FULL_WIDTH.test(field.text)) continue;
    originals ??= new Map();
    fields ??= input.fields.slice();
    originals.set(field.id, field.text);
    fields[i] = { ...field, text: field.text.replace(FULL_WIDTH_ALL, toAscii) };
  }
  return fields ? { input: { ...input, fields }, originals } : { input, originals: undefined };
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

/** The read text of each changed field, the original and what was quoted from it in ASCII. */
type Restore = { originals: Map<string, string>; folded: Map<string, string>; quoted: Map<string, Set<string>> };

/**
 * A copy of `value` whose spans into a changed field quote the user's text as written (evidence
 * never shows a character the user did not type), as do the levels of a mention or procedure
 * (`raw`, read at the occurrence nearest the statement) and the words, messages and reasons that
 * quote them. Only results of input with full-width forms are copied: the copy is no cost to
 * ordinary text.
 */
export function restoreQuotes<T>(value: T, originals: Map<string, string>): T {
  const folded = new Map([...originals].map(([id, text]) => [id, fold(text)]));
  const r: Restore = { originals, folded, quoted: new Map() };
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
    if (original !== undefined) {
      copy.text = original.slice(value.start, value.end);
      quote(r, value.text, copy.text as string);
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
  const original = r.originals.get(near.fieldId);
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
