import type { Span, Status } from '../types';
import type { ContextRule } from './context-rules';
import { readNoBracket, type Cue } from './find-cues';

/**
 * Checkbox and option-list forms of EHR templates ("with: [x] radiculopathy [ ] myelopathy",
 * "Myelopathy: [ ] yes [x] no", "Canal stenosis: [ ] none [x] mild"), read for ConText (QA stop
 * 46, class B). An unticked option is no statement: a finding in it is `hypothetical` (named, not
 * asserted), and a cue in it ("[ ] none") sets nothing. A ticked "no", "N", "absent" or "none"
 * answers its row's label in the negative, a ticked "yes" or "Y" affirms it, and a row of answer or
 * grade options with none ticked leaves its label unanswered (`hypothetical`). A ticked option is
 * read as the words it holds, and a cue in one option reaches no other ("[x] no [x] myelopathy").
 *
 * Only a sentence that holds a box mark (or a label whose colon is followed by one on its line) is
 * read here: what the cue reader saw of the sentence's characters (find-cues.ts, readNoBracket), or
 * else indexOf over it, once per cue list (see boxReadingOf), tells most sentences apart.
 */

type Range = { start: number; end: number };

/** A box mark in the text, ticked or not. */
export type Box = { start: number; end: number; ticked: boolean };
/** An option: its box and its words (trimmed), before or after the box as the row writes them. */
export type BoxItem = { box: Box; start: number; end: number };
/** One line holding boxes: its label (the words before its colon, or before its first box) and its options. */
export type BoxRow = {
  start: number;
  end: number;
  label: Range | undefined;
  items: BoxItem[];
  before: boolean;
};

/**
 * Ticked: [x] [X] [✓] [✔] (x) (X) (•) ☒ ☑ ■ ◉ ✓ ✔. Unticked: [ ] [] ( ) ☐ □ ○, and a ballot cross standing
 * alone, ✗ ✘ (a checklist's "no", QA stop 48 class A; a cross inside a box, ☒ or [x], ticks it). Spaces may pad the mark
 * inside its brackets ("[ x ]"). An empty pair of round brackets needs a space ("( )"): "()" is
 * not a form anyone fills in. A bracket right after a letter or digit is an argument or an index
 * ("f(x)", "a[x]"), not a box.
 */
const BOX_SOURCE = String.raw`(?<![A-Za-z0-9])(?:\[[ \t]*(?:[xX\u2713\u2714][ \t]*)?\]|\((?:[ \t]+|[ \t]*[xX\u2022][ \t]*)\))|[\u2610\u2611\u2612\u25a0\u25a1\u25c9\u25cb\u2713\u2714\u2717\u2718]`;
const BOX_ANY = new RegExp(BOX_SOURCE);
/** The box glyphs, looked for alone before BOX_ANY is tried (see mayHoldBox). */
const BOX_GLYPHS = [
  '\u2610',
  '\u2611',
  '\u2612',
  '\u25a0',
  '\u25a1',
  '\u25c9',
  '\u25cb',
  '\u2713',
  '\u2714',
  '\u2717',
  '\u2718',
];

/**
 * Whether a slice may hold a box: a bracket or a box glyph. indexOf, not a RegExp: about a fifth
 * of BOX_ANY's instructions over sentences that hold none (valgrind, the sentences of the dense
 * 10 KB bench note: 9.6k against 43k per pass). For the glyphs, V8 answers at once over a text
 * of one-byte characters, and seven indexOf calls over a two-byte 1 MB text cost 1.2 instructions
 * a character against 11.6 for one character class.
 */
function mayHoldBox(slice: string): boolean {
  if (slice.indexOf('[') >= 0 || slice.indexOf('(') >= 0) return true;
  for (let i = 0; i < BOX_GLYPHS.length; i++) if (slice.indexOf(BOX_GLYPHS[i] as string) >= 0) return true;
  return false;
}
const BOX_ALL = new RegExp(BOX_SOURCE, 'g');

/** Glyphs that also serve as bullets (■, ◉, ○): a box only on a line that holds another box. */
const BULLET_LIKE = /^[\u25a0\u25c9\u25cb]$/;

