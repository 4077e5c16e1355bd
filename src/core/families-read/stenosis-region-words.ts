import { regionOfLevel, schemeById } from '../families/schemes';
import { sentenceBounds } from '../text/sentence-bounds';
import type { FieldText, Mention } from '../types';
import { REGION_WORDS } from './condition-lexicon';
import { regionWordsIn } from './find-conditions';

/**
 * The M99 regions of each dorsopathy region the scheme defines by its levels (the junctions and the
 * occipito-atlanto-axial region), read from the two schemes (families/schemes.ts): the M99 index
 * sends a junction to its upper vertebra's region, so a stenosis mention read in M99's terms holds
 * "cervical" for "cervicothoracic stenosis", where the dorsopathy scheme (M48.0-) has the junction
 * as a region of its own (M48.03) and needs the word back. Every other dorsopathy region word names
 * the M99 region of the same id (cervical, thoracic, lumbar, sacral).
 */
const M99_OF = new Map(
  schemeById('dorsopathy')
    .levelMap.filter((rule) => rule.levels)
    .map((rule) => [rule.region, [...new Set((rule.levels ?? []).flatMap((level) => regionOfLevel('m99', level)?.region.id ?? []))]] as const),
);
const m99Of = (word: string): readonly string[] => M99_OF.get(word) ?? [word];

/** The words of those regions (condition-lexicon.ts REGION_WORDS): only they read differently in the two schemes. */
const JUNCTION = new RegExp(
  REGION_WORDS.filter((w) => M99_OF.has(w.region))
    .map((w) => w.pattern.source)
    .join('|'),
  'i',
);

/**
 * A reader of the dorsopathy region words of a stenosis mention placed by region words only (no
 * level): the region words of its sentence, when they are the words it took its regions from
 * (each word stands for one of the mention's M99 regions, and together they stand for all of
 * them). Undefined otherwise (its region came from another sentence of the note, or the sentence
 * names other regions too): the mention's M99 regions then name the same places in both schemes.
 * Only a junction word reads differently in the two schemes, so a note without one is searched once
 * and no sentence of it is read, and a sentence is read once for all its mentions.
 */
export function stenosisRegionWords(notes: readonly FieldText[]): (m: Mention) => string[] | undefined {
  const bySentence = new Map<string, string[]>();
  /** Whether each note names a junction at all, asked only once a mention needs it. */
  const junctionIn = new Map<FieldText, boolean>();
  return (m) => {
    if (m.levels.length > 0 || m.regions.length === 0) return undefined;
    const note = notes.find((n) => n.id === m.span.fieldId);
    if (!note) return undefined;
    let junction = junctionIn.get(note);
    if (junction === undefined) junctionIn.set(note, (junction = JUNCTION.test(note.text)));
    if (!junction) return undefined;
    const sentence = sentenceBounds(note.text, m.span.start, m.span.end);
    const key = `${note.id}\u0000${sentence.start}`;
    let words = bySentence.get(key);
    if (!words) bySentence.set(key, (words = regionWordsIn(note.text.slice(sentence.start, sentence.end))));
    if (words.length === 0) return undefined;
    const standFor = words.map(m99Of);
    const eachOwn = standFor.every((regions) => regions.some((r) => (m.regions as readonly string[]).includes(r)));
    const allCovered = m.regions.every((r) => standFor.some((regions) => regions.includes(r)));
    return eachOwn && allCovered ? words : undefined;
  };
}
