import type { Mention } from '../types';

/**
 * The words made last from a mention, and the site and lists they were made from. A note's
 * mentions share their level, region and mechanism lists (frozen, made once per value:
 * describe-window.ts, find-mechanisms.ts), and a finding that quotes thousands of statements of a
 * run-on page names them in turn until it has its few distinct ones: a mention read from the same
 * lists as the one before is the same words, not made again (describeMention in
 * rules/stenosis/closest-mentions.ts, mentionItem in message-params.ts, one memo each). Kept at
 * module level, for the text read last, as sentence-bounds.ts keeps its ends.
 */
export type LastMentionWords = {
  site: string;
  levels: Mention['levels'];
  regions: Mention['regions'];
  mechanisms: Mention['mechanisms'];
  out: string;
};

/** No list of a mention's: what a memo starts from, equal to none a mention holds. */
const NO_LIST: never[] = [];

export const newLastMentionWords = (): LastMentionWords => ({
  site: '',
  levels: NO_LIST,
  regions: NO_LIST,
  mechanisms: NO_LIST,
  out: '',
});

/** The words last made from `m`'s site and lists, when they are the ones `last` was made from; else undefined. */
export function wordsMadeFrom(last: LastMentionWords, m: Mention): string | undefined {
  return m.site === last.site &&
    m.levels === last.levels &&
    m.regions === last.regions &&
    m.mechanisms === last.mechanisms
    ? last.out
    : undefined;
}

/** Keeps `out` as the words made from `m`, and returns it. */
export function keepWords(last: LastMentionWords, m: Mention, out: string): string {
  last.site = m.site;
  last.levels = m.levels;
  last.regions = m.regions;
  last.mechanisms = m.mechanisms;
  last.out = out;
  return out;
}
