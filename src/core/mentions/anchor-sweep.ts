import { factorLetters } from '../text/factor-letters';
import { flattenAlternation } from '../text/flatten-alternation';
import { closingParen, withoutCaptures } from '../text/regex-source';
import { IMAGING_WORDS } from './imaging-words';
import type { Anchor } from './window-types';
import { ANCHOR_SWEEP_SOURCE, ELLIPTIC_GRADE_AT, GRADE_ANSWER_AT } from './lexicon';

/**
 * ANCHOR as the note reader sweeps it: without its three groups, spelled as one flat alternation
 * and grouped by first letter (flatten-alternation.ts, factor-letters.ts; each keeps the matches).
 * The sweep reads every character of every note; grouped, each word start was tried against each
 * group's words in turn, and each match array held four slots. Its grades are ANCHOR's without
 * their look-behinds (lexicon.ts, ANCHOR_SWEEP_SOURCE): the reader asks those at each grade the
 * sweep finds (gradeStandsAt), so the sweep and gradeStandsAt together find what ANCHOR finds.
 */
const ANCHOR_FLAT = flattenAlternation(withoutCaptures(ANCHOR_SWEEP_SOURCE));
/** ANCHOR alone, as above. */
const ANCHOR_ONLY = new RegExp(factorLetters(ANCHOR_FLAT), 'gi');

/** The words of a flat `\b(?:…)` source, or undefined when it has another form. */
function boundedWords(source: string): string | undefined {
  return source.startsWith(String.raw`\b(?:`) && closingParen(source, 2) === source.length - 1 ? source.slice(5, -1) : undefined;
}
const anchorWords = boundedWords(ANCHOR_FLAT);
const imagingWords = boundedWords(flattenAlternation(String.raw`\b(?:${IMAGING_WORDS})\b`));

/**
 * Whether ANCHOR_SWEEP reads the checklist's imaging words too: the note reader then notes each
 * note's first imaging words (find-mentions.ts), and the checklist sweeps no note for them again.
 * Both lists are whole words, no word of one list starts inside a match of the other, and no place
 * matches both (anchor-sweep.test.ts holds the joined sweep to the two sweeps it stands for), so
 * the joined sweep finds each list's matches, told apart by imagingAt. Where the anchors had a
 * sweep of their own, the imaging words cost the joined one about half what their own did (the
 * word starts are tried once, the letter groups shared). Off, should either source take another form.
 */
export const READS_IMAGING = anchorWords !== undefined && imagingWords !== undefined;
export const ANCHOR_SWEEP = READS_IMAGING
  ? new RegExp(factorLetters(String.raw`\b(?:${anchorWords}|${imagingWords})`), 'gi')
  : ANCHOR_ONLY;

const lower = (word: string, i: number) => word.charCodeAt(i) | 32;

/**
 * Which of ANCHOR's groups a matched word is of, told by its first letters (any case): a narrowing
 * word (stenosis, narrowing, NFN, CCS, LSS, encroachment, compromise, effacement, obliteration, small), a
 * "normal"/"patent" word (normal, patent, preserved, unremarkable, open, wide open) or a compression
 * word (the rest). The groups share no word, so the text alone decides. A letter test instead of a
 * table: with a Map keyed by the match's text (a new string to hash at every anchor) the flat sweep
 * measured no faster than the grouped one. anchor-sweep.test.ts holds it to ANCHOR's groups on
 * words drawn from them, so a word added to the lexicon that this misreads fails there.
 */
export function anchorKind(word: string): Anchor['kind'] {
  const second = lower(word, 1);
  switch (lower(word, 0)) {
    case 115: // s: stenosis, stenotic, small; a site label's grade (severe)
      return 'stenosis';
    case 110: // n: normal; narrow..., neuroforamining, NFN
      return second === 111 ? 'negative' : 'stenosis';
    case 101: // e: entrap...; encroach..., effac...
      return second === 110 && lower(word, 2) === 116 ? 'compression' : 'stenosis';
    case 99: // c: crowd..., compress...; compromis..., congenitally small, CCS
      if (second === 114) return 'compression';
      if (second === 99) return 'stenosis';
      return lower(word, 2) === 110 || lower(word, 5) === 111 ? 'stenosis' : 'compression';
    case 111: // o: obliterat...; open
      return second === 98 ? 'stenosis' : 'negative';
    case 112: // p: pinch...; patent, preserved
      return second === 105 ? 'compression' : 'negative';
    case 109: // m: mass effect; a site label's grade (minimal, mild, moderate)
      return second === 97 ? 'compression' : 'stenosis';
    case 108: // l: LSS (lumbar spinal stenosis)
      return 'stenosis';
    case 117: // u: unremarkable
    case 119: // w: wide open
      return 'negative';
    default:
      return 'compression';
  }
}

/** Whether a word the sweep found is a grade (minimal, mild, moderate, severe): m then i or o, or s then e. */
export function isSweptGrade(word: string): boolean {
  const first = lower(word, 0);
  const second = lower(word, 1);
  return first === 109 ? second === 105 || second === 111 : first === 115 && second === 101;
}

/**
 * The last colon and the last full stop before `upTo`, read forward through one note as its grades
 * come (their places only grow): `next*` is the next one at or after `upTo`, found by indexOf.
 */
export type LabelScan = { upTo: number; colon: number; stop: number; nextColon: number; nextStop: number };
export const newLabelScan = (): LabelScan => ({ upTo: 0, colon: -1, stop: -1, nextColon: -2, nextStop: -2 });

/**
 * Whether a grade the sweep found at `start` stands as an anchor: it answers a site label
 * (GRADE_ANSWER_AT) or goes on a list elliptically (ELLIPTIC_GRADE_AT), as ANCHOR's look-behinds
 * say. A label's colon is the last one before the grade with no full stop after it (nothing the
 * look-behind lets stand between a label and its grade is a colon or a full stop): without one,
 * the label's look-behind is not tried, which on a page of grades without a label was a step back
 * through up to 160 characters at each.
 */
export function gradeStandsAt(text: string, start: number, scan: LabelScan): boolean {
  if (start < scan.upTo) Object.assign(scan, newLabelScan());
  if (scan.nextColon === -2) scan.nextColon = text.indexOf(':', scan.upTo);
  while (scan.nextColon >= 0 && scan.nextColon < start) {
    scan.colon = scan.nextColon;
    scan.nextColon = text.indexOf(':', scan.colon + 1);
  }
  // Full stops matter only after a colon: the first search starts where the last grade was, which
  // is before this colon (none stood before that grade).
  if (scan.colon >= 0) {
    if (scan.nextStop === -2) scan.nextStop = text.indexOf('.', scan.upTo);
    while (scan.nextStop >= 0 && scan.nextStop < start) {
      scan.stop = scan.nextStop;
      scan.nextStop = text.indexOf('.', scan.stop + 1);
    }
  }
  scan.upTo = start;
  if (scan.colon > scan.stop) {
    GRADE_ANSWER_AT.lastIndex = start;
    if (GRADE_ANSWER_AT.test(text)) return true;
  }
  ELLIPTIC_GRADE_AT.lastIndex = start;
  return ELLIPTIC_GRADE_AT.test(text);
}
