/**
 * The Spanish words of a chiropractic note (spanish-words.json), validated at load and compiled
 * into pattern sources the English readers of this folder add to their own. Why: a note written in
 * Spanish, or with Spanish lines beside English ones, documents P/A/R/T, lesions and treated
 * regions in words the English patterns never match ("dolor y espasmo … rango de movimiento
 * restringido"), and its codes were then not checked, or its checklist items called missing.
 */
import data from './spanish-words.json' with { type: 'json' };

export type SpanishClass =
  | 'P'
  | 'A'
  | 'R'
  | 'T'
  | 'lesion'
  | 'treated'
  | 'future'
  | 'active'
  | 'maintenance'
  | 'negation'
  | 'instructions';
export type SpanishPlaceGroup =
  | 'occ'
  | 'sacrum'
  | 'lumbosacral'
  | 'pelvis'
  | 'rib'
  | 'upper'
  | 'lower'
  | 'cervicalWord'
  | 'thoracicWord'
  | 'lumbarWord'
  | 'sacralWord'
  | 'pelvicWord';

type Source = { title: string; url?: string; ours?: boolean; checked: string };
type WordClass = { sources: string[]; note: string; phrases: string[] };
export type SpanishWords = {
  sources: Record<string, Source>;
  classes: Record<SpanishClass, WordClass>;
  places: { sources: string[]; groups: Record<SpanishPlaceGroup, string[]> };
};

const CLASSES: readonly SpanishClass[] = [
  'P',
  'A',
  'R',
  'T',
  'lesion',
  'treated',
  'future',
  'active',
  'maintenance',
  'negation',
  'instructions',
];
/** What a phrase may hold: lower-case letters (Spanish ones too), spaces, and the notation's marks. */
const PHRASE = /^[a-záéíóúüñ{][a-záéíóúüñ /{}|().-]*$/;

/**
 * Checks the word lists at load: every source has a title, a URL or says it is ours, and what was
 * checked; every class and the places cite known sources; every phrase is lower case, balanced,
 * and compiles. Throws naming the bad entry.
 */
export function validateSpanishWords(raw: unknown): SpanishWords {
  const words = raw as SpanishWords;
  for (const [id, s] of Object.entries(words.sources)) {
    if (!s.title || !(s.url || s.ours === true) || !s.checked)
      throw new Error(
        `spanish-words.json: source "${id}" needs a title, a url (or "ours": true) and what was checked`,
      );
  }
  const cite = (owner: string, ids: readonly string[]) => {
    if (ids.length === 0) throw new Error(`spanish-words.json: ${owner} cites no source`);
    for (const id of ids)
      if (!words.sources[id]) throw new Error(`spanish-words.json: ${owner} cites unknown source "${id}"`);
  };
  const check = (owner: string, phrase: string) => {
    if (!PHRASE.test(phrase) || phrase !== phrase.trim() || /\s{2}/.test(phrase))
      throw new Error(
        `spanish-words.json: ${owner} phrase "${phrase}" must be lower case, single-spaced, letters and {|}().-/ only`,
      );
    compilePhrase(phrase, `${owner} phrase "${phrase}"`);
  };
  for (const id of CLASSES) {
    // The file is read as data, so a class may be missing whatever the type says.
    const c = words.classes[id] as WordClass | undefined;
    if (!c) throw new Error(`spanish-words.json: class "${id}" is missing`);
    cite(`class "${id}"`, c.sources);
    if (c.phrases.length === 0) throw new Error(`spanish-words.json: class "${id}" has no phrase`);
    for (const p of c.phrases) check(`class "${id}"`, p);
  }
  cite('places', words.places.sources);
  for (const [group, phrases] of Object.entries(words.places.groups))
    for (const p of phrases) check(`place group "${group}"`, p);
  return words;
}

/** Each letter with its accented form: clinicians often leave the accents out. */
const FOLD: Record<string, string> = {
  a: '[aá]',
  á: '[aá]',
  e: '[eé]',
  é: '[eé]',
  i: '[ií]',
  í: '[ií]',
  o: '[oó]',
  ó: '[oó]',
  u: '[uúü]',
  ú: '[uúü]',
  ü: '[uúü]',
  ñ: '[ñn]',
};

/** Up to two words between ("rango de movimiento cervical limitado"). */
const GAP = String.raw`(?:[^\s,.;:]+\s+){0,2}?`;

/** The words of a phrase at its top level (spaces inside braces stay in their word). */
function topWords(phrase: string, owner: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let word = '';
  for (const ch of phrase) {
    if (ch === '{') depth++;
    if (ch === '}') depth--;
    if (depth < 0 || depth > 1) throw new Error(`spanish-words.json: ${owner} has unbalanced braces`);
    if (ch === ' ' && depth === 0) {
      out.push(word);
      word = '';
    } else word += ch;
  }
  if (depth !== 0) throw new Error(`spanish-words.json: ${owner} has unbalanced braces`);
  out.push(word);
  return out;
}

/** One word: letters folded, {a|b} as alternatives (each a phrase of its own), (x) as optional. */
function compileWord(word: string, owner: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const ch = word[i] as string;
    if (ch === '{') {
      const end = word.indexOf('}', i);
      out += `(?:${word
        .slice(i + 1, end)
        .split('|')
        .map((alt) => (alt === '' ? '' : compilePhrase(alt, owner)))
        .join('|')})`;
      i = end;
    } else if (ch === '(') {
      const end = word.indexOf(')', i);
      if (end < 0) throw new Error(`spanish-words.json: ${owner} has an unclosed (`);
      out += `(?:${compileWord(word.slice(i + 1, end), owner)})?`;
      i = end;
    } else if (ch === '.' || ch === '/' || ch === '-' || ch === '|' || ch === ')' || ch === '}')
      out += `\\${ch}`;
    else out += FOLD[ch] ?? ch;
  }
  return out;
}

