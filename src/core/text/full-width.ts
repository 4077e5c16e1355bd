import type { AnalyzeInput, FieldText } from '../types';

/** Full-width ASCII forms (U+FF01-U+FF5E), which Japanese IMEs and some PDFs give: "L３-L４", "Ｍ９９.６３". */
const FULL_WIDTH = /[\uFF01-\uFF5E]/;
const FULL_WIDTH_ALL = /[\uFF01-\uFF5E]/g;
/** A full-width form and its ASCII counterpart are this far apart, in one UTF-16 unit each. */
const OFFSET = 0xfee0;

const toAscii = (ch: string) => String.fromCharCode(ch.charCodeAt(0) - OFFSET);

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

/**
 * A copy of `value` whose spans into a changed field quote the user's text as written (evidence
 * never shows a character the user did not type). Only results of input with full-width forms
 * are copied: the copy is no cost to ordinary text.
 */
export function restoreQuotes<T>(value: T, originals: Map<string, string>): T {
  if (Array.isArray(value)) return value.map((v: unknown) => restoreQuotes(v, originals)) as T;
  if (value === null || typeof value !== 'object') return value;
  const copy: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) copy[key] = restoreQuotes(v, originals);
  if (isSpan(value)) {
    const original = originals.get(value.fieldId);
    if (original !== undefined) copy.text = original.slice(value.start, value.end);
  }
  return copy as T;
}
