import type { Command } from '../command';
import { ANALYZE, CODES, CONTEXT, EXPLAIN, LOOKUP, RULES, type CommandMeta } from './meta';
import { version } from './version';

/**
 * A command whose code loads when it runs: `chartlint version` and `help` then start without
 * evaluating the core, the knowledge base or the search index (each command is its own chunk in
 * the built CLI), which is most of a cold start.
 */
function lazy(meta: CommandMeta, load: () => Promise<Command>, options: { catalogs?: true } = {}): Command {
  return {
    ...meta,
    run: async (args, io) => {
      // Commands that read code titles use the built CLI's per-category catalog tables when present.
      if (options.catalogs) (await import('../catalog-tables')).installCatalogTables();
      return (await load()).run(args, io);
    },
  };
}

/** Every CLI command, in the order `chartlint help` lists them. Add new commands here and in ./meta. */
export const commands: Command[] = [
  version,
  lazy(CODES, () => import('./codes').then((m) => m.codes)),
  lazy(ANALYZE, () => import('./analyze').then((m) => m.analyze), { catalogs: true }),
  lazy(CONTEXT, () => import('./context').then((m) => m.context)),
  lazy(EXPLAIN, () => import('./explain').then((m) => m.explain), { catalogs: true }),
  lazy(LOOKUP, () => import('./lookup').then((m) => m.lookup), { catalogs: true }),
  lazy(RULES, () => import('./rules').then((m) => m.rules)),
];
