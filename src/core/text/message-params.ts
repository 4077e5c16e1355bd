/**
 * Values for the placeholders of a core text's template (Finding.params, verdicts, releases): the
 * surfaces say them in the user's language by the placeholder's name (CORE_PARAM_KINDS in
 * src/platform/i18n.ts). Only plumbing: the English sentence is still written where it is made.
 */
import type { Mention } from '../types';
import { quotedLevels } from '../levels/quoted-levels';
import { keepWords, newLastMentionWords, wordsMadeFrom } from './last-mention-words';
import { oneLine } from './one-line-quotes';

/** What separates the items of a list placeholder (the surfaces split on it). */
const ITEM = '|';

/** Several items (codes, levels, or vocabulary words for a `_terms` placeholder) in one value. */
export const listParam = (items: readonly string[]): string => items.join(ITEM);

/**
 * Vocabulary words already made, per kind. Kinds and values are a small fixed vocabulary (regions,
 * statuses, qualifiers…), and every finding and "compared" reason asks for a few: a regexp replace
 * and a lower-casing each time were a visible share of a short note's analysis. Bounded anyway.
 */
const madeTerms = new Map<string, Map<string, string>>();
const MAX_TERMS_PER_KIND = 512;

/** A vocabulary word for a `_term` placeholder: `term('region', 'rib-cage')` → 'region_rib_cage'. */
export function term(kind: string, value: string): string {
  let ofKind = madeTerms.get(kind);
  if (!ofKind) madeTerms.set(kind, (ofKind = new Map<string, string>()));
  let out = ofKind.get(value);
  if (out === undefined) {
    out = `${kind}_${value.replace(/[^A-Za-z0-9]+/g, '_').toLowerCase()}`;
    if (ofKind.size < MAX_TERMS_PER_KIND) ofKind.set(value, out);
  }
  return out;
}

/**
 * Several vocabulary words of one kind for a `_terms` / `_or_terms` placeholder (listParam of
 * their terms), concatenated without an array in between: findings and reasons ask for it often.
 */
export function terms(kind: string, values: readonly string[]): string {
  let out = '';
  for (let i = 0; i < values.length; i++) out += i === 0 ? term(kind, values[i] ?? '') : `${ITEM}${term(kind, values[i] ?? '')}`;
  return out;
}

/**
 * Mentions as a `_desc` placeholder, the way findings name what the note documents ("foraminal
 * stenosis, C5-6, osseous"): items `|`, parts `;`, vocabulary words `@word`, several joined by `+`.
 */
export const mentionsParam = (mentions: readonly Mention[], max = 3): string => listParam(mentionItems(mentions, max));

/** The first `max` distinct items of mentionsParam, as a list. */
export function mentionItems(mentions: readonly Mention[], max = 3): string[] {
  // Stops at `max` distinct items: a dense note's mention list runs into the thousands.
  const items: string[] = [];
  for (const m of mentions) {
    if (items.length >= max) break;
    const item = mentionItem(m);
    if (!items.includes(item)) items.push(item);
  }
  return items;
}

/** The last item made (last-mention-words.ts). */
const itemized = newLastMentionWords();

/**
 * One mention's item, concatenated: an array of parts filtered by Boolean and joined, per
 * mention, cost more than the rest of a finding (findings and reasons ask at every analysis).
 */
function mentionItem(m: Mention): string {
  const kept = wordsMadeFrom(itemized, m);
  if (kept !== undefined) return kept;
  let out = `@${term('site', m.site)}`;
  let where = quotedLevels(m.levels);
  if (!where) for (let i = 0; i < m.regions.length; i++) where += `${i === 0 ? '' : '+'}@${term('region', m.regions[i] ?? '')}`;
  if (where) out += `;${where}`;
  let mechanisms = '';
  for (let i = 0; i < m.mechanisms.length; i++) mechanisms += `${i === 0 ? '' : '+'}@${term('mech', m.mechanisms[i] ?? '')}`;
  if (mechanisms) out += `;${mechanisms}`;
  return keepWords(itemized, m, out);
}

/**
 * One quoted text as an item of a `_quotes` placeholder (a `|` in the text would split it), on one
 * line: a note wrapped over lines ("neurogenic\n  claudication") is quoted as a sentence reads it.
 */
export const quoteItem = (text: string): string => oneLine(text.includes(ITEM) ? text.replaceAll(ITEM, '/') : text);

/**
 * Words quoted from the note for a `_quotes` placeholder: listParam of their quoteItem, concatenated
 * without an array in between (an array made by map, then joined, deoptimised its callers once
 * they were optimised).
 */
export function quotesParam(texts: readonly string[]): string {
  let out = '';
  for (let i = 0; i < texts.length; i++) out += i === 0 ? quoteItem(texts[i] ?? '') : `${ITEM}${quoteItem(texts[i] ?? '')}`;
  return out;
}
