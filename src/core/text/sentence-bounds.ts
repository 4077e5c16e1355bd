import { isAbbreviationPeriod } from './abbreviations';
import { isWordChar } from './char-scan';

/** How far a sentence may reach either side of a position; run-on dictation is cut here. */
const MAX_REACH = 600;

/** Whether the character at `i` ends a sentence (exported for the equivalence test). */
export function isBoundaryAt(text: string, i: number): boolean {
  const ch = text.charCodeAt(i);
  // Most characters can end nothing: answered before the checks below (a run-on note is read up
  // to MAX_REACH characters each way per sentence).
  if (ch !== 59 && ch !== 33 && ch !== 63 && ch !== 46 && ch !== 58 && ch !== 10 && ch !== 41 && ch !== 0x2022 && ch !== 124) return false;
  // ; ! ? and a table's cell rule "|" (a table flattened to text: each cell says its own thing,
  // and a "patent" in one cell never negates the "mild stenosis" of the next).
  if (ch === 59 || ch === 33 || ch === 63 || ch === 124) return true;
  // "." or ":" followed by whitespace, a comma (exported notes join items with ".,") or the end:
  // a sentence end or a heading ("L5-S1: ...").
  if (ch === 46 || ch === 58) {
    const next = text.charCodeAt(i + 1);
    const ends = Number.isNaN(next) || next === 32 || next === 10 || next === 13 || next === 9 || next === 44;
    // A structured report's site label ("Canal: moderate stenosis", "Neural foramina: patent") names
    // what its answer describes, and a template's cue label ("Negative for: stenosis, fracture")
    // says how its list is meant: the label and what follows are one sentence. An abbreviation's
    // period ("Seen by Dr. Patel for ...", "myelopathy vs. neuropathy", "e.g. L4-5") ends none
    // (abbreviations.json).
    if (!ends) return false;
    return ch === 46 ? !isAbbreviationPeriod(text, i) : !(isLabelColon(text, i) || isAnswerColon(text, i) || isHedgeAnswerColon(text, i));
  }
  if (ch === 10) return isListBreak(text, i) || endsAnswer(text, i);
  // "2) Normal stomach": a numbered item inside a line starts a new list item.
  if (ch === 41 && i >= 1 && /\d/.test(text.charAt(i - 1)) && (i < 2 || /\s/.test(text.charAt(i - 2)))) return true;
  // A bullet character starts a new list item.
  return ch === 0x2022;
}

/**
 * A site word standing alone as a label before a colon (its line or sentence holds nothing else before it
 * but a level and a side: "L4-5 foramina:", "Right L4-5 foramen:", "At L4-5, the canal:"),
 * or the finding itself as a label ("Stenosis: denied", "Central canal stenosis: mild", "Spinal canal
 * stenosis: severe at L4-5", "Foraminal narrowing: mild bilateral"), whose answer says its status,
 * grade, level or side; a template may ask for the grade ("Degree of canal stenosis: moderate").
 */
const SITE_LABEL =
  /(?:^|[\n.;:]\s*|\s-\s*|,\s*)(?:(?:degree|grade|severity|extent)\s+of\s+)?(?:at\s+)?(?:(?:right|left|bilateral|bilat\.?)\s+)?(?:[CTLS]\d{1,2}(?:\s?[-–/]\s?[CTLS]?\d{1,2})?\s+)?(?:(?:right|left|bilateral|bilat\.?)\s+)?(?:the\s+)?(?:(?:central|spinal|central\s+spinal)\s+canal|canal|(?:neural\s+|neuro-?)?foram(?:en|ina)|lateral\s+recess(?:es)?|recesses|thecal\s+sac|(?:(?:central|spinal|canal|neural|foraminal|neuro-?foraminal)\s+){0,3}(?:stenosis|narrowing))\s*$/i;

/** A ConText cue written as a template's label, ending where its colon stands ("ROS negative for:", "Denies:"). */
const CUE_LABEL =
  /\b(?:negative\s+for|positive\s+for|denies|denied|no\s+evidence\s+of|rule\s+out|r\/o|concern\s+for|history\s+of|h\/o|ddx|d\/dx)\s*$/i;

