import data from './dictation-confusions.json' with { type: 'json' };
import type { Cut } from './full-width';

/**
 * Spine terms that speech recognition hears as other words ("radical apathy" for radiculopathy,
 * "neuro for a minimal" for neural foraminal; dictation-confusions.json says each one's source and
 * why it cannot be ordinary English in a spine note) are read as the term meant. The reading is a
 * cut and a same-length overwrite (full-width.ts): the phrase's extra characters are cut after its
 * first letter and what is left is read as the term, so a span over the term maps back to the whole
 * phrase and the evidence quotes the note as written.
 */
type Confusion = { heard: string; meant: string };

const CONFUSIONS: readonly Confusion[] = data.confusions;
/**
 * The phrase's words, any run of one or two spaces or tabs between them (HEARD_BODY: the pattern
 * after its opening "\b", for spoken-pairs.ts).
 */
export const HEARD_BODY = String.raw`(?:${CONFUSIONS.map((c) => c.heard.split(' ').join('[ \\t]{1,2}')).join('|')})\b`;
const HEARD = new RegExp(String.raw`\b${HEARD_BODY}`, 'gi');
const HEARD_AT = new RegExp(String.raw`\b${HEARD_BODY}`, 'yi');
const MEANT = new Map(CONFUSIONS.map((c) => [c.heard, c.meant]));

/** One phrase heard: where it stands, how long it is written, and the term meant. */
export type Heard = { at: number; length: number; meant: string };

/**
 * What the sweep of heardPhrases reads at `at`: undefined where no phrase starts; else the phrase
 * (undefined for one whose term is longer) and where the sweep goes on, past the phrase.
 */
export function heardAt(text: string, at: number): { heard: Heard | undefined; next: number } | undefined {
  HEARD_AT.lastIndex = at;
  const m = HEARD_AT.exec(text);
  if (m === null) return undefined;
  const meant = MEANT.get(m[0].toLowerCase().replace(/[ \t]+/g, ' '));
  const next = at + m[0].length;
  if (meant === undefined || meant.length > m[0].length) return { heard: undefined, next };
  return { heard: { at, length: m[0].length, meant: matchCase(meant, m[0]) }, next };
}

/** The phrases of a text heard for a spine term, in order; undefined when it has none (one search). */
export function heardPhrases(text: string): Heard[] | undefined {
  let out: Heard[] | undefined;
  HEARD.lastIndex = 0;
  for (let m = HEARD.exec(text); m !== null; m = HEARD.exec(text)) {
    const read = heardAt(text, m.index) as { heard: Heard | undefined; next: number };
    if (read.heard) (out ??= []).push(read.heard);
    HEARD.lastIndex = read.next;
  }
  return out;
}

/** The term in the case the phrase was written in: all capitals for a phrase in capitals. */
const matchCase = (meant: string, written: string) =>
  written === written.toUpperCase() ? meant.toUpperCase() : meant;

/** The cut that shortens each phrase to its term's length: after its first letter, inside the phrase. */
export function heardCuts(heard: readonly Heard[] | undefined): Cut[] | undefined {
  if (!heard) return undefined;
  const cuts = heard
    .filter((h) => h.length > h.meant.length)
    .map((h) => ({ at: h.at + 1, length: h.length - h.meant.length }));
  return cuts.length > 0 ? cuts : undefined;
}

/**
 * The text with each phrase overwritten in place (same length) so that, its cut taken out, the
 * term meant is left: the term's first letter, the cut characters (any, they go), the rest.
 */
export function overwriteHeard(text: string, heard: readonly Heard[]): string {
  let out = '';
  let from = 0;
  for (const h of heard) {
    const extra = h.length - h.meant.length;
    out += text.slice(from, h.at) + h.meant.charAt(0) + ' '.repeat(extra) + h.meant.slice(1);
    from = h.at + h.length;
  }
  return out + text.slice(from);
}