/**
 * A phrase as a pattern source (no boundaries): words joined by white space; a word that is only
 * alternatives with an empty one ("{la|el|}") may be left out with its space; "..." is GAP.
 */
export function compilePhrase(phrase: string, owner = 'a'): string {
  const words = topWords(phrase, owner);
  let out = '';
  for (let k = 0; k < words.length; k++) {
    const word = words[k] as string;
    const last = k === words.length - 1;
    if (word === '...') {
      if (k === 0 || last) throw new Error(`spanish-words.json: ${owner} starts or ends with "..."`);
      out += GAP;
      continue;
    }
    const optional = /^\{[^{}]*\}$/.test(word) && word.slice(1, -1).split('|').includes('');
    if (optional && !last) {
      const alts = word
        .slice(1, -1)
        .split('|')
        .filter((alt) => alt !== '')
        .map((alt) => `${compilePhrase(alt, owner)}\\s+`);
      out += `(?:${alts.join('|')})?`;
    } else out += compileWord(word, owner) + (last ? '' : String.raw`\s+`);
  }
  return out;
}

/**
 * A letter on either side ends no Spanish word: "dolor" is not read in "dolorimetría" unless
 * listed. Nor does a hyphen and a letter after it: "sacro" is not the English "sacro-iliac".
 */
const BEFORE = String.raw`\b(?<![À-ÿ])`;
const AFTER = String.raw`(?![\wÀ-ÿ]|-[A-Za-zÀ-ÿ])`;

export const SPANISH_WORDS = validateSpanishWords(data);

/** A class's phrases as one pattern source, bounded by letters on neither side (longest first). */
export function spanishSource(id: SpanishClass): string {
  return bounded(SPANISH_WORDS.classes[id].phrases);
}

/** A place group's Spanish words as one pattern source (find-segments.ts adds it to its group). */
export function spanishPlaceSource(group: SpanishPlaceGroup): string | undefined {
  // Groups without Spanish words are absent from the file (find-segments.ts asks for every group).
  const phrases = SPANISH_WORDS.places.groups[group] as string[] | undefined;
  return phrases && phrases.length > 0 ? bounded(phrases) : undefined;
}

function bounded(phrases: readonly string[]): string {
  // Longer phrases first, so "manipulación vertebral" is read whole rather than as "manipulación".
  const sorted = [...phrases].sort((a, b) => b.length - a.length);
  return `${BEFORE}(?:${sorted.map((p) => compilePhrase(p)).join('|')})${AFTER}`;
}

const NEGATION = new RegExp(spanishSource('negation'), 'i');
/** Where a denial's reach ends: a comma or colon, or a word that turns to another finding. */
const PART_END = /[,:;]|(?<![\wÀ-ÿ])(?:pero|aunque|sino|con|mientras)(?![\wÀ-ÿ])/gi;
const NI = /^\s*ni(?![\wÀ-ÿ])/i;