/**
 * The last words SITE_LABEL and CUE_LABEL can end with, lower case: most colons end a heading or a
 * level ("IMPRESSION:", "L4-5:"), and these are compared where they stand (no slice, no RegExp).
 */
const LABEL_LAST_WORDS = ['canal', 'foramen', 'foramina', 'recess', 'recesses', 'sac', 'stenosis', 'narrowing', 'for', 'denies', 'denied', 'of', 'out', 'r/o', 'h/o', 'ddx', 'd/dx'];

/**
 * LABEL_LAST_WORDS by the code of their last letter: a colon's word is compared only with the words
 * that end as it does ("Assessment:" with "out"), where each colon was compared with all fifteen.
 */
const LAST_WORDS_BY_END: (string[] | undefined)[] = [];
for (const w of LABEL_LAST_WORDS) (LAST_WORDS_BY_END[w.charCodeAt(w.length - 1)] ??= []).push(w);

/**
 * A label's whole answer that negates it ("Myelopathy: absent", "Stenosis at C5-6: not present"):
 * the words of the `answer` rules of context-rules.json (sentence-bounds.test.ts holds them equal),
 * and what may follow them before the clause ends, a word saying where or when it holds. A denial
 * with a word of how in it ("Myelopathy: not clinically evident") is one too: its backward rule
 * (neg-not-adverb-evident-b, neg-not-evident) reads the label once the colon keeps them together.
 */
const ANSWER_WORDS = String.raw`not\s+(?:(?:clinically|radiographically|radiologically|currently|definitely|clearly)\s+)?(?:present|seen|identified|evident|apparent)|absent|negative|neg|none|no|denied|denies|nil|n/a|na|n|not\s+applicable|excluded|ruled\s+out`;
const ANSWER_QUALIFIERS = String.raw`clinically|today|currently|bilaterally|at\s+this\s+time|on\s+exam(?:ination)?`;

/** What may end a negative answer: a qualifier, then punctuation or the end. Sticky: read where the answer ends. */
export const ANSWER_END = new RegExp(String.raw`[ \t]*(?:(?:${ANSWER_QUALIFIERS})[ \t]*)?(?:[.;,!\r\n]|$)`, 'iy');
const NEGATIVE_ANSWER = new RegExp(String.raw`[ \t]*(?:${ANSWER_WORDS})\b`, 'iy');
/** A label's negative answer ending where a line ends ("Myelopathy: no⏎"): the next line is not its scope. */
const ANSWER_BEFORE = new RegExp(String.raw`:[ \t]*(?:${ANSWER_WORDS})(?:[ \t]+(?:${ANSWER_QUALIFIERS}))?[ \t]*\r?$`, 'i');
/** How far back ANSWER_BEFORE reads from a newline. */
const ANSWER_REACH = 48;

/**
 * A label's whole answer that hedges it ("Radiculopathy: likely.", "Myelopathy: possible.",
 * "Stenosis: cannot be excluded."): words a backward uncertain rule of context-rules.json reads
 * (sentence-bounds.test.ts checks each makes its label uncertain). Followed by more words, the
 * hedge speaks of them ("Etiology: likely degenerative"), and the colon ends its label as before.
 */
const HEDGE_WORDS = String.raw`(?:(?:most|more|very)\s+)?likely|probable|probably|possible|possibly|suspected|questionable|doubtful|presumed|presumptive|(?:cannot|can\s+not|could\s+not)\s+be\s+(?:(?:entirely|completely|totally|definitely|fully)\s+)?(?:excluded|ruled\s+out)|not\s+(?:entirely\s+)?excluded|not\s+(?:been\s+)?ruled\s+out`;
const HEDGE_ANSWER = new RegExp(String.raw`[ \t]*(?:${HEDGE_WORDS})\b`, 'iy');
/**
 * After a hedge that ends its clause, that clause's end: punctuation, a line break or the text's
 * end, perhaps past the level or side the finding is at ("Lumbar radiculopathy likely at L5.",
 * "Radiculopathy: possible left."). Sticky: read where the hedge ends. The context reader's
 * `clauseEnd` rules ask the same (assess-context.ts), so a label joined to its hedge here is
 * always reached by it there.
 */
