import { describe, expect, it } from 'vitest';
import { MAX_QUERY_CHARS } from '../../kb/search';
import { commands } from '.';
import { analyze } from './analyze';
import { codes } from './codes';
import { context } from './context';
import { explain } from './explain';
import { lookup } from './lookup';
import { rules } from './rules';
import { version } from './version';

describe('the command list the CLI starts with', () => {
  it('names each command with the metadata of the code that runs it, in help order', () => {
    const loaded = [version, codes, analyze, context, explain, lookup, rules];
    expect(commands.map((c) => [c.name, c.summary, c.usage])).toEqual(loaded.map((c) => [c.name, c.summary, c.usage]));
  });

  it("states lookup's query limit as the search reads it", () => {
    expect(lookup.usage).toContain(`queries over ${MAX_QUERY_CHARS} characters`);
  });
});
