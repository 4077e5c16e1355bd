/**
 * Whether the notes are written in a language ChartLint does not read. The readers' vocabulary
 * (stenosis, negation and history cues, levels in words) is English; a note in Spanish gives no
 * mention, and a code judged against it was called "not documented" (QA stop 47: "estenosis
 * foraminal L4-L5 con claudicación neurógena" beside M48.061). Such a note is treated as no note
 * text read, with its own reason, so the verdict says why nothing was compared.
 *
 * Told by function words, which every sentence holds and clinical vocabulary does not change:
 * a note counts as Spanish when its Spanish function words are many and outnumber its English ones
 * three to one. Words both languages share ("no", "a", "me", "un"…) count for neither. A note
 * in English with a quoted Spanish sentence, or with Spanish names, stays English.
 */
import { inInstructions } from '../chiro/spanish-words';
import type { FieldText } from '../types';

/** Common Spanish function words that are not English words. */
export const SPANISH = new Set([
  'el',
  'la',
  'los',
  'las',
  'del',
  'de',
  'y',
  'con',
  'sin',
  'en',
  'que',
  'por',
  'para',
  'es',
  'una',
  'se',
  'al',
  'su',
  'sus',
  'lo',
  'le',
  'les',
  'como',
  'pero',
  'muy',
  'desde',
  'hace',
  'tiene',
  'presenta',
  'paciente',
  'dolor',
  'izquierda',
  'derecha',
  'izquierdo',
  'derecho',
  'también',
  'más',
  'hay',
  'está',
  'están',
  'ha',
  'fue',
  'sobre',
  'entre',
  'nivel',
  'niveles',
]);

/** Common English function words that are not Spanish words. */
export const ENGLISH = new Set([
  'the',
  'and',
  'of',
  'with',
  'without',
  'in',
  'is',
  'are',
  'to',
  'at',
  'on',
  'for',
  'was',
  'were',
  'has',
  'have',
  'this',
  'that',
  'there',
  'from',
  'by',
  'or',
  'patient',
  'pain',
  'left',
  'right',
  'both',
  'which',
  'his',
  'her',
  'he',
  'she',
  'not',
  'due',
]);

/** Spanish function words a note needs before it counts as Spanish: a label or two ("Dolor: …") is not a note in Spanish. */
const MIN_WORDS = 8;
/** Characters of a note read for its language: its opening is enough, and a huge note costs no more. */
const SAMPLE = 4000;

/** A letter outside ASCII (accented Spanish letters among them): tested one character at a time, rarely. */
const LETTER = /\p{L}/u;

/**
 * The listed words written in ASCII letters, by a hash of their letters (see wordHash): a run of
 * ASCII letters is compared with the one listed word of its slot, char by char, and only a run whose
 * slot holds a word is compared at all. Why: most notes reach this test, and slicing every word of
 * a 4,000-character opening into a string of its own and looking it up in both sets was most of its
 * cost. A slot two listed words share is looked up by name (CROWDED). Built from the sets above.
 */
const SLOT_BITS = 12;
const SLOT_MASK = (1 << SLOT_BITS) - 1;
const NONE = 0;
const ES = 1;
const EN = 2;
const CROWDED = 3;
const slotKind = new Uint8Array(1 << SLOT_BITS);
const slotWord: string[] = new Array<string>(1 << SLOT_BITS).fill('');
/** The longest listed ASCII word: a longer run of ASCII letters is none of them. */
let longestAscii = 0;

/** The hash of a lower-case ASCII word, as functionWords builds it letter by letter. */
const stepHash = (hash: number, lower: number) => (hash * 31 + lower) & SLOT_MASK;
function wordHash(word: string): number {
  let hash = 0;
  for (let k = 0; k < word.length; k++) hash = stepHash(hash, word.charCodeAt(k));
  return hash;
}

for (const [words, kind] of [
  [SPANISH, ES],
  [ENGLISH, EN],
] as const) {
  for (const word of words) {
    if (!/^[a-z]+$/.test(word)) continue;
    longestAscii = Math.max(longestAscii, word.length);
    const slot = wordHash(word);
    if (slotKind[slot] === NONE) {
      slotKind[slot] = kind;
      slotWord[slot] = word;
    } else if (slotWord[slot] !== word) slotKind[slot] = CROWDED;
  }
}

/** Whether text[start, end), ASCII letters only, is `word` once lower-cased. */
function sameWord(text: string, start: number, end: number, word: string): boolean {
  if (end - start !== word.length) return false;
  for (let k = start; k < end; k++)
    if ((text.charCodeAt(k) | 32) !== word.charCodeAt(k - start)) return false;
  return true;
}

/**
 * Counts Spanish and English function words in the note's opening: the words are the runs of
 * letters (\p{L}) of the lower-cased sample. Why a loop over char codes rather than
 * `matchAll(/\p{L}+/gu)`: most notes reach this test (an English note with no stenosis mention
 * and no segment reads nothing), and the match objects of a Unicode regex over 4,000 characters
 * were 6% of analyze() over the real spine notes.
 *
 * A run of ASCII letters is matched against the listed words without being lower-cased or sliced
 * (the slots above). A run that holds any other letter is lower-cased on its own and read as the
 * whole sample would be (countWords): lower-casing turns no other character into a letter (checked
 * over every code point), but a letter may become more than one character ("İ" is "i" and a
 * combining dot, which ends a word) or an ASCII one (the Kelvin sign is "k").
 */
