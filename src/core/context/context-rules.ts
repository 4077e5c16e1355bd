import data from './context-rules.json' with { type: 'json' };
import type { Status } from '../types';
import type { WordTable } from './scan-tokens';
import { validateContextData, type ContextCategory, type ContextRule, type SectionRule } from './validate-context-rules';

export type { ContextCategory, ContextDirection, ContextRule, RuleOrigin, SectionRule } from './validate-context-rules';

const checked = validateContextData(data);
/** Every context rule, in file order. */
export const contextRules: ContextRule[] = checked.rules;
/** Section headings that set a default status for what follows ("Past medical history:"). */
export const sectionRules: SectionRule[] = checked.sections;

export const CATEGORY_STATUS: Record<ContextCategory, Status | null> = {
  NEGATED_EXISTENCE: 'negated',
  POSSIBLE_EXISTENCE: 'uncertain',
  HISTORICAL: 'historical',
  HYPOTHETICAL: 'hypothetical',
  FAMILY: 'family',
  PSEUDO: null,
  TERMINATE: null,
};

/**
 * Words as the cue matcher sees them: letters and digits joined by ' / - ("can't", "r/o",
 * "non-compressive"), an optional leading hyphen ("-ve"), or a comma (", mild" ends a scope).
 */
export const TOKEN = /-?[a-z0-9]+(?:['/-][a-z0-9]+)*|,/gi;

type Entry = { tokens: string[]; rules: ContextRule[] };

/** In a literal, "yyyy" stands for any year from 1900 to 2099 ("on the yyyy ct" reads "on the 2019 CT"). */
export const YEAR_TOKEN = 'yyyy';
export const isYear = (word: string) => /^(?:19|20)\d\d$/.test(word);

/**
 * A literal with alternatives, "{earlier|prior} {mri|ct scan}", stands for every combination, so
 * that one rule (one id, one origin) covers a family of phrasings; an empty alternative ("{the|}")
 * drops the word. Expansion happens once, at load.
 *
 * @example expandLiteral('{earlier|prior} mri') // ['earlier mri', 'prior mri']
 */
export function expandLiteral(literal: string): string[] {
  const open = literal.indexOf('{');
  if (open < 0) return [literal.replace(/\s+/g, ' ').trim()];
  const close = literal.indexOf('}', open);
  if (close < 0) throw new Error(`context-rules.json: unclosed "{" in "${literal}"`);
  const head = literal.slice(0, open);
  const tail = literal.slice(close + 1);
  return literal
    .slice(open + 1, close)
    .split('|')
    .flatMap((alt) => expandLiteral(`${head}${alt}${tail}`));
}

/**
 * Rules indexed by their first word, longest literal first, so that at any position the longest
 * cue wins ("no significant change" is a pseudo-trigger before "no significant" negates). Matching
 * walks the words once: linear in the sentence, whatever the number of rules.
 */
export const rulesByFirstToken = new Map<string, Entry[]>();
{
  const byLiteral = new Map<string, Entry>();
  for (const rule of contextRules) {
    for (const literal of expandLiteral(rule.literal)) {
      const tokens = (literal.toLowerCase().match(TOKEN) ?? []) as string[];
      const key = tokens.join(' ');
      const entry = byLiteral.get(key);
      if (entry) {
        if (!entry.rules.includes(rule)) entry.rules.push(rule);
      } else byLiteral.set(key, { tokens, rules: [rule] });
    }
  }
  for (const entry of byLiteral.values()) {
    const first = entry.tokens[0];
    if (first === undefined) continue;
    // Pushed, not copied into a new list per entry: a common first word has hundreds of
    // expanded literals, and every worker the CLI starts builds this map.
    const list = rulesByFirstToken.get(first);
    if (list) list.push(entry);
    else rulesByFirstToken.set(first, [entry]);
  }
  for (const list of rulesByFirstToken.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
}

/**
 * The same literals as a word trie: the matcher walks it one word at a time and stops at the first
 * word no literal continues with, so a common first word ("on", "is") with many expanded literals
 * costs the words it actually shares with them, not one comparison per literal.
 */
export type CueNode = {
  rules?: ContextRule[];
  next: Map<string, CueNode>;
  /** `next` as the matcher looks it up in place, and its year child: built on first use (find-cues.ts). */
  lookup?: { table: WordTable<CueNode>; year: CueNode | undefined };
};
export const cueTrie: CueNode = { next: new Map() };
for (const list of rulesByFirstToken.values()) {
  for (const entry of list) {
    let node = cueTrie;
    for (const token of entry.tokens) {
      let child = node.next.get(token);
      if (!child) node.next.set(token, (child = { next: new Map() }));
      node = child;
    }
    node.rules = entry.rules;
  }
}