/** Whether a box mark is ticked: a tick, a cross, a dot, or a filled glyph. */
function isTicked(mark: string): boolean {
  return /[xX\u2713\u2714\u2022\u2611\u2612\u25a0\u25c9]/.test(mark);
}

/** How far a row is read either side of its target: a template's line is short; a run-on line is no row. */
const MAX_ROW = 400;

/** An option that answers its label in the negative or the positive. */
const NO_ANSWER = /^(?:no|n|absent|none|negative|neg|not\s+present|denies|denied)$/i;
const YES_ANSWER = /^(?:yes|y|present|positive|pos)$/i;
/** An option that grades its label: a row of these and answers, none ticked, leaves it unanswered. */
const GRADE = /^(?:minimal|mild|moderate|severe|marked)$/i;

/** Characters an option's words are trimmed of: space, separators, bullets. */
function isTrimmed(c: number): boolean {
  // space, tab, CR, comma, semicolon, slash, pipe, hyphen, asterisk, bullet
  return (
    c === 32 ||
    c === 9 ||
    c === 13 ||
    c === 44 ||
    c === 59 ||
    c === 47 ||
    c === 124 ||
    c === 45 ||
    c === 42 ||
    c === 0x2022
  );
}

function trimmed(text: string, start: number, end: number): Range {
  let s = start;
  let e = end;
  while (s < e && isTrimmed(text.charCodeAt(s))) s++;
  while (e > s && isTrimmed(text.charCodeAt(e - 1))) e--;
  return { start: s, end: e };
}

/** The line holding `at`, no more than MAX_ROW characters either side of it. */
function lineAround(text: string, at: number): Range {
  let start = at;
  const low = Math.max(0, at - MAX_ROW);
  while (start > low && text.charCodeAt(start - 1) !== 10) start--;
  return { start, end: lineEnd(text, at) };
}

/**
 * Where the line holding `at` ends, no more than MAX_ROW characters after it: lineAround's end,
 * for a reader that needs no start (reading back up to MAX_ROW characters for nothing).
 */
function lineEnd(text: string, at: number): number {
  let end = at;
  const high = Math.min(text.length, at + MAX_ROW);
  while (end < high && text.charCodeAt(end) !== 10) end++;
  return end;
}

/** The boxes of text[start, end), in order. */
export function findBoxes(text: string, start: number, end: number): Box[] {
  const slice = text.slice(start, end);
  const boxes: Box[] = [];
  BOX_ALL.lastIndex = 0;
  for (let m = BOX_ALL.exec(slice); m !== null; m = BOX_ALL.exec(slice))
    boxes.push({ start: start + m.index, end: start + m.index + m[0].length, ticked: isTicked(m[0]) });
  return boxes;
}

/**
 * The row of the line text[start, end), or undefined when it holds no box. Its options follow their
 * boxes ("[x] lumbar") unless the row writes them before ("myelopathy [ ]", "Myelopathy: yes [ ] no
 * [x]"): words stand between the label's colon (or the line start) and the first box, and none after
 * the last.
 */
export function readRow(text: string, start: number, end: number): BoxRow | undefined {
  const boxes = findBoxes(text, start, end);
  if (boxes.length === 0) return undefined;
  const first = boxes[0] as Box;
  if (boxes.length === 1 && BULLET_LIKE.test(text.slice(first.start, first.end))) return undefined;
  const last = boxes[boxes.length - 1] as Box;
  const colon = text.slice(start, first.start).indexOf(':');
  const contentStart = colon >= 0 ? start + colon + 1 : start;
  const lead = trimmed(text, contentStart, first.start);
  const tail = trimmed(text, last.end, end);
  // A trailing full stop ends the row's last option ("myelopathy [ ].") as a space would.
  const tailBlank =
    tail.start === tail.end || (tail.end - tail.start === 1 && text.charCodeAt(tail.start) === 46);
  const before = lead.start === lead.end || !tailBlank;
  const items: BoxItem[] = [];
  for (let i = 0; i < boxes.length; i++) {
    const box = boxes[i] as Box;
    const words = before
      ? trimmed(text, box.end, i + 1 < boxes.length ? (boxes[i + 1] as Box).start : end)
      : trimmed(text, i === 0 ? contentStart : (boxes[i - 1] as Box).end, box.start);
    items.push({ box, start: words.start, end: words.end });
  }
  let label: Range | undefined;
  if (colon >= 0) label = trimmed(text, start, start + colon);
  else if (before) label = trimmed(text, start, first.start);
  else label = answerLed(text, start, items);
  if (label && label.start === label.end) label = undefined;
  return { start, end, label, items, before };
}

