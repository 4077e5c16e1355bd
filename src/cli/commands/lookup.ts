import { readDateOfService, todayIso } from '../../kb';
import { loadSearchIndex, searchCodes } from '../../kb/search';
import { readArgs } from '../args';
import { UsageError, type Command } from '../command';

const MAX_LIMIT = 500;

/** Parses --limit: a whole number from 1 to MAX_LIMIT, with a message that says what was wrong. */
function readLimit(value: string | undefined): number {
  if (value === undefined) return 10;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > MAX_LIMIT) throw new UsageError(`--limit must be a whole number from 1 to ${MAX_LIMIT}, got "${value}"`);
  return n;
}

export const lookup: Command = {
  name: 'lookup',
  summary: 'find ICD-10-CM codes by code, words, typos or shorthand (the popup lookup, offline)',
  usage: 'chartlint lookup "<query>" [--limit N] [--date YYYY-MM-DD | --release FY2027] [--json]',
  run: async (args, io) => {
    const { positionals, values, flags } = readArgs(args, { values: ['limit', 'date', 'release'], flags: ['json'] });
    const query = positionals.join(' ');
    if (!query.trim()) throw new UsageError('lookup needs a query, e.g. chartlint lookup "foram sten head" or chartlint lookup m9960');
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
    let index: Awaited<ReturnType<typeof loadSearchIndex>>;
    try {
      index = await loadSearchIndex(release ? { release } : { dateOfService });
    } catch (error) {
      if (error instanceof Error && /is not loaded in ChartLint/.test(error.message)) throw new UsageError(error.message);
      throw error;
    }
    const { query: parsed, hits } = searchCodes(index, query, { limit });
    if (flags.has('json')) {
      const release = index.catalog.release;
      const out = {
        query,
        release: { codeSystem: release.codeSystem, version: release.version },
        code: parsed.code ?? null,
        expanded: parsed.expanded.map((e) => ({ term: e.term, means: e.means, searchAs: e.searchAs })),
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
      };
      io.stdout(`${JSON.stringify(out, null, 2)}\n`);
      return 0;
    }
    for (const e of parsed.expanded) io.stdout(`(${e.term.toUpperCase()} = ${e.means}; searched as "${e.searchAs}")\n`);
    if (hits.length === 0) io.stdout(`no ICD-10-CM ${index.catalog.release.version} codes match "${query}"\n`);
    for (const h of hits) io.stdout(`${h.entry.code.padEnd(9)}${h.entry.billable ? 'billable' : 'header  '}  ${h.entry.title}\n`);
    return 0;
  },
};