export const CLAUSE_END =
  /[ \t]*(?:(?:(?:at|in|on|of)[ \t]+(?:the[ \t]+)?)?(?:[ctls]\d{1,2}(?:[ \t]*[-/][ \t]*[ctls]?\d{1,2})?|left|right|bilateral(?:ly)?)(?:[ \t]+(?:levels?|sides?))?)?[ \t]*(?:[.;,:!?)\r\n]|$)/iy;
/** A hedged label's answer ending where a line ends ("Myelopathy: possible⏎"): the next line is not its scope. */
const HEDGE_BEFORE = new RegExp(String.raw`:[ \t]*(?:${HEDGE_WORDS})[ \t]*\r?$`, 'i');
/** The first three letters of HEDGE_WORDS, lower case, as (c1 << 16 | c2 << 8 | c3). */
const HEDGE_OPENINGS = new Set(
  ['lik', 'mos', 'mor', 'ver', 'pro', 'pos', 'pre', 'sus', 'que', 'dou', 'can', 'cou', 'not'].map((w) => (w.charCodeAt(0) << 16) | (w.charCodeAt(1) << 8) | w.charCodeAt(2)),
);
/** How far back from its colon a hedged label may start: a finding's name with its level and side. */
const HEDGE_LABEL_REACH = 60;

/**
 * Whether the colon at `i` is answered by a hedge alone, after a short label of its own (back to
 * its line's or sentence's start with no comma): the label and its answer are then one sentence,
 * and the hedge reaches the label. A comma before it ("moderate stenosis, radiculopathy:
 * possible") would let the hedge reach more than its label, so such a colon still ends a sentence.
 */
function isHedgeAnswerColon(text: string, i: number): boolean {
  // Most colons are answered by a level, a grade or a heading's text ("L4-5: moderate", "IMPRESSION:
  // MODERATE"): told by the first three letters, without the RegExp.
  let j = i + 1;
  while (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9) j++;
  if (!HEDGE_OPENINGS.has(((text.charCodeAt(j) | 32) << 16) | ((text.charCodeAt(j + 1) | 32) << 8) | (text.charCodeAt(j + 2) | 32))) return false;
  HEDGE_ANSWER.lastIndex = i + 1;
  if (!HEDGE_ANSWER.test(text)) return false;
  CLAUSE_END.lastIndex = HEDGE_ANSWER.lastIndex;
  return CLAUSE_END.test(text) && shortLabelBefore(text, i);
}

/** Whether the label ending at the colon `i` starts within HEDGE_LABEL_REACH, after a line or sentence end, with no comma. */
function shortLabelBefore(text: string, i: number): boolean {
  const from = i - HEDGE_LABEL_REACH;
  let k = i - 1;
  while (k >= 0 && k >= from) {
    const c = text.charCodeAt(k);
    if (c === 44) return false;
    if (c === 10 || c === 46 || c === 59 || c === 58 || c === 33 || c === 63 || c === 124 || c === 0x2022) return true;
    k--;
  }
  return k < 0;
}

/** Whether the colon at `i` is answered by a negation alone: the label and its answer are then one sentence. */
function isAnswerColon(text: string, i: number): boolean {
  NEGATIVE_ANSWER.lastIndex = i + 1;
  if (!NEGATIVE_ANSWER.test(text)) return false;
  ANSWER_END.lastIndex = NEGATIVE_ANSWER.lastIndex;
  return ANSWER_END.test(text);
}

/** Whether the newline at `i` ends a label's negative answer (then it ends the sentence too). */
function endsAnswer(text: string, i: number): boolean {
  // The answer's colon is within reach: most lines have none there, and are passed over without a slice.
  const from = Math.max(0, i - ANSWER_REACH);
  let colon = false;
  for (let j = i - 1; j >= from && !colon; j--) colon = text.charCodeAt(j) === 58;
  if (!colon) return false;
  const line = text.slice(from, i);
  return ANSWER_BEFORE.test(line) || HEDGE_BEFORE.test(line);
}

