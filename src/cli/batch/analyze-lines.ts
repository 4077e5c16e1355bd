import { analyze, sourcesInRelease, type AnalyzeInput, type AnalyzeResult, type CareSetting, type FieldText, type ReleaseStamp } from '../../core';
import { readDateOfService } from '../../kb';
import type { PayerId } from '../../core/chiro/chiro-types';
import { procedureFields, readPayer, readProcedureList } from '../commands/chiro-input';
import { readSetting } from '../commands/setting-input';
import type { RawLine } from '../input/read-lines';
import { Utf8Lines } from './utf8-lines';
import type { VisitChoice } from './visit-lookups';

/** What one batch of lines produced: output lines (in input order, UTF-8), stderr messages, and flags for the exit code. */
export type LinesOutcome = { out: Uint8Array; messages: string[]; failed: boolean; errors: boolean };

type BatchInput = { codes: string[]; text: string; date?: string; procedures: string[]; payer?: PayerId; setting?: CareSetting };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function readBatchInput(value: unknown): BatchInput | string {
  if (!isRecord(value)) return 'expected an object like {"codes": ["M99.61"], "text": "..."}';
  const { codes = [], text, date } = value;
  if (typeof text !== 'string') return '"text" must be a string';
  if (!Array.isArray(codes) || !codes.every((c) => typeof c === 'string')) return '"codes" must be an array of strings';
  // A chiropractic visit's fee ticket and payer ("procedures": ["98941-AT"], "payer": "medicare").
  const procedures = readProcedureList(value['procedures']);
  if (typeof procedures === 'string') return procedures;
  const payer = readPayer(value['payer']);
  if ('error' in payer) return payer.error;
  // The care setting ("setting": "inpatient"): the rule for uncertain diagnoses (core AnalyzeInput.setting).
  const setting = readSetting(value['setting']);
  if ('error' in setting) return setting.error;
  const base: BatchInput = payer.payer ? { codes, text, procedures, payer: payer.payer } : { codes, text, procedures };
  if (setting.setting) base.setting = setting.setting;
  if (date === undefined) return base;
  if (typeof date !== 'string') return '"date" must be a date of service such as "2026-11-03"';
  try {
    return { ...base, date: readDateOfService(date) };
  } catch (error) {
    return `"date": ${error instanceof Error ? error.message : String(error)}`;
  }
}

/**
 * The page the core reads for one note. No diagnosis field when no code was given: the core then
 * judges the codes the note itself names (an exported note's "Assessment: M48.061 ..."), as the
 * text output's codes line says. An empty diagnosis field made it judge none (QA stop 60: a note
 * naming M48.061 beside documented neurogenic claudication printed no verdict and no finding).
 */
export function fieldsOf(codes: string[], text: string, procedures: readonly string[] = []): FieldText[] {
  const note: FieldText = { id: 'note', kind: 'note', text };
  const fields: FieldText[] = codes.length > 0 ? [{ id: 'dx', kind: 'diagnosis', text: codes.join(', ') }, note] : [note];
  for (const field of procedureFields(procedures)) fields.push(field);
  return fields;
}

export const hasError = (r: AnalyzeResult) => r.findings.some((f) => f.severity === 'error');

/** The core's input for one note: its fields, and the payer and care setting when given (absent otherwise). */
export function inputOf(fields: FieldText[], payer: PayerId | undefined, setting: CareSetting | undefined, stamp?: ReleaseStamp): AnalyzeInput {
  const input: AnalyzeInput = payer ? { fields, payer } : { fields };
  if (setting) input.setting = setting;
  // A date the user or the line gave (not today's) reads a cumulative note up to that visit (core dates/visit-entries.ts).
  if (stamp?.dateOfService !== undefined && stamp.dateSource !== 'today') input.dateOfService = stamp.dateOfService;
  return input;
}

/**
 * stampRelease for a result this batch owns and writes out at once: the release goes onto the
 * result and its findings themselves instead of onto copies of them. Why: copying every finding
 * of every note was a cost of its own in a long batch, and the copies were never kept. The JSON
 * is the same: a property added to an object comes after its own, as in the spread copy.
 */
function stampOwned(result: AnalyzeResult, stamp: ReleaseStamp | undefined): AnalyzeResult {
  if (!stamp) return result;
  result.release = stamp;
  const { findings } = result;
  for (let i = 0; i < findings.length; i++) {
    const finding = findings[i] as AnalyzeResult['findings'][number];
    finding.release = stamp.version;
    finding.sources = sourcesInRelease(finding.sources, stamp.version);
  }
  return result;
}

/**
 * The result's JSON with `"line": N` as its first key, the place an error record has it. Spliced
 * into the text rather than spread into the result, which would copy every key of every note's
 * result in a long batch; a result is always an object with keys, so its JSON opens with `{"`.
 */
function withLine(line: number, json: string): string {
  return `{"line":${line},${json.slice(1)}`;
}

/**
 * Analyzes a run of JSON Lines: one output line per input line, in order; a bad line becomes
 * {"line": N, "error": "..."} in its place, and a result starts with the same "line": N (its
 * input line, counted from 1), so a consumer that splits, filters or reorders the output can
 * still join each record to its note. Each note is checked against the release in force on
 * its own date of service (`visit` picks it from the line's "date"). The same function runs in
 * the CLI process and in each worker thread of `analyze --jsonl --jobs N`. The output lines go to
 * `out` (a new buffer unless given one to go on filling), already encoded.
 */
export async function analyzeLines(lines: readonly RawLine[], visit: (date?: string) => Promise<VisitChoice>, out = new Utf8Lines()): Promise<LinesOutcome> {
  const messages: string[] = [];
  let failed = false;
  let errors = false;
  const fail = (line: number, error: string) => {
    failed = true;
    out.add(JSON.stringify({ line, error }));
    messages.push(error);
  };
  for (const entry of lines) {
    if ('error' in entry) {
      fail(entry.line, entry.error);
      continue;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(entry.text);
    } catch (error) {
      fail(entry.line, `line ${entry.line} is not JSON: ${(error as Error).message}`);
      continue;
    }
    const input = readBatchInput(parsed);
    if (typeof input === 'string') {
      fail(entry.line, `line ${entry.line}: ${input}`);
      continue;
    }
    const { lookup, stamp } = await visit(input.date);
    const fields = fieldsOf(input.codes, input.text, input.procedures);
    const result = stampOwned(analyze(inputOf(fields, input.payer, input.setting, stamp), lookup ? { lookup } : {}), stamp);
    errors ||= hasError(result);
    out.add(withLine(entry.line, JSON.stringify(result)));
  }
  return { out: out.bytes(), messages, failed, errors };
}
