import {
  BE_WORD,
  NEXT_FINDING_WORD,
  NEXT_FINDING_WORDS,
  PREDICATE_WORD,
  PREDICATE_WORDS,
  REST_WORD,
  SUBJECT_VERB_WORD,
  clauseWordsIn,
} from './clause-words';
import { isWordChar } from './char-scan';
import { hoistBoundary } from './hoist-boundary';

/**
 * Where a new clause starts inside a sentence that dictation left unpunctuated ("mild right
 * foraminal narrowing the left side is unremarkable"): a new subject with a present-tense verb, or
 * the word after a finished predicate ("no fracture is identified severe canal stenosis ..."). The
 * scope of a negation or history cue ends there, as ConText's terminators end it, and a new finding
 * starts there. Past tenses are left alone: past narrative ("at her last visit the MRI showed")
 * keeps its scope.
 *
 * Every pattern is a flat alternation with bounded repeats, so it stays linear on any input.
 */

/**
 * A subject word, up to four more words, then a present-tense verb. A possessive opens a subject
 * too ("and his MRI from last week shows a protrusion"): run-on dictation joins the exam and the
 * study with "and", and the study's findings are its own clause, out of an exam negation's reach.
 */
export const NEW_SUBJECT =
  /\b(?:there\s+(?:is|are)|(?:the|this|he|she|it|patient|today|his|her|their)(?:\s+[\w/-]+){0,4}?\s+(?:is|are|has|have|shows|demonstrates|reveals|remains)|(?:mri|ct|exam|examination|x-?rays?|radiographs?|films?|imaging|emg)(?:\s+[\w/-]+){0,5}?\s+(?:shows|demonstrates|reveals))\b/gi;

/**
 * The rest of the study as a new subject ("the remainder of the levels", "rest of the exam",
 * "remaining discs", "all other levels"): what is said of it ("are unremarkable", "is normal")
 * reaches forward over the rest, never back to the finding dictated before it. With or without a
 * verb after it ("remainder unremarkable"), so telegraphic dictation is read the same. Both
 * alternatives open with a word boundary, asserted once in front (hoist-boundary.ts).
 */
export const REST_OF_STUDY = new RegExp(
  hoistBoundary(
    /\b(?:(?:the|a)\s+)?(?:remainder|rest|balance)\s+of\b|\b(?:(?:the|all)\s+)?(?:remaining|other)\s+(?:levels?|dis[ck]s?|interspaces?|segments?|foramina|vertebrae|vertebral\s+bodies|findings|structures|spine|exam|examination|study)\b/
      .source,
  ),
  'gi',
);

/**
 * Words that end a finding's statement: a spinal level after "at", "to", "of"… (the finding's
 * level) or a finding's noun ("fracture", "herniation", "stenosis", "symptoms").
 */
const FINDING_NOUNS = [
  String.raw`fractures?|(?:spondylo|retro|antero)?listhesis|herniations?|protrusions?|extrusions?`,
  String.raw`bulges?|bulging|stenos[ie]s|narrowing|edema|lesions?|mass(?:es)?|abnormalit(?:y|ies)`,
  String.raw`compromise|impingement|compression|effusions?|hematomas?|collections?|arthropathy`,
  String.raw`hypertrophy|osteophytes?|spurring|symptoms|deficits?|weakness|numbness|pain|tingling`,
  String.raw`signs?|findings?|complex(?:es)?|lordosis|kyphosis|scoliosis|instability|degeneration`,
  String.raw`desiccation|disease|dislocation|subluxation|malalignment|changes|tears?|fissures?`,
  String.raw`cysts?|myelopathy|radiculopathy|claudication|spondylosis`,
].join('|');
const LEVEL = String.raw`[CTLS](?:1[0-2]|[1-9])(?:\s?[-\u2013/]\s?[CTLS]?(?:1[0-2]|[1-9])|\s[CTLS](?:1[0-2]|[1-9]))?`;

/** The end of a finding's statement, and the whitespace after it (AFTER_STATEMENT, STATEMENT_END). */
const STATEMENT_END_SOURCE = String.raw`\b(?:(?:at|to|through|and|of|on|in|from)\s+(?:the\s+)?${LEVEL}|(?:${FINDING_NOUNS}))\s+`;
const NEXT_FINDING = NEXT_FINDING_WORDS.join('|');

/**
 * The end of one finding's statement, then a word that opens the next: a negation or a grade
 * ("severe canal stenosis at L4 L5 moderate stenosis at L3 L4 no significant stenosis at L5 S1",
 * "no fracture moderate central stenosis"). Dictation without punctuation strings findings one
 * after another, and a grade or "no" right after a finding's level or noun belongs to the next
 * finding: in a sentence, a grade stands before its noun, or after "is", "and", "to", "no".
 * A level that opens its own item ("Neural foramina: L4-5 moderate bilateral", a row "L3-4 mild
 * bulge") keeps its grade: no preposition stands before it. The match runs to the new clause's
 * first word.
 */
export const AFTER_STATEMENT = new RegExp(`${STATEMENT_END_SOURCE}(?=(?:${NEXT_FINDING})\\b)`, 'gi');

/** AFTER_STATEMENT's next-finding word alone. */
const NEXT_WORD = new RegExp(String.raw`\b(?:${NEXT_FINDING})\b`, 'gi');
/** AFTER_STATEMENT's statement end, at the end of a stretch. */
const STATEMENT_END = new RegExp(`${STATEMENT_END_SOURCE}$`, 'i');
/** Characters before a next-finding word that hold any statement end STATEMENT_END reads. */
const STATEMENT_REACH = 48;