/**
 * A row with no colon whose words come before its boxes and whose options are answers: the first
 * option's words hold the label and its answer ("Cervical radiculopathy yes [ ] no [x]", QA stop
 * 48 class A). The label is what stands before that answer, and the first option keeps the answer
 * alone, in place (the item was made by readRow just before). Undefined for any other row.
 */
function answerLed(text: string, start: number, items: BoxItem[]): Range | undefined {
  if (items.length < 2) return undefined;
  for (let i = 1; i < items.length; i++) {
    const item = items[i] as BoxItem;
    if (!ANSWER_OPTION.test(text.slice(item.start, item.end))) return undefined;
  }
  const first = items[0] as BoxItem;
  const m = LAST_ANSWER.exec(text.slice(first.start, first.end));
  if (!m) return undefined;
  const answerStart = first.end - (m[1] as string).length;
  const label = trimmed(text, start, answerStart);
  if (label.start === label.end) return undefined;
  first.start = answerStart;
  return label;
}
/** An option that is a yes or no answer. */
const ANSWER_OPTION = /^(?:no|n|absent|none|negative|neg|yes|y|present|positive|pos)$/i;
/** The answer a label's words end with ("Myelopathy yes"). */
const LAST_ANSWER = /\S\s+(no|n|absent|negative|neg|yes|y|present|positive|pos)$/i;

/** What a sentence with boxes gives assessContext: its rows, and each cue list without the cues of unticked options. */
export type BoxReading = { rows: BoxRow[]; source: Cue[] | undefined; kept: Cue[] | undefined };

/** The last sentence read (assessContext never nests): its cue list, bounds and reading (undefined: no boxes). */
const last: {
  cues: Cue[] | undefined;
  text: string;
  start: number;
  end: number;
  reading: BoxReading | undefined;
} = { cues: undefined, text: '', start: 0, end: 0, reading: undefined };

/**
 * The boxes of a sentence and of the rest of its line when it ends at a label's colon
 * ("Neurogenic claudication: [ ] Y [x] N" is read as "Neurogenic claudication" and what follows
 * it), or undefined when it holds none (most sentences: see mayHoldBox). Kept for the next call
 * with the same cue list, as the targets of a sentence come together.
 */
export function boxReadingOf(text: string, sentence: Range, cues: Cue[]): BoxReading | undefined {
  if (last.cues === cues && last.start === sentence.start && last.end === sentence.end && last.text === text)
    return last.reading;
  let end = sentence.end;
  let colon = end;
  while (colon < text.length && (text.charCodeAt(colon) === 32 || text.charCodeAt(colon) === 9)) colon++;
  // A table cell's box stands in the next cell ("| Cervical radiculopathy | [ ] |"): read to the line's end too.
  const after = text.charCodeAt(colon);
  const lastChar = end > sentence.start ? text.charCodeAt(end - 1) : 0;
  if (after === 58 || lastChar === 58 || after === 124 || lastChar === 124)
    end = lineEnd(text, Math.min(colon, text.length));
  // The cue reader has just read the sentence's characters (find-cues.ts, lastRead): where it saw
  // no bracket and no glyph, only the rest of the line after a label's colon is searched.
  const sentenceRead = readNoBracket(text, sentence.start, sentence.end);
  const reading =
    (sentenceRead
      ? end > sentence.end && mayHoldBox(text.slice(sentence.end, end))
      : mayHoldBox(text.slice(sentence.start, end))) && BOX_ANY.test(text.slice(sentence.start, end))
      ? readSentence(text, sentence.start, end)
      : undefined;
  last.cues = cues;
  last.text = text;
  last.start = sentence.start;
  last.end = sentence.end;
  last.reading = reading;
  return reading;
}

