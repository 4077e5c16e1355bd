import { readDateOfService, todayIso } from '../../kb';
import { loadSearchIndex, MAX_QUERY_CHARS, searchCodes } from '../../kb/search';
import { readArgs } from '../args';
import { UsageError, type Command } from '../command';
import { LOOKUP } from './meta';
import { itemsFrom, printJson } from './many';

const MAX_LIMIT = 500;

/** Parses --limit: a whole number from 1 to MAX_LIMIT, with a message that says what was wrong. */
function readLimit(value: string | undefined): number {
  if (value === undefined) return 10;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > MAX_LIMIT) throw new UsageError(`--limit must be a whole number from 1 to ${MAX_LIMIT}, got "${value}"`);
  return n;
}

type Index = Awaited<ReturnType<typeof loadSearchIndex>>;

/** The JSON answer for one query (the fields of `lookup --json`; extend, never rename). */
function answer(index: Index, query: string, limit: number) {
  const { query: parsed, hits, unknownCode } = searchCodes(index, query, { limit });
  const release = index.catalog.release;
  return {
    parsed,
    hits,
    unknownCode,
    json: {
      query,
      release: { codeSystem: release.codeSystem, version: release.version },
      code: parsed.code ?? null,
      expanded: parsed.expanded.map((e) => ({ term: e.term, means: e.means, searchAs: e.searchAs })),
      ...(parsed.truncated ? { truncated: true } : {}),
      results: hits.map((h, i) => ({
        rank: i + 1,
        code: h.entry.code,
        title: h.entry.title,
        billable: h.entry.billable,
        chapter: h.entry.chapter.number,
        match: h.match,
        ...(h.field ? { field: h.field } : {}),
        score: h.score,
      })),
    },
  };
}

export const lookup: Command = {
  ...LOOKUP,
  run: async (args, io) => {
    const { positionals, values, multi, flags } = readArgs(args, { values: ['limit', 'date', 'release'], multi: ['query'], flags: ['json', 'jsonl'] });
    const fromStdin = positionals.length === 1 && positionals[0] === '-';
    const queries = fromStdin ? await itemsFrom(positionals, io) : [...(positionals.length ? [positionals.join(' ')] : []), ...(multi.get('query') ?? [])];
    if (!queries.some((q) => q.trim())) throw new UsageError('lookup needs a query, e.g. chartlint lookup "foram sten head" or chartlint lookup m9960');
    const limit = readLimit(values.get('limit'));
    // The codes of the release in force on the date of service (default today), or of --release.
    const release = values.get('release');
    const date = values.get('date');
    let dateOfService: string;
    try {
      dateOfService = date === undefined ? todayIso() : readDateOfService(date);
    } catch (error) {
      throw new UsageError(`--date: ${error instanceof Error ? error.message : String(error)}`);
    }
    let index: Index;
    try {
      index = await loadSearchIndex(release ? { release } : { dateOfService });
    } catch (error) {
      if (error instanceof Error && /is not loaded in ChartLint/.test(error.message)) throw new UsageError(error.message);
      throw error;
    }
    const mode = flags.has('jsonl') ? 'jsonl' : flags.has('json') ? 'json' : 'text';
    if (mode !== 'text') {
      printJson(io, queries.map((q) => answer(index, q, limit).json), mode, queries.length === 1 && !fromStdin);
      return 0;
    }
    for (const [i, query] of queries.entries()) {
      const { parsed, hits, unknownCode } = answer(index, query, limit);
      if (queries.length > 1) io.stdout(`${i ? '\n' : ''}== ${query}\n`);
      if (parsed.truncated) io.stdout(`(query longer than ${MAX_QUERY_CHARS} characters: searched its start)\n`);
      for (const e of parsed.expanded) io.stdout(`(${e.term.toUpperCase()} = ${e.means}; searched as "${e.searchAs}")\n`);
      if (unknownCode && hits.length > 0) io.stdout(`(${unknownCode} is not an ICD-10-CM ${index.catalog.release.version} code; nearest matches:)\n`);
      if (hits.length === 0) io.stdout(`no ICD-10-CM ${index.catalog.release.version} codes match "${query.length > 80 ? `${query.slice(0, 80)}…` : query}"\n`);
      for (const h of hits) io.stdout(`${h.entry.code.padEnd(9)}${h.entry.billable ? 'billable' : 'header  '}  ${h.entry.title}\n`);
    }
    return 0;
  },
};
