import { UsageError } from './command';

/**
 * A small argument reader: `--name value`, repeated flags, boolean flags and positionals.
 * `node:util` parseArgs would do, but its errors are not phrased for our users.
 */
export function readArgs(args: string[], spec: { values?: string[]; multi?: string[]; flags?: string[] }) {
  const values = new Map<string, string>();
  const multi = new Map<string, string[]>();
  const flags = new Set<string>();
  const positionals: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (!arg.startsWith('--')) {
      positionals.push(arg);
      continue;
    }
    const [name = '', inline] = arg.slice(2).split(/=(.*)/s, 2);
    if (spec.flags?.includes(name)) {
      flags.add(name);
      continue;
    }
    const isMulti = spec.multi?.includes(name) ?? false;
    if (!isMulti && !spec.values?.includes(name)) throw new UsageError(`unknown option --${name}`);
    const value = inline ?? args[++i];
    if (value === undefined) throw new UsageError(`--${name} needs a value`);
    if (isMulti) multi.set(name, [...(multi.get(name) ?? []), value]);
    else values.set(name, value);
  }
  return { values, multi, flags, positionals };
}