function readSentence(text: string, start: number, end: number): BoxReading | undefined {
  const rows: BoxRow[] = [];
  for (let at = start; at < end;) {
    const line = lineAround(text, at);
    let from = line.start;
    for (const labelStart of innerLabels(text, line.start, line.end)) {
      const row = readRow(text, from, labelStart);
      if (row) rows.push(row);
      from = labelStart;
    }
    const row = readRow(text, from, line.end);
    if (row) rows.push(row);
    at = Math.max(line.end + 1, at + 1);
  }
  return rows.length > 0 ? { rows, source: undefined, kept: undefined } : undefined;
}

/**
 * Where each further label of a line of several rows starts ("Stenosis: [ ] Yes [x] No
 * Spondylolisthesis: [x] Yes [ ] No", QA stop 54, H6): a colon after a box, whose label starts
 * after a gap (two spaces, a tab, a comma, a semicolon or a bar) or after the answer word that
 * ends the option before it. Each label and its boxes are a row of their own, so an answer answers
 * its own label only, and no option runs on into the next label.
 */
function innerLabels(text: string, start: number, end: number): number[] {
  const boxes = findBoxes(text, start, end);
  if (boxes.length < 2) return [];
  const out: number[] = [];
  for (let b = 0; b < boxes.length; b++) {
    const from = (boxes[b] as Box).end;
    const to = b + 1 < boxes.length ? (boxes[b + 1] as Box).start : end;
    const colon = text.slice(from, to).lastIndexOf(':');
    if (colon < 0 || b + 1 >= boxes.length) continue;
    const words = text.slice(from, from + colon);
    const gap = /^(.*\S)(?:[ \t]{2,}|\t|[ \t]*[,;|][ \t]*)(?=\S)/.exec(words);
    const answered = OPTION_THEN_LABEL.exec(words);
    const at = gap ? gap[0].length : answered ? answered[0].length : -1;
    if (at > 0 && at < words.length) out.push(from + at);
  }
  return out;
}
/** An option's answer or grade word, then the next label's words ("No Spondylolisthesis"). */
const OPTION_THEN_LABEL =
  /^[ \t]*(?:no|n|absent|none|negative|neg|yes|y|present|positive|pos|minimal|mild|moderate|severe|marked)[ \t]+(?=\S)/i;

const within = (at: number, r: Range) => at >= r.start && at < r.end;

/** Ends a cue's scope where one option ends and the next begins (the row's own, not a rule of context-rules.json). */
const OPTION_END: ContextRule = {
  id: 'term-box-option',
  literal: '',
  category: 'TERMINATE',
  direction: 'terminate',
  origin: 'ours',
  note: 'a checkbox row: each option is a statement of its own, so no cue reaches from one option to another (QA stop 46, class B)',
};
const OPTION_END_RULES: ContextRule[] = [OPTION_END];

/**
 * Where the options of the rows part (before each box but a row's first, or after each but its
 * last when the words come first), and where each row starts and ends.
 */
function optionEnds(rows: BoxRow[]): number[] {
  const at: number[] = [];
  for (const row of rows) {
    // A row of several labels starts where its label does: no cue before it reaches into it.
    if (at.length === 0 || (at[at.length - 1] as number) < row.start) at.push(row.start);
    const n = row.items.length;
    for (let i = 0; i < n; i++) {
      const box = (row.items[i] as BoxItem).box;
      if (row.before && i > 0) at.push(box.start);
      if (!row.before && i < n - 1) at.push(box.end);
    }
    // A row's answer is its own label's (QA stop 54, H6): no cue reaches past its line or the next label.
    at.push(row.end);
  }
  return at;
}

/**
 * The cues of `cues` outside every unticked option ("[ ] none" negates nothing), with a terminator
 * where each option ends, in text order. Kept for the next target with the same list.
 */
