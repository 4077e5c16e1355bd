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
 * A literal as a row of word slots, each a list of alternatives (each a list of words): "{earlier|prior}
 * mri" is [[["earlier"], ["prior"]], [["mri"]]]. Walking the slots into the trie below shares every
 * common prefix, where spelling out each combination first (expandLiteral) made and tokenised every
 * string: the largest rule stands for 3,072 phrasings, and this table is built at every start of
 * the core (each CLI batch worker, the extension). A literal whose braces touch a word's characters
 * ("x-{ray|rays}") may join words across them, so it is spelled out as before.
 */
export function wordSlots(literal: string): string[][][] {
  const lower = literal.toLowerCase();
  const words = (text: string) => (text.match(TOKEN) ?? []) as string[];
  const slots: string[][][] = [];
  let at = 0;
  for (;;) {
    const open = lower.indexOf('{', at);
    if (open < 0) {
      slots.push([words(lower.slice(at))]);
      return slots;
    }
    const close = lower.indexOf('}', open);
    if (close < 0) throw new Error(`context-rules.json: unclosed "{" in "${literal}"`);
    const inner = lower.slice(open + 1, close);
    if (inner.includes('{') || JOINS.test(lower[open - 1] ?? ' ') || JOINS.test(lower[close + 1] ?? ' ')) {
      return [expandLiteral(literal).map((l) => words(l.toLowerCase()))];
    }
    slots.push([words(lower.slice(at, open))], inner.split('|').map(words));
    at = close + 1;
  }
}
/** A character that is not a word boundary for TOKEN (letters, digits, ' / - and a brace that opens another group). */
const JOINS = /[a-z0-9'/{-]/;

export type CueNode = {
  rules: ContextRule[] | undefined;
  /** The words that continue a cue from here; a node no word continues shares NO_WORDS (never written). */
  next: ReadonlyMap<string, CueNode>;
  /** `next` as the matcher looks it up in place, and its year child: built on first use (find-cues.ts). */
  lookup: { table: WordTable<CueNode>; year: CueNode | undefined } | undefined;
};
/**
 * The trie of every rule's expanded literals, by word. A word sequence that several rules spell
 * carries them all, in file order; the longest match wins at matching time (find-cues.ts), so that
 * "no significant change" is a pseudo-trigger before "no significant" negates.
 */
export const cueTrie: CueNode = { rules: undefined, next: new Map(), lookup: undefined };
/**
 * The words after a node that ends every cue through it: shared by all such nodes (three in four of
 * the trie's 11,460), which get a Map of their own only when a word is added after them. Making a
 * Map per node was most of building the trie, a cost every start of the core pays.
 */
const NO_WORDS: ReadonlyMap<string, CueNode> = new Map();
/** The child of `node` for `word`, made (with the node's own Map if it had none) when missing. */
function childFor(node: CueNode, word: string): CueNode {
  let next = node.next as Map<string, CueNode>;
  let child = next.get(word);
  if (child) return child;
  if (next === NO_WORDS) node.next = next = new Map();
  next.set(word, (child = { rules: undefined, next: NO_WORDS, lookup: undefined }));
  return child;
}
/**
 * Adds `rule` under every path of `slots` from slot `k` on, below `node`. One function for every
 * rule, with indexed loops, rather than a closure per rule iterated with for-of: this runs once, at
 * load, mostly in V8's interpreter, where that shape took the trie's build from about 50 to 30 ms
 * of CPU (measured on a loaded 2-core machine). Same paths in the same order either way.
 */
function addPaths(node: CueNode, slots: readonly string[][][], k: number, rule: ContextRule): void {
  if (k === slots.length) {
    // A literal of no words (all its alternatives empty) matches nothing.
    if (node === cueTrie) return;
    if (!node.rules) node.rules = [rule];
    else if (!node.rules.includes(rule)) node.rules.push(rule);
    return;
  }
  const alternatives = slots[k] as string[][];
  for (let a = 0; a < alternatives.length; a++) {
    const words = alternatives[a] as string[];
    let at = node;
    for (let w = 0; w < words.length; w++) at = childFor(at, words[w] as string);
    addPaths(at, slots, k + 1, rule);
  }
}
for (let r = 0; r < contextRules.length; r++) {
  const rule = contextRules[r] as ContextRule;
  addPaths(cueTrie, wordSlots(rule.literal), 0, rule);
}
