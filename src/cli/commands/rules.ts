import { RULE_INFO } from '../../core';
import { readArgs } from '../args';
import { UsageError, type Command } from '../command';
import { RULES } from './meta';

/** `chartlint rules`: the rule registry as the extension's options page shows it. */
export const rules: Command = {
  ...RULES,
  run: (args, io) => {
    const { flags, positionals } = readArgs(args, { flags: ['json'] });
    if (positionals.length > 0) throw new UsageError(`rules takes no arguments (got "${positionals.join(' ')}")`);
    if (flags.has('json')) {
      io.stdout(`${JSON.stringify(RULE_INFO, null, 2)}\n`);
      return 0;
    }
    const width = Math.max(...RULE_INFO.map((r) => r.id.length));
    const lines = RULE_INFO.map((r) => `${r.id.padEnd(width)}  ${r.defaultSeverity.padEnd(7)}  ${r.title}\n${' '.repeat(width + 11)}${r.help}`);
    io.stdout(`${lines.join('\n')}\n`);
    return 0;
  },
};