export function keptCues(reading: BoxReading, cues: Cue[]): Cue[] {
  if (reading.source === cues && reading.kept) return reading.kept;
  const ends = optionEnds(reading.rows);
  const kept: Cue[] = [];
  let e = 0;
  for (let i = 0; i < cues.length; i++) {
    const cue = cues[i] as Cue;
    for (; e < ends.length && (ends[e] as number) <= cue.start; e++) kept.push(optionEnd(ends[e] as number));
    const inUnticked = reading.rows.some((row) =>
      row.items.some(
        (item) => !item.box.ticked && item.end > item.start && cue.start >= item.start && cue.end <= item.end,
      ),
    );
    if (!inUnticked) kept.push(cue);
  }
  for (; e < ends.length; e++) kept.push(optionEnd(ends[e] as number));
  reading.source = cues;
  reading.kept = kept;
  return kept;
}

const optionEnd = (at: number): Cue => ({ start: at, end: at, rules: OPTION_END_RULES, trigger: undefined });

const spanAt = (text: string, fieldId: string, r: Range): Span => ({
  fieldId,
  start: r.start,
  end: r.end,
  text: text.slice(r.start, r.end),
});

/**
 * The status the boxes give a target, or undefined when they leave it to the cues: `hypothetical`
 * in an unticked option (quoting its box); for a row's label, `negated` by a ticked negative
 * answer (quoting it), `affirmed` by a ticked positive one, `hypothetical` when a row of answers
 * and grades has none ticked.
 */
export function boxStatus(
  reading: BoxReading,
  text: string,
  target: Range,
  fieldId: string,
): { status: Status; trigger: Span | null } | undefined {
  for (const row of reading.rows) {
    if (!within(target.start, row)) continue;
    for (const item of row.items) {
      if (within(target.start, item))
        return item.box.ticked
          ? undefined
          : { status: 'hypothetical', trigger: spanAt(text, fieldId, item.box) };
    }
    if (!row.label || !within(target.start, row.label)) continue;
    let no: BoxItem | undefined;
    let yes: BoxItem | undefined;
    let ticked = 0;
    let answers = true;
    // Boxes with no words of their own ("Cervical radiculopathy: [ ]") answer the label themselves.
    let bare = true;
    for (const item of row.items) {
      if (item.end > item.start) bare = false;
      const words = text.slice(item.start, item.end);
      const isNo = NO_ANSWER.test(words);
      const isYes = !isNo && YES_ANSWER.test(words);
      if (!isNo && !isYes && !GRADE.test(words)) answers = false;
      if (!item.box.ticked) continue;
      ticked++;
      if (isNo) no ??= item;
      if (isYes) yes ??= item;
    }
    // Both ticked contradict each other: the cues decide.
    if (no && !yes) return { status: 'negated', trigger: spanAt(text, fieldId, no) };
    if (yes && !no) return { status: 'affirmed', trigger: null };
    if (ticked === 0 && (answers || bare))
      return { status: 'hypothetical', trigger: spanAt(text, fieldId, (row.items[0] as BoxItem).box) };
    return undefined;
  }
  return undefined;
}

/**
 * The part of a sentence a statement at `at` owns when the sentence is a list: the option of a
 * box row that holds it ("[x] Lumbar radiculopathy [ ] Cervical radiculopathy"), else its line when
 * the sentence runs over several ("[x] Lumbar radiculopathy⏎[ ] Cervical radiculopathy"), clipped
 * to the sentence; undefined for a sentence on one line with no box. A place word in another
 * option or line belongs to that one's statement (QA stop 48, class A). Cheap for most sentences:
 * two indexOf calls and no RegExp when the sentence has neither a line break nor a bracket or glyph.
 */
export function ownPartOf(text: string, sentence: Range, at: number): Range | undefined {
  // Read on the statement's line only (at most MAX_ROW either side): a long sentence is not sliced per statement.
  const line = lineAround(text, at);
  const start = Math.max(line.start, sentence.start);
  const end = Math.min(line.end, sentence.end);
  // A sentence over several lines: a newline (not MAX_ROW's cap) bounds the statement's line within it.
  const lines =
    (sentence.start < line.start && text.charCodeAt(line.start - 1) === 10) ||
    (sentence.end > line.end && text.charCodeAt(line.end) === 10);
  const piece = text.slice(start, end);
  const row = mayHoldBox(piece) ? readRow(text, line.start, line.end) : undefined;
  if (row) for (const item of row.items) if (within(at, item)) return { start: item.start, end: item.end };
  return lines ? { start, end } : undefined;
}
