/**
 * What `chartlint help` says about each command: its name, summary and usage, in a module of their own so
 * the CLI can list commands and print usage without loading any command's code (src/cli/commands/index.ts
 * loads a command only when it runs). Each command file spreads its entry here.
 */
import type { Command } from '../command';

export type CommandMeta = Pick<Command, 'name' | 'summary' | 'usage'>;

export const VERSION: CommandMeta = {
  name: 'version',
  summary: 'print the ChartLint version',
  usage: 'chartlint version',
};

export const CODES: CommandMeta = {
  name: 'codes',
  summary: 'list the ICD-10-CM-shaped codes in a text file (or stdin)',
  usage: 'chartlint codes [FILE] [--json]',
};

export const ANALYZE: CommandMeta = {
  name: 'analyze',
  summary: 'audit a note against the entered codes (findings, mentions, checklist)',
  usage:
    'chartlint analyze [--code M99.61 ...] [--procedure 98941-AT ...] [--payer medicare] [--setting outpatient|inpatient] [--file NOTE.txt | stdin] [--date YYYY-MM-DD] [--release FY2027] [--json]\n       chartlint analyze --jsonl BATCH.jsonl [--jobs N] [--date YYYY-MM-DD] [--release FY2027]\n         (one {"codes": [...], "procedures": ["98941-AT"], "payer": "medicare", "setting": "inpatient", "text": "...", "date": "2026-11-03"} per line; "-" reads stdin; a line\'s "date" wins over --date;\n         streamed in constant memory over N threads (this one and N-1 workers), default: every core; output in input order, each record starting with its input "line")\n       codes are checked against the ICD-10-CM release in force on the date of service (default: today)\n       --setting inpatient: an uncertain diagnosis at discharge (probable, suspected, rule out, consistent with) counts as documented (Official Guidelines II.H); outpatient (the default) it does not (IV.H)\n       exit 1 when any finding is an error, 2 for unreadable input (a bad line is reported in its place)',
};

export const CONTEXT: CommandMeta = {
  name: 'context',
  summary: 'status of a phrase in a sentence (negated, uncertain, historical...) and its trigger',
  usage:
    'chartlint context --text "<sentence>" --target "<phrase>" [--json]\n       chartlint context --jsonl BATCH.jsonl   (one {"text": "...", "target": "..."} per line; "-" reads stdin)',
};

export const EXPLAIN: CommandMeta = {
  name: 'explain',
  summary:
    'show ICD-10-CM codes: official title, billable flag, hierarchy, notes; M99 codes get the full reference',
  usage:
    'chartlint explain <code> [<code> ...] [--json | --jsonl] [--date YYYY-MM-DD] [--release FY2027]\n       chartlint explain - --jsonl   (codes one per line on stdin; one JSON object per line out, {"input", "error"} for a bad code)',
};

export const LOOKUP: CommandMeta = {
  name: 'lookup',
  summary: 'find ICD-10-CM codes by code, words, typos, shorthand or lay terms (the popup lookup, offline)',
  usage:
    'chartlint lookup "<query>" [--query "<another>" ...] [--limit N] [--date YYYY-MM-DD | --release FY2027] [--json | --jsonl]\n       chartlint lookup - --jsonl   (queries one per line on stdin; one JSON object per line out)\n       codes of the release in force on the date of service (default: today); words of one query may be given unquoted; queries over 200 characters are read up to there',
};

export const RULES: CommandMeta = {
  name: 'rules',
  summary: 'list every rule: id, title, default severity, families, sources',
  usage: 'chartlint rules [--json]',
};