/** Whether the colon at `i` ends a site or cue label (its label and what follows are one sentence; exported for its test). */
export function isLabelColon(text: string, i: number): boolean {
  let end = i;
  while (end > 0 && text.charCodeAt(end - 1) === 32) end--;
  // endsWithWord compares each character as (code | 32), the last one too.
  const words = end > 0 ? LAST_WORDS_BY_END[text.charCodeAt(end - 1) | 32] : undefined;
  if (words === undefined || !words.some((w) => endsWithWord(text, end, w))) return false;
  const before = text.slice(Math.max(0, i - 40), i);
  return SITE_LABEL.test(before) || CUE_LABEL.test(before);
}

/** Whether `word` (lower case) ends at `end`, in any case, with no letter right before it. */
function endsWithWord(text: string, end: number, word: string): boolean {
  const start = end - word.length;
  if (start < 0) return false;
  for (let k = 0; k < word.length; k++) if ((text.charCodeAt(start + k) | 32) !== word.charCodeAt(k)) return false;
  const before = start > 0 ? text.charCodeAt(start - 1) | 32 : 0;
  return !(before >= 97 && before <= 122);
}

/**
 * What starts a new item on the next line (see isListBreak): a blank line, a list marker, a label.
 * A template's next line ("Left neural foramen: mild") starts with a label of its own. So does a
 * level's ("L4-5: moderate right"), and a SOAP line's written with a dash ("A- lumbar
 * radiculopathy", "Dx - cervicalgia", "Plan- PT"): "denies arm numbness⏎A- cervicalgia" negated
 * the assessment. Read on the line's first 40 characters.
 */
const LIST_START = /^(?:\n|[-*•]\s|\d{1,2}[.)]\s|[A-Z][A-Z /&]{2,30}:|[A-Z][A-Za-z /&-]{2,30}:[ \t]|[CTLS]\d{1,2}(?:[-–/][CTLS]?\d{1,2})?[ \t]*:|[A-Z][A-Za-z/]{0,11} ?[-–] |$)/;

/**
 * A provider's answer to a documentation query opening a line, in any case, with a colon or a dash
 * ("Answer - spondylosis", "answer: ...", "Provider response -lumbar stenosis", "Reply- ..."): it
 * starts a sentence of its own, so the query's options above it (unpunctuated checkbox lines, one
 * of them "without myelopathy") neither reach it nor hold it as their last item's words. The
 * headings of context/find-sections.ts's QUERY_ANSWER, where the query's scope ends. Sticky.
 */
/**
 * The parts of a documentation query's answer heading, shared with context/find-sections.ts's
 * QUERY_ANSWER (one grammar for where an answer starts a sentence and where the query's scope
 * ends): who answers, the answer's word, and up to three details before its colon or dash (a note
 * in brackets, a date, a time, who answered).
 */
export const ANSWER_HEADING = {
  who: String.raw`(?:provider|physician|attending|prescriber|doctor|md|clinician|surgeon|query|clinical)(?:'s)?[ \t]+`,
  word: '(?:response|answer|reply|attestation)',
  details: String.raw`(?:[ \t]*\([^)\n]{0,60}\)|,?[ \t]+(?:on[ \t]+)?\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|,?[ \t]+(?:at[ \t]+)?\d{1,2}:\d{2}(?:[ \t]*[ap]\.?m\.?)?|,?[ \t]+(?:from|by)[ \t]+(?:dr\.?[ \t]+)?[a-z][\w'.-]*(?:,?[ \t]+[a-z][\w'.-]*){0,2}){0,3}`,
};
export const ANSWER_LINE = new RegExp(
  String.raw`(?:${ANSWER_HEADING.who})?${ANSWER_HEADING.word}${ANSWER_HEADING.details}(?:[ \t]*:|[ \t]+[\u2013\u2014-]|[\u2013\u2014-][ \t])`,
  'iy',
);
/** 1 for the first letters (lower case) ANSWER_LINE may open with. */
const ANSWER_FIRST = new Uint8Array(128);
for (const ch of 'aprdmcsq') ANSWER_FIRST[ch.charCodeAt(0)] = 1;

