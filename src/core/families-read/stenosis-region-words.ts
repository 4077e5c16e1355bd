import { sentenceBounds } from '../text/sentence-bounds';
import type { FieldText, Mention, Region } from '../types';
import { regionWordsIn } from './find-conditions';

/**
 * The M99 regions a dorsopathy region word stands for. The M99 index sends each junction to its
 * upper vertebra's region (families/schemes.ts), so a stenosis mention read in M99's terms holds
 * "cervical" for "cervicothoracic stenosis"; the dorsopathy scheme (M48.0-) has the junction as a
 * region of its own (M48.03), and needs the word back.
 */
const M99_OF: Record<string, readonly Region[]> = {
  'occipito-atlanto-axial': ['head', 'cervical'],
  cervical: ['cervical'],
  cervicothoracic: ['cervical'],
  thoracic: ['thoracic'],
  thoracolumbar: ['thoracic'],
  lumbar: ['lumbar'],
  lumbosacral: ['lumbar'],
  sacral: ['sacral'],
};

/** The words whose M99 region differs from their own in the dorsopathy scheme (REGION_WORDS' junctions). */
const JUNCTION = /\b(?:cervico-?thoracic|thoraco-?lumbar|lumbo-?sacral|atlanto-?axial|occipito-?atlanto|cranio-?(?:cervical|vertebral))/i;

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
    const standFor = words.map((w) => M99_OF[w] ?? []);
    const eachOwn = standFor.every((regions) => regions.some((r) => m.regions.includes(r)));
    const allCovered = m.regions.every((r) => standFor.some((regions) => regions.includes(r)));
    return eachOwn && allCovered ? words : undefined;
  };
}
