import pkg from '../../../package.json' with { type: 'json' };
import type { Command } from '../command';
import { VERSION } from './meta';

export const version: Command = {
  ...VERSION,
  run: (_args, io) => {
    io.stdout(`chartlint ${pkg.version}\n`);
    return 0;
  },
};
