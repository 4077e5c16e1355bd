import { readFile } from 'node:fs/promises';
import { findCodes } from '../../core';
import { UsageError, type Command } from '../command';
import { readArgs } from '../args';

export const codes: Command = {
  name: 'codes',
  summary: 'list the ICD-10-CM-shaped codes in a text file (or stdin)',
  usage: 'chartlint codes [FILE] [--json]',
  run: async (args, io) => {
    const { positionals, flags } = readArgs(args, { flags: ['json'] });
    const file = positionals[0];
    let text: string;
    try {
      text = file ? await readFile(file, 'utf8') : await io.readStdin();
    } catch (error) {
      throw new UsageError(`cannot read ${file ?? 'stdin'}: ${(error as Error).message}`);
    }
    const found = findCodes({ id: file ?? 'stdin', kind: 'diagnosis', text });
    if (flags.has('json')) io.stdout(`${JSON.stringify(found, null, 2)}\n`);
    else for (const c of found) io.stdout(`${c.code}\t${c.span.start}-${c.span.end}\t${c.span.text}\n`);
    return 0;
  },
};
