import { findCodes } from '../../core';

/**
 * Why a `--code` value cannot be read as what it is given as, or undefined when it reads whole.
 *
 * A diagnosis field on a page holds whatever the user typed, and ChartLint reads the codes in it
 * and leaves the rest. A `--code` value is given as a code: one that holds none ("ZZZ", ""), or
 * characters that are not part of the code read from it ("M4806.1" read as M48.06), was dropped
 * without a word and the run said nothing about it (blind QA stop 54, M11). Several codes in one
 * value ("M99.63, M48.061") read whole; an invalid code of the right shape ("M99.63X") reads as
 * that code, and the invalid-code rule speaks for it.
 */
export function unreadCodeArg(value: string): string | undefined {
  if (value.trim() === '') return '--code is empty';
  // Full-width forms ("Ｍ９９.６３", from a Japanese IME or a PDF) are read as the core reads them
  // (core/text/full-width.ts), one character for one: refused here, the core never saw them.
  const read = value.replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
  const found = findCodes({ id: 'code', kind: 'diagnosis', text: read });
  if (found.length === 0)
    return `--code ${JSON.stringify(value)} holds no ICD-10-CM code (a letter, two characters, then up to four after a dot, e.g. M99.63)`;
  let left = '';
  let at = 0;
  for (const c of found) {
    left += read.slice(at, c.span.start);
    at = c.span.end;
  }
  left += read.slice(at);
  const rest = left.replace(/[\s,;]+/g, ' ').trim();
  if (rest === '') return undefined;
  return `--code ${JSON.stringify(value)}: ${JSON.stringify(rest)} is not part of a code (read: ${found.map((c) => c.code).join(', ')})`;
}
