import data from './status-values.json' with { type: 'json' };
import type { Status } from '../types';

/**
 * A problem or diagnosis list's status values (status-values.json): the words that say a listed
 * condition is no longer current, with the status they set and the readers that use them. One
 * home for the note's status fields (context/problem-status.ts) and the page's ended diagnosis
 * rows (src/content/ended-rows.ts), which had each kept their own list.
 */
export type StatusReader = 'field' | 'row';
export type StatusValue = {
  words: string[];
  status: 'negated' | 'historical';
  readers: StatusReader[];
  /** A status only when the value says nothing else (a date may follow): plain words ("void of tenderness"). */
  alone?: boolean;
  source: string;
};

const READERS: readonly StatusReader[] = ['field', 'row'];
const STATUSES: readonly Status[] = ['negated', 'historical'];

/** The file checked at load: a bad entry fails with its position and the field at fault. */
export function validateStatusValues(raw: {
  sources: Record<string, string>;
  values: unknown[];
}): StatusValue[] {
  return raw.values.map((entry, i) => {
    const v = entry as Partial<StatusValue>;
    const at = `status-values.json values[${i}]`;
    if (
      !Array.isArray(v.words) ||
      v.words.length === 0 ||
      v.words.some((w) => typeof w !== 'string' || !/^[\p{L} -]+$/u.test(w))
    )
      throw new Error(`${at}: words must be a list of words`);
    if (!STATUSES.includes(v.status as Status))
      throw new Error(`${at}: status must be negated or historical`);
    if (!Array.isArray(v.readers) || v.readers.length === 0 || v.readers.some((r) => !READERS.includes(r)))
      throw new Error(`${at}: readers must be field and/or row`);
    if (v.alone !== undefined && typeof v.alone !== 'boolean')
      throw new Error(`${at}: alone must be true or false`);
    if (typeof v.source !== 'string' || !(v.source in raw.sources))
      throw new Error(`${at}: source must be one of the file's sources`);
    return v as StatusValue;
  });
}

export const STATUS_VALUES: readonly StatusValue[] = validateStatusValues(data);

/**
 * The words `reader` reads with `status` (or any status), longest first so "in remission" wins over
 * a prefix; with `alone`, only the words that are a status alone (true) or also with more words
 * after them (false).
 */
export function statusWords(reader: StatusReader, status?: StatusValue['status'], alone?: boolean): string[] {
  const out: string[] = [];
  for (const v of STATUS_VALUES)
    if (
      v.readers.includes(reader) &&
      (status === undefined || v.status === status) &&
      (alone === undefined || (v.alone === true) === alone)
    )
      for (const w of v.words) out.push(w);
  return out.sort((a, b) => b.length - a.length);
}

/** A word list as a RegExp alternation, its spaces and hyphens read as any run of spaces, tabs or a hyphen. */
export function wordsSource(words: readonly string[]): string {
  return words.map((w) => w.replace(/[ -]+/g, '[ \\t-]+')).join('|');
}
