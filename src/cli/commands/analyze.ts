import { readDateOfService, todayIso } from '../../kb';
import { readArgs } from '../args';
import { loadReleaseCodeLookup } from '../batch/code-lookup';
import { defaultJobs, runAnalyzeBatch } from '../batch/run-batch';
import { visitLookups, type VisitDefaults } from '../batch/visit-lookups';
import { loadBatchCode } from '../batch/load-batch-code';
import { EXIT_USAGE, UsageError, type CliIo, type Command } from '../command';
import { ANALYZE } from './meta';
import { byteSource, readLineRuns } from '../input/read-lines';
import { readText } from './read-input';

/** Parses --jobs: a whole number of threads that analyze (this one and jobs - 1 workers) from 1 to 256. */
function readJobs(value: string | undefined): number {
  if (value === undefined) return defaultJobs();
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 256) throw new UsageError(`--jobs must be a whole number from 1 to 256, got "${value}"`);
  return n;
}

function readDateOfServiceOrUsage(text: string): string {
  try {
    return readDateOfService(text);
  } catch (error) {
    throw new UsageError(`--date: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * What the one note of `analyze --code/--file` needs. The built CLI takes it from the batch bundle
 * through its code cache (load-batch-code.ts), under the batch's V8 flags, which the cache needs;
 * from source, the modules themselves.
 *
 * Why: the core's ES module chunk is parsed and compiled on every start (Node 20 keeps no code
 * cache for ES modules), and each function again on its first call; the cache holds the compiled
 * bytecode of the functions an analysis runs. The same choice for a short --jsonl batch took one
 * note from 1.67 G to 1.44 G instructions (cachegrind; see run-batch.ts).
 */
async function loadForOneNote(io: CliIo, defaults: VisitDefaults) {
  io.tuneJitForBatch?.();
  const bundled = loadBatchCode();
  if (bundled) return { ...bundled, visit: bundled.visitLookups(defaults, bundled.loadReleaseCodeLookup) };
  const [core, lines, chiro, format, setting, codeArgs] = await Promise.all([
    import('../../core'),
    import('../batch/analyze-lines'),
    import('./chiro-input'),
    import('./format-result'),
    import('./setting-input'),
    import('../input/code-args'),
  ]);
  return {
    analyze: core.analyze,
    stampRelease: core.stampRelease,
    fieldsOf: lines.fieldsOf,
    hasError: lines.hasError,
    inputOf: lines.inputOf,
    readPayer: chiro.readPayer,
    readProcedureList: chiro.readProcedureList,
    formatResult: format.formatResult,
    readSetting: setting.readSetting,
    unreadCodeArg: codeArgs.unreadCodeArg,
    visit: visitLookups(defaults, loadReleaseCodeLookup),
  };
}

export const analyze: Command = {
  ...ANALYZE,
  run: async (args, io) => {
    const { values, multi, flags, positionals } = readArgs(args, { values: ['file', 'jsonl', 'jobs', 'date', 'release', 'payer', 'setting'], multi: ['code', 'procedure'], flags: ['json'] });
    const date = values.get('date');
    const release = values.get('release');
    // Today is fixed once per run, so every worker of a batch reads the same date for undated lines.
    const defaults: VisitDefaults = { ...(date !== undefined ? { date: readDateOfServiceOrUsage(date) } : {}), ...(release ? { release } : {}), today: todayIso() };
    if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0] ?? ''}" (use --file for a note file)`);
    const jsonl = values.get('jsonl');
    if (jsonl !== undefined && (values.has('file') || multi.has('code'))) throw new UsageError('--jsonl carries codes and text per line; do not combine it with --code or --file');
    if (jsonl !== undefined && (multi.has('procedure') || values.has('payer'))) throw new UsageError('--jsonl carries procedures and payer per line; do not combine it with --procedure or --payer');
    if (jsonl !== undefined && values.has('setting')) throw new UsageError('--jsonl carries the care setting per line ("setting": "inpatient"); do not combine it with --setting');
    if (jsonl !== undefined) {
      const jobs = readJobs(values.get('jobs'));
      const source = byteSource(jsonl, io);
      const { failed, errors } = await runAnalyzeBatch(readLineRuns(source.name, source.bytes), io, jobs, defaults, loadReleaseCodeLookup);
      return failed ? EXIT_USAGE : errors ? 1 : 0;
    }

    // The core is loaded only here, for one note; a batch loads it in run-batch.ts.
    const { analyze: analyzeFields, stampRelease, fieldsOf, hasError, inputOf, readPayer, readProcedureList, formatResult, readSetting, unreadCodeArg, visit } = await loadForOneNote(io, defaults);
    const payerArg = readPayer(values.get('payer'));
    if ('error' in payerArg) throw new UsageError(payerArg.error.replace('"payer"', '--payer'));
    const { payer } = payerArg;
    const settingArg = readSetting(values.get('setting'));
    if ('error' in settingArg) throw new UsageError(settingArg.error.replace('"setting"', '--setting'));
    if (values.has('jobs')) throw new UsageError('--jobs applies to --jsonl batches');

    const text = await readText(values.get('file'), io);
    const codes = multi.get('code') ?? [];
    for (const value of codes) {
      const unread = unreadCodeArg(value);
      if (unread) throw new UsageError(unread);
    }
    const procedureList = readProcedureList(multi.get('procedure'));
    if (typeof procedureList === 'string') throw new UsageError(procedureList.replace('"procedures"', '--procedure'));
    const procedures = procedureList;
    if (text.trim() === '' && codes.length === 0) throw new UsageError('nothing to analyze: give --code and a note (--file or stdin)');
    const { lookup, stamp } = await visit();
    const fields = fieldsOf(codes, text, procedures);
    const result = stampRelease(analyzeFields(inputOf(fields, payer, settingArg.setting, stamp), lookup ? { lookup } : {}), stamp);
    io.stdout(flags.has('json') ? `${JSON.stringify(result, null, 2)}\n` : formatResult(result));
    return hasError(result) ? 1 : 0;
  },
};