/** Whether a statement's end (AFTER_STATEMENT) runs up to slice[at], where a next-finding word starts. */
function endsStatement(slice: string, at: number): boolean {
  const from = Math.max(0, at - STATEMENT_REACH);
  const m = STATEMENT_END.exec(slice.slice(from, at));
  // Its \b at the stretch's first character holds only if no word character stands before it.
  return m !== null && (m.index > 0 || from === 0 || !isWordChar(slice.charCodeAt(from - 1)));
}

/**
 * Adds to `out` where AFTER_STATEMENT's matches end in `slice` (plus `start`), in order. It reads
 * from the far end: the next-finding words (few first letters) are found first, and only the
 * stretch before each is tested for a statement's end. Led by its many nouns, AFTER_STATEMENT
 * itself tried nearly every position of a run-on sentence. Kept equal to it by a property test.
 */
export function afterStatements(slice: string, start: number, out: number[]): void {
  NEXT_WORD.lastIndex = 0;
  for (let m = NEXT_WORD.exec(slice); m !== null; m = NEXT_WORD.exec(slice))
    if (endsStatement(slice, m.index)) out.push(start + m.index);
}

/** A finished predicate ("is identified", "are unremarkable") followed by another word. */
export const DONE_PREDICATE = new RegExp(
  String.raw`\b(?:is|are|was|were)\s+(?:not\s+|no\s+longer\s+)?(?:${PREDICATE_WORDS.join('|')})\s+(?=[a-z])`,
  'gi',
);

/**
 * Words after which a subject and verb belong to the same sentence: prepositions ("narrowing of the
 * foramen is seen", "radicular pain down the anterior thigh and shin has resolved": the noun phrase
 * after it is the preposition's, and the verb is the sentence's own), subordinators ("no evidence
 * that the canal is narrowed") and verbs that take a clause ("I do not believe the patient is
 * having ...": the negation reaches into it).
 */
const PREPOSITION =
  /\b(?:of|in|at|to|on|from|with|by|for|into|onto|than|as|within|along|through|throughout|without|upon|under|over|about|down|up|across|around|behind|beneath|below|above|between|beyond|near|toward|towards|via|per|past|involving|including|affecting|that|whether|if|which|because|since|where|when|believe|believes|think|thinks|feel|feels|suspect|suspects|say|says|state|states|report|reports|indicate|indicates|suggest|suggests|confirm|confirms|know|knows|sure|clear)\s*$/i;
const CONTINUES =
  /^(?:at|in|on|with|without|to|of|from|by|and|or|but|bilaterally|throughout|within|along|posteriorly|anteriorly|centrally|laterally|as|than|for|since|which|that|particularly|especially|again|today|now|on|here|there|elsewhere|otherwise|above|below|only|either|both|with)\b/i;

/**
 * Offsets (absolute) in `text[start..end)` where a new clause starts, in order. `slice` is that
 * stretch's text when the caller has it already, and `keyWords` the bits of clause-words.ts's key
 * words it holds (or more bits: a bit only lets a sweep run) when a reader of its words has them
 * (context/find-cues.ts's SentenceWords).
 *
 * @example clauseStarts('no canal stenosis there is mild foraminal narrowing', 0, 51) // [18]
 */
export function clauseStarts(
  text: string,
  start: number,
  end: number,
  slice = text.slice(start, end),
  keyWords?: number,
): number[] {
  const out: number[] = [];
  // Every match of a sweep holds one of its key words (its verb; its rest-of word; its form of "to
  // be"; its next-finding word): one sweep for them all spares the sweeps whose words the stretch lacks.
  const words = keyWords ?? clauseWordsIn(slice);
  if (words === 0) return out;
  NEW_SUBJECT.lastIndex = 0;
  for (
    let m = (words & SUBJECT_VERB_WORD) !== 0 ? NEW_SUBJECT.exec(slice) : null;
    m !== null;
    m = NEW_SUBJECT.exec(slice)
  ) {
    // "narrowing of the foramen is seen": a subject after a preposition belongs to the clause.
    if (m.index > 0 && !PREPOSITION.test(slice.slice(Math.max(0, m.index - 12), m.index)))
      out.push(start + m.index);
  }
  REST_OF_STUDY.lastIndex = 0;
  for (
    let m = (words & REST_WORD) !== 0 ? REST_OF_STUDY.exec(slice) : null;
    m !== null;
    m = REST_OF_STUDY.exec(slice)
  ) {
    // "stenosis at L4-5 and at the other levels" or "narrowing of the remaining foramina" stays one clause.
    if (
      m.index > 0 &&
      !PREPOSITION.test(slice.slice(Math.max(0, m.index - 12), m.index)) &&
      !/\b(?:and|or|nor)\s*$/i.test(slice.slice(Math.max(0, m.index - 5), m.index))
    )
      out.push(start + m.index);
  }
  if ((words & NEXT_FINDING_WORD) !== 0) afterStatements(slice, start, out);
  DONE_PREDICATE.lastIndex = 0;
  const predicate = BE_WORD | PREDICATE_WORD;
  for (
    let m = (words & predicate) === predicate ? DONE_PREDICATE.exec(slice) : null;
    m !== null;
    m = DONE_PREDICATE.exec(slice)
  ) {
    const after = m.index + m[0].length;
    if (!CONTINUES.test(slice.slice(after, after + 16))) out.push(start + after);
  }
  return out.length > 1 ? out.sort((a, b) => a - b) : out;
}
