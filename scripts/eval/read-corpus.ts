import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';

const corpus = new URL('../../test/corpus/', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, corpus), 'utf8');

export type NegexRow = { id: string; concept: string; sentence: string; negated: boolean; temporality: string; experiencer: string };

/** NegEx annotated rows (test/corpus/negex, tab-separated, header first). */
export function readNegex(): NegexRow[] {
  const lines = read('negex/rsAnnotations-1-120-random.txt').split('\n').slice(1);
  return lines
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [id = '', concept = '', sentence = '', label = '', temporality = '', experiencer = ''] = line.replace(/\r$/, '').split('\t');
      return { id, concept, sentence, negated: label.trim().toLowerCase() === 'negated', temporality: temporality.trim(), experiencer: experiencer.trim() };
    });
}

export type GoldFinding = {
  site: 'foramen' | 'canal' | 'lateral-recess' | 'unspecified';
  levels: string[];
  region: string | null;
  mechanisms: string[];
  severity: string | null;
  status: string;
  kind: 'stenosis' | 'compression';
  evidence: string;
  evidenceStart: number;
  evidenceEnd: number;
};
export type SpineNote = {
  noteId: number;
  sameTextAs: number[];
  text: string;
  findings: GoldFinding[];
  m99Candidates: { code: string; findingIndexes: number[] }[];
};

/** MTSamples spine notes joined with their annotations; one entry per distinct text. */
export function readSpineNotes(): SpineNote[] {
  const rows = parse<Record<string, string>>(read('mtsamples-spine/mtsamples-spine.csv'), { columns: true });
  const textById = new Map(rows.map((r) => [Number(r['']), r['transcription'] ?? '']));
  const notes: SpineNote[] = [];
  for (const line of read('mtsamples-spine/annotations.jsonl').split('\n')) {
    if (!line.trim()) continue;
    const a = JSON.parse(line) as Omit<SpineNote, 'text'>;
    if (a.sameTextAs.some((other) => other < a.noteId)) continue;
    notes.push({ ...a, text: textById.get(a.noteId) ?? '' });
  }
  return notes;
}