export function functionWords(text: string): { es: number; en: number } {
  const counts = { es: 0, en: 0 };
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  const n = sample.length;
  let start = -1;
  let hash = 0;
  let ascii = true;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? sample.charCodeAt(i) : 0;
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) {
      if (start < 0) {
        start = i;
        hash = 0;
        ascii = true;
      }
      hash = stepHash(hash, c | 32);
      continue;
    }
    if (c >= 0x80) {
      const cp = sample.codePointAt(i) ?? c;
      if (LETTER.test(String.fromCodePoint(cp))) {
        if (start < 0) start = i;
        ascii = false;
        if (cp > 0xffff) i++;
        continue;
      }
    }
    if (start < 0) continue;
    if (!ascii) countWords(sample.slice(start, i).toLowerCase(), counts);
    else if (i - start <= longestAscii) {
      const slot = slotKind[hash];
      if (slot === CROWDED) countWord(sample.slice(start, i).toLowerCase(), counts);
      else if (slot !== NONE && sameWord(sample, start, i, slotWord[hash] as string)) {
        if (slot === ES) counts.es++;
        else counts.en++;
      }
    }
    start = -1;
  }
  return counts;
}

function countWord(word: string, counts: { es: number; en: number }): void {
  if (SPANISH.has(word)) counts.es++;
  else if (ENGLISH.has(word)) counts.en++;
}

/** Counts the function words among the letter runs of `lower`, a lower-cased piece of a sample. */
function countWords(lower: string, counts: { es: number; en: number }): void {
  const n = lower.length;
  let start = -1;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? lower.charCodeAt(i) : 0;
    let letter = (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
    let width = 1;
    if (!letter && c >= 0x80) {
      const cp = lower.codePointAt(i) ?? c;
      width = cp > 0xffff ? 2 : 1;
      letter = LETTER.test(String.fromCodePoint(cp));
    }
    if (letter) {
      if (start < 0) start = i;
      i += width - 1;
      continue;
    }
    if (start >= 0) {
      countWord(lower.slice(start, i), counts);
      start = -1;
    }
  }
}

function isSpanish(text: string): boolean {
  const { es, en } = functionWords(text);
  return es >= MIN_WORDS && es >= 3 * en;
}

/**
 * The language of the notes when every note that holds writing (`written`) is in one ChartLint does
 * not read ('es'); undefined when any is in English (or none is written).
 */
export function unreadNoteLanguage(
  notes: readonly FieldText[],
  written: (text: string) => boolean,
): 'es' | undefined {
  let found = false;
  for (const n of notes) {
    if (n.kind !== 'note' || !written(n.text)) continue;
    if (!isSpanish(n.text)) return undefined;
    found = true;
  }
  return found ? 'es' : undefined;
}

/**
 * Spanish clinical words the readers' English vocabulary never matches ("estenosis", not
 * "stenosis"; a chiropractic exam's "palpación", "espasmo", "movilidad restringida", "rotación"):
 * a note without one holds no Spanish statement a code could rest on, and is not
 * read line by line (one test of the whole note).
 */
const SPANISH_CLINICAL =
  /\b(?:estenosis|radiculopat[ií]as?|mielopat[ií]as?|claudicaci[oó]n|subluxaci[oó]n|espondil[a-zá-ú]*|hernias?\s+discal(?:es)?|discal(?:es)?|neur[oó]genas?|lumbalgia|ci[aá]tica|compresi[oó]n|estrechamiento|artrosis|columna|palpaci[oó]n|espasmos?|contracturas?|hiperton[ií]as?|movilidad|hipomovilidad|manipulaci[oó]n|alineaci[oó]n|rotaci[oó]n|quiropr[aá]ctic[ao])(?![a-z])/gi;

/** How many Spanish clinical words are looked at before the note is taken to hold no Spanish part. */
const MAX_CLINICAL_READ = 16;

/**
 * Whether the line around `at` is written in Spanish: its Spanish words (function words and the
 * clinical words above) are at least two and more than its English function words, and it is not
 * patient instructions (an English note's Spanish advice paragraph stays an English note). A line is
 * judged, not the note: a bilingual note's diagnosis line may be Spanish in an English note.
 */
function spanishLineAt(text: string, at: number): boolean {
  // Advice for the patient ("Instrucciones para el paciente: …") documents no finding.
  if (inInstructions(text, at)) return false;
  const start = text.lastIndexOf('\n', at) + 1;
  let end = text.indexOf('\n', at);
  if (end < 0) end = text.length;
  const line = text.slice(start, Math.min(end, start + SAMPLE)).toLowerCase();
  const words = functionWords(line);
  let es = words.es;
  const en = words.en;
  SPANISH_LINE_CLINICAL.lastIndex = 0;
  while (SPANISH_LINE_CLINICAL.test(line)) es++;
  return es >= 2 && es > en;
}
const SPANISH_LINE_CLINICAL = new RegExp(SPANISH_CLINICAL.source, 'gi');

/**
 * Whether a written note (`written`) holds a line in Spanish that names a clinical finding
 * ("Dx: estenosis espinal lumbar L4-L5 con claudicación neurógena" in an English note). The
 * readers take nothing from it, so a code whose only evidence might be there is not called
 * unsupported (analyze.ts, unread-part.ts).
 */
export function holdsSpanishPart(notes: readonly FieldText[], written: (text: string) => boolean): boolean {
  for (const n of notes) {
    if (n.kind !== 'note' || !written(n.text)) continue;
    const text = n.text;
    SPANISH_CLINICAL.lastIndex = 0;
    for (let k = 0; k < MAX_CLINICAL_READ; k++) {
      const m = SPANISH_CLINICAL.exec(text);
      if (m === null) break;
      if (spanishLineAt(text, m.index)) return true;
    }
  }
  return false;
}
