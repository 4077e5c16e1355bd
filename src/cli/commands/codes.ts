import { findCodes } from '../../core';
import { type Command } from '../command';
import { CODES } from './meta';
import { readArgs } from '../args';
import { readText } from './read-input';

export const codes: Command = {
  ...CODES,
  run: async (args, io) => {
    const { positionals, flags } = readArgs(args, { flags: ['json'] });
    const file = positionals[0];
    // UTF-8 or UTF-16 text; binary input is refused (exit 2) rather than read as junk "codes".
    const text = await readText(file, io);
    const found = findCodes({ id: file ?? 'stdin', kind: 'diagnosis', text });
    if (flags.has('json')) io.stdout(`${JSON.stringify(found, null, 2)}\n`);
    else for (const c of found) io.stdout(`${c.code}\t${c.span.start}-${c.span.end}\t${c.span.text}\n`);
    return 0;
  },
};