/**
 * Whether a Spanish negation denies the words at `start` within their clause (from `from`): one
 * before them in their part ("sin dolor", "niega espasmo", "no presenta restricción"), or one in the
 * part before when this part goes on with "ni" ("sin dolor, ni espasmo"). English negations are
 * assessContext's; this reads the Spanish ones it does not know.
 *
 * @example spanishNegated('Sin dolor, con espasmo.', 0, 11) // false ("con" starts a part of its own)
 */
export function spanishNegated(text: string, from: number, start: number): boolean {
  const before = text.slice(from, start);
  const parts: string[] = [];
  let at = 0;
  PART_END.lastIndex = 0;
  for (let m = PART_END.exec(before); m !== null; m = PART_END.exec(before)) {
    parts.push(before.slice(at, m.index));
    at = m.index + m[0].length;
  }
  parts.push(before.slice(at));
  for (let k = parts.length - 1; k >= 0; k--) {
    const part = parts[k] as string;
    if (NEGATION.test(part)) return true;
    if (!NI.test(part)) return false;
  }
  return false;
}

/**
 * A line that labels advice for the patient ("Instrucciones para el paciente: aplicar hielo…",
 * "Patient instructions:"): its paragraph tells the patient what to do and documents no finding,
 * so its Spanish words are not read as the visit's, nor as a Spanish part of an English note.
 */
const INSTRUCTIONS_LINE = new RegExp(
  String.raw`^[ \t]*(?:[-*•]\s*)?${spanishSource('instructions')}[^\n:]{0,40}(?::|[ \t]*$)`,
  'gim',
);
/** A line that starts another labelled part ("Plan:", "Evaluación:"), or a blank line: the advice ends there. */
const NEXT_PART = /\n[ \t]*(?:\n|[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ /]{0,30}:)/g;

let rangesOf: { text: string; ranges: number[] } = { text: '', ranges: [] };

/**
 * The paragraphs of patient instructions in a note, as [start, end) offsets in pairs. Cached for the
 * last text: a note's clauses are asked about in turn.
 */
function instructionRanges(text: string): number[] {
  if (rangesOf.text === text) return rangesOf.ranges;
  const ranges: number[] = [];
  INSTRUCTIONS_LINE.lastIndex = 0;
  for (let m = INSTRUCTIONS_LINE.exec(text); m !== null; m = INSTRUCTIONS_LINE.exec(text)) {
    NEXT_PART.lastIndex = m.index + m[0].length;
    const next = NEXT_PART.exec(text);
    ranges.push(m.index, next ? next.index : text.length);
  }
  rangesOf = { text, ranges };
  return ranges;
}

/** Whether offset `at` of `text` lies in a paragraph of patient instructions (INSTRUCTIONS_LINE). */
export function inInstructions(text: string, at: number): boolean {
  const ranges = instructionRanges(text);
  for (let k = 0; k < ranges.length; k += 2)
    if (at >= (ranges[k] as number) && at < (ranges[k + 1] as number)) return true;
  return false;
}

/**
 * Whether a text may hold Spanish at all: an accented letter, a Spanish function word, or the stem
 * of one of the commonest words above. A cheap test that lets an English note (most notes) skip the
 * Spanish word lists, each a long alternation tried at every letter: read clause by clause they
 * made a chiropractic note's reading a third slower. Never false for a Spanish line ("espasmo y
 * dolor"), sometimes true for an English one ("de Quervain"), which is then read as before.
 */
const MAY_BE_SPANISH =
  /[áéíóúñÁÉÍÓÚÑ]|\b(?:de|del|la|las|los|el|y|con|sin|en|por|para|que|se|al|una?|dolor\w*|espasm\w*|contractur\w*|subluxaci\w*|ajust\w*|movilidad|rango|asimetr\w*|restricci\w*|restringid\w*|fijaci\w*|manipulaci\w*|hipomovil\w*|hipertoni\w*|mantenimiento|niega)\b/i;

export const maySpanish = (text: string): boolean => MAY_BE_SPANISH.test(text);

let fieldSpanish: { text: string; spanish: boolean } = { text: '', spanish: false };

/** maySpanish for a whole note, kept for the last note asked (its clauses are read in turn). */
export function noteMaySpanish(text: string): boolean {
  if (fieldSpanish.text !== text) fieldSpanish = { text, spanish: MAY_BE_SPANISH.test(text) };
  return fieldSpanish.spanish;
}
