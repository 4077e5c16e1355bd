import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';

/**
 * The `transcription` column of every row of the MTSamples spine CSV, in file order (empty rows
 * kept), read with the same CSV parser as the eval (scripts/eval/read-corpus.ts). `root` is the
 * repo root: the bench entries that call this run bundled from a temporary directory.
 */
export function mtsamplesTranscriptions(root: string): string[] {
  const csv = readFileSync(`${root}test/corpus/mtsamples-spine/mtsamples-spine.csv`, 'utf8');
  return parse<Record<string, string>>(csv, { columns: true }).map((r) => r['transcription'] ?? '');
}
