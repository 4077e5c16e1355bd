import { assessContext, type ContextResult } from '../../core';
import { readArgs } from '../args';
import { EXIT_USAGE, UsageError, type Command } from '../command';
import { CONTEXT } from './meta';
import { isRecord, readJsonl } from './read-input';

type Query = { text: string; target: string };

function readQuery(value: unknown): Query | string {
  if (!isRecord(value)) return 'expected an object like {"text": "...", "target": "..."}';
  const { text, target } = value;
  if (typeof text !== 'string' || typeof target !== 'string') return '"text" and "target" must be strings';
  return { text, target };
}

/** Status of the first occurrence of `target` (case-insensitive); a missing target is an error string. */
export function contextOf({ text, target }: Query): ContextResult | string {
  if (target.trim() === '') return 'target is empty';
  const start = text.toLowerCase().indexOf(target.toLowerCase());
  if (start < 0) return `target "${target}" does not occur in the text`;
  const result = assessContext(text, { start, end: start + target.length }, { fieldId: 'text' });
  return { status: result.status, trigger: result.trigger };
}

export const context: Command = {
  ...CONTEXT,
  run: async (args, io) => {
    const { values, flags, positionals } = readArgs(args, { values: ['text', 'target', 'jsonl'], flags: ['json'] });
    if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0] ?? ''}"`);
    const jsonl = values.get('jsonl');
    if (jsonl !== undefined) {
      let failed = false;
      for await (const entry of readJsonl(jsonl, io, readQuery)) {
        const result = 'error' in entry ? entry.error : contextOf(entry.value);
        if (typeof result === 'string') {
          failed = true;
          const error = 'error' in entry ? result : `line ${entry.line}: ${result}`;
          io.stdout(`${JSON.stringify({ line: entry.line, error })}\n`);
          io.stderr(`chartlint context: ${error}\n`);
        } else io.stdout(`${JSON.stringify({ line: entry.line, ...result })}\n`);
      }
      return failed ? EXIT_USAGE : 0;
    }
    const text = values.get('text');
    const target = values.get('target');
    if (text === undefined || target === undefined) throw new UsageError('give --text and --target (or --jsonl)');
    const result = contextOf({ text, target });
    if (typeof result === 'string') throw new UsageError(result);
    if (flags.has('json')) io.stdout(`${JSON.stringify(result)}\n`);
    else io.stdout(`${result.status}${result.trigger ? ` (trigger "${result.trigger.text}" at ${result.trigger.start}-${result.trigger.end})` : ' (no trigger)'}\n`);
    return 0;
  },
};
