import type { PartLetter } from './chiro-types';

/**
 * P/A/R/T written as marks after the letters ("L4: P+ A+ R+ T+", "T8: P(+) A(-) R(+) T(+)", QA stop
 * 52 H4): a plus after a letter says that finding is there, a minus that it is not (Medicare BPM
 * Ch.15 §240.1.2, clinical brief §2.4). The letters are upper case and a mark must end its word, so
 * "A-P view", "T-score" and "T12" are no marks; two or more marked letters make the shorthand, so a
 * lone "R+" (a reflex, a side) says nothing. A grid of marks under P/A/R/T headings is part-table.ts's.
 */
const MARK = /(?<![\w(])([PART])\s?(?:\(\s?([+−–-])\s?\)|([+−–-]))(?![\w+−–-])/g;

export type PartMark = { letter: PartLetter; index: number; length: number };

/** The letters marked present in `text` (offsets in it), or none when fewer than two letters are marked. */
export function partSymbolMarks(text: string): PartMark[] {
  const present: PartMark[] = [];
  const letters = new Set<string>();
  MARK.lastIndex = 0;
  for (let m = MARK.exec(text); m !== null; m = MARK.exec(text)) {
    const letter = m[1] as PartLetter;
    letters.add(letter);
    if ((m[2] ?? m[3]) === '+') present.push({ letter, index: m.index, length: m[0].length });
  }
  return letters.size >= 2 ? present : [];
}

/**
 * A P/A/R/T line whose letters are labels, some marked and some worded ("P+ at C2; A: C2 body
 * rotation right on x-ray; R: rotation left 45/80; T: hypertonic SCM", QA stop 53 M2): each letter
 * labels its own finding, so the line states P, A, R and T, though "rotation right" and "rotation
 * left 45/80" say nothing in the P/A/R/T words and "P+" alone is no shorthand. A worded letter is a
 * label only at a part's start (the line's, or after ";", ",", "." or "|") and before a colon; its
 * value says the finding is there unless it is a minus or a no ("T: none", "A: WNL"). The line is
 * the shorthand when it labels two letters or more and either marks one with +/- or labels R or T:
 * a SOAP line's "A: … P: …" (assessment, plan) labels only A and P, and a line that labels S or O
 * is a SOAP line.
 */
const LABEL =
  /(?<![\w(])([PART])\s?(?:\(\s?([+−–-])\s?\)|([+−–-])(?![\w+−–-]))|(?<=(?:^|[;,.|])\s*)([PART])\s?:(?!\/)/g;
const SOAP = /(?:^|[;,.|]\s*|\s)[SO]\s?:\s/;
/**
 * The words that say a P/A/R/T finding is not there, as a labelled letter's value here and as a
 * table cell in part-table.ts (which adds its cell marks: a lone minus or "n", a ballot cross, an
 * empty box).
 */
export const ABSENT_WORDS = String.raw`no|none|nil|neg(?:ative)?|absent|n\/?a|wnl|normal|full|0`;
const NO_VALUE = new RegExp(String.raw`^\s*(?:[-−–—]+|${ABSENT_WORDS})(?![\w])`, 'i');
/** A letter's value ends at the next label or at a ";" (a part of its own). */
const VALUE_END = /;|\|/;

export type PartLineHit = { letter: PartLetter; start: number; end: number };

/**
 * Per line (numbered from 0, as splitClauses numbers them), the letters a labelled P/A/R/T line
 * marks present, with their offsets in `text`; lines that are no such shorthand are left out.
 */
export function partLetterLines(text: string): Map<number, PartLineHit[]> {
  const out = new Map<number, PartLineHit[]>();
  if (!text.includes(':') && !text.includes('+')) return out;
  const lines = text.split('\n');
  let at = 0;
  for (let n = 0; n < lines.length; at += (lines[n] ?? '').length + 1, n++) {
    const line = lines[n] ?? '';
    if (line.length < 5 || SOAP.test(line)) continue;
    const labels: { letter: PartLetter; start: number; valueStart: number; mark: string | undefined }[] = [];
    LABEL.lastIndex = 0;
    for (let m = LABEL.exec(line); m !== null; m = LABEL.exec(line)) {
      const mark = m[2] ?? m[3];
      labels.push({
        letter: (m[1] ?? m[4]) as PartLetter,
        start: m.index,
        valueStart: m.index + m[0].length,
        mark,
      });
    }
    const letters = new Set(labels.map((l) => l.letter));
    if (letters.size < 2 || letters.size !== labels.length) continue;
    if (!labels.some((l) => l.mark !== undefined || l.letter === 'R' || l.letter === 'T')) continue;
    const hits: PartLineHit[] = [];
    labels.forEach((label, i) => {
      const next = labels[i + 1]?.start ?? line.length;
      const rest = line.slice(label.valueStart, next);
      const cut = rest.search(VALUE_END);
      const value = cut >= 0 ? rest.slice(0, cut) : rest;
      const present =
        label.mark !== undefined
          ? label.mark === '+'
          : /^\s*\+/.test(value) || (value.trim() !== '' && !NO_VALUE.test(value));
      if (!present) return;
      const end = label.valueStart + value.trimEnd().length;
      hits.push({ letter: label.letter, start: at + label.start, end: at + end });
    });
    if (hits.length > 0) out.set(n, hits);
  }
  return out;
}
