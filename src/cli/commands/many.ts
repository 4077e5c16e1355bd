import type { CliIo } from '../command';
import { readText } from './read-input';

/**
 * The items a command was asked about: its arguments, or, for a lone "-", one item per line of
 * standard input (blank lines skipped), so `cut -f1 codes.tsv | chartlint explain - --jsonl` works.
 */
export async function itemsFrom(args: string[], io: CliIo): Promise<string[]> {
  if (args.length === 1 && args[0] === '-') {
    return (await readText('-', io))
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter((l) => l !== '');
  }
  return args;
}

/** How several results are printed: --jsonl one compact object per line; --json one array (one object when one item). */
export function printJson(io: CliIo, results: unknown[], mode: 'json' | 'jsonl', single: boolean): void {
  if (mode === 'jsonl') for (const r of results) io.stdout(`${JSON.stringify(r)}\n`);
  else io.stdout(`${JSON.stringify(single ? results[0] : results, null, 2)}\n`);
}
