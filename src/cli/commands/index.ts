import type { Command } from '../command';
import { analyze } from './analyze';
import { context } from './context';
import { codes } from './codes';
import { explain } from './explain';
import { lookup } from './lookup';
import { rules } from './rules';
import { version } from './version';

/** Every CLI command, in the order `chartlint help` lists them. Add new commands here. */
export const commands: Command[] = [version, codes, analyze, context, explain, lookup, rules];
