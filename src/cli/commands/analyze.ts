import { analyze as analyzeFields, stampRelease, type AnalyzeResult, type FieldText } from '../../core';
import { lookupForVisit, readDateOfService } from '../../kb';
import { readArgs } from '../args';
import { EXIT_USAGE, UsageError, type Command } from '../command';
import type { PayerId } from '../../core/chiro/chiro-types';
import { procedureFields, readPayer, readProcedureList } from './chiro-input';
import { formatResult } from './format-result';
import { isRecord, parseJsonl, readText } from './read-input';

type BatchInput = { codes: string[]; text: string; date?: string; procedures: string[]; payer?: PayerId };

function readBatchInput(value: unknown): BatchInput | string {
  if (!isRecord(value)) return 'expected an object like {"codes": ["M99.61"], "text": "..."}';
  const { codes = [], text, date } = value;
  if (typeof text !== 'string') return '"text" must be a string';
  if (!Array.isArray(codes) || !codes.every((c) => typeof c === 'string')) return '"codes" must be an array of strings';
  const procedures = readProcedureList(value['procedures']);
  const payer = readPayer(value['payer']);
  if (typeof procedures === 'string') return procedures;
  if ('error' in payer) return payer.error;
  const base: BatchInput = payer.payer ? { codes, text, procedures, payer: payer.payer } : { codes, text, procedures };
  if (date === undefined) return base;
  if (typeof date !== 'string') return '"date" must be a date of service such as "2026-11-03"';
  try {
    return { ...base, date: readDateOfService(date) };
  } catch (error) {
    return `"date": ${error instanceof Error ? error.message : String(error)}`;
  }
}

function fieldsOf(codes: string[], text: string, procedures: string[] = []): FieldText[] {
  return [
    { id: 'dx', kind: 'diagnosis', text: codes.join(', ') },
    { id: 'note', kind: 'note', text },
    ...procedureFields(procedures),
  ];
}

function readDateOfServiceOrUsage(text: string): void {
  try {
    readDateOfService(text);
  } catch (error) {
    throw new UsageError(`--date: ${error instanceof Error ? error.message : String(error)}`);
  }
}

const hasError = (r: AnalyzeResult) => r.findings.some((f) => f.severity === 'error');

export const analyze: Command = {
  name: 'analyze',
  summary: 'audit a note against the entered codes (findings, mentions, checklist)',
  usage:
    'chartlint analyze [--code M99.61 ...] [--procedure 98941-AT ...] [--payer medicare] [--file NOTE.txt | stdin] [--date YYYY-MM-DD] [--release FY2027] [--json]\n       chartlint analyze --jsonl BATCH.jsonl   (one {"codes": [...], "procedures": ["98941-AT"], "payer": "medicare", "text": "...", "date": "2026-11-03"} per line; "-" reads stdin)\n       codes are checked against the ICD-10-CM release in force on the date of service (default: today)\n       exit 1 when any finding is an error, 2 for unreadable input',
  run: async (args, io) => {
    const { values, multi, flags, positionals } = readArgs(args, { values: ['file', 'jsonl', 'date', 'release', 'payer'], multi: ['code', 'procedure'], flags: ['json'] });
    const date = values.get('date');
    if (date !== undefined) readDateOfServiceOrUsage(date);
    const release = values.get('release');
    const visit = (lineDate?: string) => {
      const when = lineDate ?? date;
      return lookupForVisit({ ...(when ? { date: when } : {}), ...(release ? { setting: release } : {}) });
    };
    if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0] ?? ''}" (use --file for a note file)`);
    const jsonl = values.get('jsonl');
    if (jsonl !== undefined && (values.has('file') || multi.has('code'))) throw new UsageError('--jsonl carries codes and text per line; do not combine it with --code or --file');
    if (jsonl !== undefined && (multi.has('procedure') || values.has('payer'))) throw new UsageError('--jsonl carries procedures and payer per line; do not combine it with --procedure or --payer');
    const payerArg = readPayer(values.get('payer'));
    if ('error' in payerArg) throw new UsageError(payerArg.error.replace('"payer"', '--payer'));
    const { payer } = payerArg;
    // Read (and reject) the input before loading the catalog, which takes seconds.
    if (jsonl !== undefined) {
      const lines = parseJsonl(await readText(jsonl, io), readBatchInput);
      let failed = false;
      let errors = false;
      for (const entry of lines) {
        if ('error' in entry) {
          failed = true;
          io.stdout(`${JSON.stringify({ line: entry.line, error: entry.error })}\n`);
          io.stderr(`chartlint analyze: ${entry.error}\n`);
          continue;
        }
        const { codes, text, procedures, payer: linePayer } = entry.value;
        const fields = fieldsOf(codes, text, procedures);
        const { lookup, stamp } = await visit(entry.value.date);
        const result = stampRelease(analyzeFields(linePayer ? { fields, payer: linePayer } : { fields }, lookup ? { lookup } : {}), stamp);
        errors ||= hasError(result);
        io.stdout(`${JSON.stringify(result)}\n`);
      }
      return failed ? EXIT_USAGE : errors ? 1 : 0;
    }

    const text = await readText(values.get('file'), io);
    const codes = multi.get('code') ?? [];
    const procedures = multi.get('procedure') ?? [];
    if (text.trim() === '' && codes.length === 0) throw new UsageError('nothing to analyze: give --code and a note (--file or stdin)');
    const { lookup, stamp } = await visit();
    const fields = fieldsOf(codes, text, procedures);
    const result = stampRelease(analyzeFields(payer ? { fields, payer } : { fields }, lookup ? { lookup } : {}), stamp);
    io.stdout(flags.has('json') ? `${JSON.stringify(result, null, 2)}\n` : formatResult(result));
    return hasError(result) ? 1 : 0;
  },
};
