/**
 * Turns what a user typed ("m9960", " M99.6O ", "M99.95") into a dotted code, or into an error
 * that says what is wrong and what they probably meant. Never throws on bad input.
 */
import { normalizeCode } from './catalog';
import type { Catalog, CatalogEntry } from './types';

export type CodeInputResult =
  | { ok: true; code: string; entry: CatalogEntry | undefined; input: string }
  /** `messageId` / `params`: `error` as a catalogue template, for the surfaces' other languages. */
  | { ok: false; input: string; error: string; suggestions: string[]; messageId: string; params: Record<string, string> };

/** ICD-10-CM shape: letter, digit, digit-or-letter, then optionally a dot and 1-4 letters/digits. */
const SHAPE = /^[A-Z][0-9][0-9A-Z](?:\.[0-9A-Z]{1,4})?$/;

const fail = (input: string, error: string, messageId: string, params: Record<string, string>, suggestions: string[] = []): CodeInputResult => ({
  ok: false,
  input,
  error,
  suggestions,
  messageId,
  params,
});

/** Codes of the same length under the longest existing prefix that differ in exactly one character. */
function nearest(code: string, catalog: Catalog): { prefix: CatalogEntry | undefined; near: CatalogEntry[] } {
  let prefix: CatalogEntry | undefined;
  for (let c = code.slice(0, -1); c.length >= 3 && !prefix; c = c.slice(0, -1)) if (!c.endsWith('.')) prefix = catalog.get(c);
  // A billable prefix (M99.9 for "M99.95") has no children: look among its parent's family instead.
  const family = prefix?.billable && prefix.parent ? prefix.parent : prefix?.code;
  const pool = family ? catalog.descendants(family) : catalog.entries;
  const near = pool.filter((e) => {
    if (e.code.length !== code.length) return false;
    let diff = 0;
    for (let i = 0; i < code.length && diff < 2; i++) if (e.code[i] !== code[i]) diff++;
    return diff === 1;
  });
  // Billable codes first: those are what a user can actually report.
  near.sort((a, b) => Number(b.billable) - Number(a.billable) || a.order - b.order);
  return { prefix, near: near.slice(0, 6) };
}

/**
 * Normalises user input to a dotted code. With a catalog it also checks that the code exists in
 * that release and suggests the nearest existing codes when it does not.
 */
export function parseCodeInput(text: string, catalog?: Catalog): CodeInputResult {
  const input = text;
  const compact = text.replace(/\s+/g, '').toUpperCase();
  if (!compact) return fail(input, 'no code given: type an ICD-10-CM code such as M99.60', 'kb_input_empty', {});
  const release = catalog ? `ICD-10-CM ${catalog.release.version}` : 'ICD-10-CM';
  const code = normalizeCode(compact);

  // The letter O never appears after the first character of an ICD-10-CM code; it is a mistyped zero.
  const fixed = code.slice(0, 1) + code.slice(1).replace(/O/g, '0');
  if (fixed !== code && SHAPE.test(fixed)) {
    const exists = catalog ? catalog.get(fixed) !== undefined : true;
    const positions = Array.from(code.matchAll(/O/g), (m) => m.index + 1).filter((p) => p > 1);
    return fail(
      input,
      `"${text.trim()}" has the letter O where a digit belongs (character${positions.length > 1 ? 's' : ''} ${new Intl.ListFormat('en', { style: 'long', type: 'conjunction' }).format(positions.map(String))}): it looks like a zero typed as a letter.` +
        (exists ? ` Did you mean ${fixed}?` : ` ${fixed} is not in ${release} either.`),
      exists ? 'kb_input_letter_o' : 'kb_input_letter_o_unknown',
      // "character 3" or "characters 3 and 5": the noun agrees with the count in every language.
      { typed: text.trim(), where_msg: positions.length > 1 ? 'kb_input_at_characters' : 'kb_input_at_character', positions_list: positions.join('|'), code: fixed, release },
      exists ? [fixed] : [],
    );
  }
  if (!SHAPE.test(code)) {
    return fail(
      input,
      `"${text.trim()}" is not an ICD-10-CM code. Codes are a letter, two more characters, then optionally a dot and up to four characters, e.g. M99.60 or M48.061.`,
      'kb_input_bad_shape',
      { typed: text.trim() },
    );
  }
  if (!catalog) return { ok: true, code, entry: undefined, input };
  const entry = catalog.get(code);
  if (entry) return { ok: true, code, entry, input };

  const { prefix, near } = nearest(code, catalog);
  const parts = [`${code} is not in ${release}.`];
  // The same sentences as templates: the first always, the others as `_msg` parts filled when present.
  const params: Record<string, string> = { code, release, prefix_msg: '', near_msg: '' };
  if (prefix?.billable) parts.push(`${prefix.code} (${prefix.title}) is complete as it is and takes no further characters.`);
  else if (prefix) parts.push(`It falls under ${prefix.code} (${prefix.title}).`);
  if (prefix) Object.assign(params, { prefix_msg: prefix.billable ? 'kb_input_prefix_complete' : 'kb_input_prefix_under', prefix: prefix.code, title: prefix.title });
  if (near.length) parts.push(`Nearest existing codes: ${near.map((e) => `${e.code}${e.billable ? '' : ' (header)'}`).join(', ')}.`);
  if (near.length) Object.assign(params, { near_msg: 'kb_input_nearest', near_msgs: JSON.stringify(near.map((e) => (e.billable ? { text: e.code } : { id: 'kb_input_near_header', params: { code: e.code } }))) });
  const suggestions = [...(prefix?.billable ? [prefix.code] : []), ...near.map((e) => e.code)];
  return fail(input, parts.join(' '), 'kb_input_not_in_release_near', params, suggestions);
}