/** A newline ends a sentence when a blank line, a list marker or a heading follows it (exported for its test). */
export function isListBreak(text: string, i: number): boolean {
  let j = i + 1;
  while (j < text.length && j < i + 8 && (text[j] === ' ' || text[j] === '\t' || text[j] === '\r')) j++;
  // LIST_START read from the first character, without a slice and a RegExp call where it cannot
  // match: most lines go on with a word, and one with a capital is a label only with a colon in
  // reach, or a dash near it ("A- ...").
  if (j >= text.length) return true;
  const c = text.charCodeAt(j);
  if (c === 10) return true;
  if (ANSWER_FIRST[c | 32] === 1 && answerLineAt(text, j)) return true;
  if (c >= 65 && c <= 90) {
    if (!labelMarkAhead(text, j)) return false;
  } else if (c !== 45 && c !== 42 && c !== 0x2022 && !(c >= 48 && c <= 57)) return false;
  return LIST_START.test(text.slice(j, j + 40));
}

/** Whether ANSWER_LINE opens the line at `j`. */
function answerLineAt(text: string, j: number): boolean {
  ANSWER_LINE.lastIndex = j;
  return ANSWER_LINE.test(text);
}

/** Whether LIST_START's label at `j` may end in reach: a colon in its 40 characters, or a dash in the first 14. */
function labelMarkAhead(text: string, j: number): boolean {
  const end = Math.min(text.length, j + 40);
  for (let k = j + 1; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c === 58 || (k < j + 14 && (c === 45 || c === 0x2013))) return true;
  }
  return false;
}

/**
 * Characters that may end a sentence (isBoundaryAt decides). A RegExp finds them far faster than
 * a loop over every character, which mattered in run-on dictation: each of its sentences is
 * looked for up to MAX_REACH characters either way.
 */
const CANDIDATE = /[;!?.:\n)\u2022|]/g;

/**
 * The sentence ends of a text are read once per block of BLOCK characters, when a call first
 * reaches into the block, and kept for the text read last (and the one before it: a page's notes
 * may be asked in turn). A dense note asks for the sentence of every statement, several per
 * sentence, from several readers (mentions, conditions, the checklist): each call read back from
 * its statement and forward from it, character by character and then by a RegExp over a slice, so
 * a sentence's characters were read again for every statement in it, and the ends found were
 * judged again (isBoundaryAt). Now a block is swept once and each call looks its ends up.
 */
const BLOCK = 512;

/** The ends of each block of one text read so far (undefined: not yet read), in order. */
type BoundaryIndex = { text: string; blocks: (number[] | undefined)[] };

let readLast: BoundaryIndex = { text: '', blocks: [] };
let readBefore: BoundaryIndex = { text: '', blocks: [] };

/** The index of `text`, made empty when it is neither of the two texts read last. */
function boundaryIndex(text: string): BoundaryIndex {
  if (readLast.text === text) return readLast;
  const other = readBefore;
  readBefore = readLast;
  readLast = other.text === text ? other : { text, blocks: new Array<number[] | undefined>(Math.ceil(text.length / BLOCK)).fill(undefined) };
  return readLast;
}

/** The sentence ends in block `b` of the index's text, in order, swept on first need. */
function blockEnds(index: BoundaryIndex, b: number): number[] {
  let ends = index.blocks[b];
  if (ends !== undefined) return ends;
  ends = [];
  const text = index.text;
  const from = b * BLOCK;
  const to = Math.min(text.length, from + BLOCK);
  const slice = text.slice(from, to);
  // test, not exec: a candidate is one character, found at lastIndex - 1, without a match array.
  CANDIDATE.lastIndex = 0;
  while (CANDIDATE.test(slice)) {
    const at = from + CANDIDATE.lastIndex - 1;
    if (isBoundaryAt(text, at)) ends.push(at);
  }
  index.blocks[b] = ends;
  return ends;
}

