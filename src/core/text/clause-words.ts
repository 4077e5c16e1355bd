/**
 * Which of clause-starts.ts's key words a stretch holds, read in one sweep. Each of that file's
 * three sweeps needs one of its words standing as a whole word: a verb for a new subject, a
 * rest-of word for the rest of the study, a form of "to be" for a finished predicate. Most
 * sentences of a dense note hold none of some group (and run-on dictation often none at all), and
 * one sweep for all the words costs less than a test per group: a RegExp call has a fixed cost
 * beyond the characters it reads. (A loop over the characters by hand cost more still: a RegExp
 * reads a long stretch several times faster.) A bit set says the word occurs, not that the sweep
 * matches: the sweep still decides. Kept a superset of the sweeps by clause-words.test.ts.
 */

/** A verb a new subject takes: "is", "are", "has", "have", "shows", "demonstrates", "reveals", "remains". */
export const SUBJECT_VERB_WORD = 1;
/** "remainder", "rest", "balance", "remaining", "other". */
export const REST_WORD = 2;
/** "is", "are", "was", "were". */
export const BE_WORD = 4;
/**
 * A finished predicate's last word ("identified", "patent": DONE_PREDICATE's list), standing as a
 * whole word. The predicate sweep needs it as well as a form of "to be"; most sentences with "is"
 * or "are" have none ("there is mild stenosis"). A reader of whole words sets it for those words
 * (context/find-cues.ts); clauseWordsIn, which does not look for them, sets it with BE_WORD.
 */
export const PREDICATE_WORD = 64;
/** DONE_PREDICATE's predicate words, one list for the sweep and for the readers of whole words. */
export const PREDICATE_WORDS = [
  'identified',
  'seen',
  'noted',
  'present',
  'demonstrated',
  'visualized',
  'evident',
  'unremarkable',
  'normal',
  'intact',
  'preserved',
  'patent',
];

/**
 * A word that opens a finding of its own right after a spinal level, as run-on dictation strings
 * findings together ("stenosis at L4 L5 moderate stenosis at L3 L4"): clause-starts.ts's
 * AFTER_STATEMENT reads it.
 */
export const NEXT_FINDING_WORD = 256;
/** AFTER_STATEMENT's words, one list for the sweep and for the readers of whole words. */
export const NEXT_FINDING_WORDS = ['no', 'mild', 'mildly', 'moderate', 'moderately', 'severe', 'severely', 'marked', 'markedly', 'minimal'];

/** The rest-of words ("the remainder of the levels"), one list for both sweeps below. */
const REST_OF = 'remainder|rest|balance|remaining|other';
/** Group k + 1 holds words with the bits GROUP_BITS[k]. */
const NEXT_FINDING = NEXT_FINDING_WORDS.join('|');
const KEY_WORDS = new RegExp(`\\b(?:(is|are)|(has|have|shows|demonstrates|reveals|remains)|(${REST_OF})|(was|were)|(${NEXT_FINDING}))\\b`, 'gi');
/** KEY_WORDS' rest-of words and next-finding words alone (its third and fifth groups). */
const LATER_WORDS = new RegExp(`\\b(?:(${REST_OF})|(${NEXT_FINDING}))\\b`, 'gi');
const GROUP_BITS = [
  SUBJECT_VERB_WORD | BE_WORD | PREDICATE_WORD,
  SUBJECT_VERB_WORD,
  REST_WORD,
  BE_WORD | PREDICATE_WORD,
  NEXT_FINDING_WORD,
];
const VERB_BITS = SUBJECT_VERB_WORD | BE_WORD | PREDICATE_WORD;
const ALL = VERB_BITS | REST_WORD | NEXT_FINDING_WORD;

/**
 * The bits (SUBJECT_VERB_WORD, REST_WORD, BE_WORD, NEXT_FINDING_WORD) of the key words that `slice`
 * holds as whole words, in any case, and PREDICATE_WORD with BE_WORD. Every word a sweep reads has a word boundary either side of it (a space or
 * \b), so this sweep finds it.
 */
export function clauseWordsIn(slice: string): number {
  let bits = 0;
  KEY_WORDS.lastIndex = 0;
  for (let m = KEY_WORDS.exec(slice); m !== null && bits !== ALL; m = KEY_WORDS.exec(slice)) {
    for (let k = 0; k < GROUP_BITS.length; k++) if (m[k + 1] !== undefined) bits |= GROUP_BITS[k] as number;
    // Most sentences soon give "is" or "are", and then only a rest-of or next-finding word can add
    // a bit: the rest of the stretch is swept for those alone, a shorter alternation. Every word
    // matched is a whole word, so the words found from here are the same.
    if ((bits & VERB_BITS) === VERB_BITS) {
      LATER_WORDS.lastIndex = KEY_WORDS.lastIndex;
      for (let l = LATER_WORDS.exec(slice); l !== null && bits !== ALL; l = LATER_WORDS.exec(slice))
        bits |= l[1] !== undefined ? REST_WORD : NEXT_FINDING_WORD;
      return bits;
    }
  }
  return bits;
}
