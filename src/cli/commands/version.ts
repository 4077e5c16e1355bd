import pkg from '../../../package.json' with { type: 'json' };
import type { Command } from '../command';

export const version: Command = {
  name: 'version',
  summary: 'print the ChartLint version',
  usage: 'chartlint version',
  run: (_args, io) => {
    io.stdout(`chartlint ${pkg.version}\n`);
    return 0;
  },
};