/** The first position in [from, to) that ends a sentence, or -1. */
function firstBoundaryFrom(text: string, from: number, to: number): number {
  if (from >= to) return -1;
  const index = boundaryIndex(text);
  const last = Math.floor((to - 1) / BLOCK);
  for (let b = Math.floor(from / BLOCK); b <= last; b++) {
    const ends = blockEnds(index, b);
    // The first end at or after `from` (the block's ends are in order).
    let lo = 0;
    let hi = ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((ends[mid] as number) < from) lo = mid + 1;
      else hi = mid;
    }
    if (lo < ends.length) {
      const at = ends[lo] as number;
      return at < to ? at : -1;
    }
  }
  return -1;
}

/** The last position in [from, to) that ends a sentence, or -1. */
function lastBoundaryBefore(text: string, from: number, to: number): number {
  if (from >= to) return -1;
  const index = boundaryIndex(text);
  const first = Math.floor(from / BLOCK);
  for (let b = Math.floor((to - 1) / BLOCK); b >= first; b--) {
    const ends = blockEnds(index, b);
    // The first end at or after `to`: the one before it is the last before `to`.
    let lo = 0;
    let hi = ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((ends[mid] as number) < to) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) {
      const at = ends[lo - 1] as number;
      return at >= from ? at : -1;
    }
  }
  return -1;
}

/**
 * A stretch [from, to) of one text known to hold no sentence end: what the last call read past its
 * statement up to the end it found. A reader asking for the sentences of one note in order kept
 * one and passed it to every call, so that no call read again what the call before it had read
 * forward (run-on dictation has no end within reach); the ends are now looked up in the text's
 * index (see BLOCK), and the stretch is still kept as it was.
 */
export type ClearStretch = { from: number; to: number };

/** A stretch that holds nothing (for a reader's first call). */
export const noClearStretch = (): ClearStretch => ({ from: 0, to: 0 });

/**
 * The sentence (or clause after a semicolon, or list item) that contains `start..end`.
 * Bounded to MAX_REACH characters either side so that a note with no punctuation stays linear.
 * `clear`, when given, is replaced by the stretch this call reads forward (see ClearStretch).
 *
 * @example sentenceBounds('No stenosis; mild narrowing.', 15, 24) // {start: 12, end: 27}
 */
export function sentenceBounds(text: string, start: number, end: number, clear?: ClearStretch): { start: number; end: number } {
  const low = Math.max(0, start - MAX_REACH);
  let s = lastBoundaryBefore(text, low, start) + 1;
  if (s === 0) s = low;
  // No boundary within reach (run-on dictation): cut at fixed blocks, so that every statement in
  // the block shares one "sentence" and the work stays linear in the text.
  if (s === low && low > 0 && !isBoundaryAt(text, s - 1)) s = blockEdge(text, Math.floor(start / MAX_REACH) * MAX_REACH);
  const high = Math.min(text.length, end + MAX_REACH);
  let e = firstBoundaryFrom(text, end, high);
  if (clear) {
    // [end, e) holds no end (nor [end, high) when none was found).
    clear.from = end;
    clear.to = e < 0 ? high : e;
  }
  if (e < 0) e = high;
  if (e === high && high < text.length) e = blockEdge(text, Math.min(text.length, Math.ceil(end / MAX_REACH) * MAX_REACH));
  return { start: s, end: Math.max(e, end) };
}

/**
 * A block's edge moved past the word it would cut ("o|r foraminal"): a statement read from the
 * middle of a word reads a different word ("r", a side). Both blocks that meet there move it the
 * same way, so they still meet; bounded, as a word is.
 */
function blockEdge(text: string, at: number): number {
  const limit = Math.min(text.length, at + 40);
  let i = at;
  while (i > 0 && i < limit && isWordChar(text.charCodeAt(i - 1)) && isWordChar(text.charCodeAt(i))) i++;
  return i;
}
