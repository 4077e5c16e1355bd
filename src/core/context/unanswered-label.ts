/**
 * A template's label left unanswered: the finding is the label, and what follows its colon is
 * nothing, or the placeholder the template printed ("Radiculopathy: ***", "Neurogenic
 * claudication: {Yes/No:1234}", "Myelopathy: ___", "Radiculopathy: (select)"). The note names the
 * finding without saying whether the patient has it, like a row of unticked boxes (check-boxes.ts),
 * so it is `hypothetical`, said "unanswered" (status-word.ts), never documented (blind page QA
 * stop 53, H2: each of these supported M54.16).
 *
 * A label with nothing after its colon is a heading as often as a blank ("Lumbar spinal
 * stenosis:" over its plan): it is unanswered only beside another unanswered label of the same
 * template (the line before or after it with text), or as the note's last line.
 */

/** The placeholders templates print for an answer not given (Epic's "***" and "{List:12345}" among them). */
const PLACEHOLDER_SOURCE = String.raw`(?:\*{3,}|_{2,}|[xX]{3,}|\?{2,}|\.{3,}|-{3,}|\{[^{}\n]{1,50}:\d+\}|\{[^{}\n/]{1,30}\/[^{}\n]{1,30}\}|@[A-Z][A-Z0-9_]*@|\((?:select|choose|pick|enter)\b[^()\n]{0,30}\)|<(?:select|choose|pick|enter)\b[^<>\n]{0,30}>|\[(?:select|choose|pick|enter)\b[^[\]\n]{0,30}\])`;
/** A placeholder alone on the rest of its line. */
const PLACEHOLDER_LINE = new RegExp(String.raw`^${PLACEHOLDER_SOURCE}[ \t]*[.;]?[ \t]*(?:\r?\n|$)`, 'i');
const PLACEHOLDER_ONLY = new RegExp(String.raw`^${PLACEHOLDER_SOURCE}$`, 'i');
/** Another label of a template on its own line: a few words, a colon, then its answer. */
const LABEL_LINE = /^[ \t]*(?:[-•*]|\d{1,2}[.)])?[ \t]*[A-Za-z][A-Za-z0-9 ,/()'-]{0,60}:[ \t]*(.*)$/;
/** An answer of unticked boxes alone ("[ ] yes [ ] no", "☐"): nothing answered (check-boxes.ts reads the boxes). */
const UNTICKED_ONLY = /^(?:(?:\[[ \t]*\]|\([ \t]+\)|[\u2610\u25a1])[ \t]*[A-Za-z]{0,12}[ \t]*)+$/;
/** A colon may follow the finding after a few characters (a side, a level: "Radiculopathy, L5:"). */
const COLON_REACH = 24;

export type Unanswered = { start: number; end: number };

/**
 * The placeholder (or the colon, when the answer is empty) that leaves the label ending at `end`
 * unanswered; undefined when the label is answered or the finding is no label.
 */
export function unansweredLabel(text: string, end: number): Unanswered | undefined {
  const limit = Math.min(text.length, end + COLON_REACH);
  let colon = end;
  for (; colon < limit; colon++) {
    const c = text.charCodeAt(colon);
    if (c === 58) break; // ':'
    // A sentence or line ends before a colon: the finding is no label.
    if (c === 10 || c === 13 || c === 46 || c === 59) return undefined;
  }
  if (colon >= limit) return undefined;
  let j = colon + 1;
  while (j < text.length && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)) j++;
  const placeholder = PLACEHOLDER_LINE.exec(text.slice(j, Math.min(text.length, j + 80)));
  if (placeholder) {
    const shown = placeholder[0].replace(/[ \t.;\r\n]+$/, '');
    return { start: j, end: j + shown.length };
  }
  if (j < text.length && text.charCodeAt(j) !== 10 && text.charCodeAt(j) !== 13) return undefined;
  // Nothing after the colon: a blank only beside another blank label, or as the last line.
  const next = nextLine(text, j);
  const before = previousLine(text, colon);
  return next === undefined || blankLabel(next) || (before !== undefined && blankLabel(before))
    ? { start: colon, end: colon + 1 }
    : undefined;
}

/** Whether a trigger's text is what unansweredLabel quotes: a placeholder, or the colon of an empty answer. */
export function isUnansweredMark(text: string): boolean {
  return text === ':' || PLACEHOLDER_ONLY.test(text);
}

/** Whether a line is a label whose answer is empty or a placeholder. */
function blankLabel(line: string): boolean {
  const answer = LABEL_LINE.exec(line)?.[1];
  if (answer === undefined) return false;
  const trimmed = answer.trim();
  return trimmed === '' || PLACEHOLDER_LINE.test(trimmed) || UNTICKED_ONLY.test(trimmed);
}

/** The next line with text after `at` (the end of a line), or undefined at the end of the text. */
function nextLine(text: string, at: number): string | undefined {
  let i = at;
  while (i < text.length && /\s/.test(text[i] as string)) i++;
  if (i >= text.length) return undefined;
  const lineEnd = text.indexOf('\n', i);
  return text.slice(i, lineEnd < 0 ? text.length : lineEnd);
}

/** The line with text before the one holding `at`, or undefined when there is none. */
function previousLine(text: string, at: number): string | undefined {
  const lineStart = text.lastIndexOf('\n', at - 1);
  if (lineStart <= 0) return undefined;
  let i = lineStart;
  while (i > 0 && /\s/.test(text[i - 1] as string)) i--;
  if (i <= 0) return undefined;
  return text.slice(text.lastIndexOf('\n', i - 1) + 1, i);
}
