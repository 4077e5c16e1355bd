import type { Status } from '../types';

// context-rules.json is data that people edit; a typo in an origin, a category or a section's
// status would otherwise pass silently (a rule with no source, a section that sets no status).
// The file is checked once at load and a bad entry fails with its id and the field at fault.

export const CONTEXT_CATEGORIES = ['NEGATED_EXISTENCE', 'POSSIBLE_EXISTENCE', 'HISTORICAL', 'HYPOTHETICAL', 'FAMILY', 'PSEUDO', 'TERMINATE'] as const;
export const CONTEXT_DIRECTIONS = ['forward', 'backward', 'bidirectional', 'terminate', 'pseudo'] as const;
/** Where a rule or section comes from: the closed set of sources named in the file's `origins`. */
export const RULE_ORIGINS = ['NegEx', 'ConText', 'medspaCy', 'ours'] as const;
const STATUSES: readonly Status[] = ['affirmed', 'negated', 'uncertain', 'historical', 'hypothetical', 'family'];

export type ContextCategory = (typeof CONTEXT_CATEGORIES)[number];
export type ContextDirection = (typeof CONTEXT_DIRECTIONS)[number];
export type RuleOrigin = (typeof RULE_ORIGINS)[number];

/** One ConText rule, as kept in context-rules.json (medspaCy's shape plus id, origin and scope cap). */
export type ContextRule = {
  id: string;
  literal: string;
  category: ContextCategory;
  direction: ContextDirection;
  origin: RuleOrigin;
  /** Scope cap in words, for short-reaching cues such as "normal" or "may". */
  maxScope?: number;
  /**
   * A terminator that states an exception ("except", "other than"): the levels named after it are
   * where the statement before it does not hold (mentions/describe-window.ts, exceptionAt).
   */
  exception?: boolean;
  /**
   * A pseudo-trigger that says the finding before it is there today ("is again
   * demonstrated", "has progressed"): a historical cue before that finding ("previously seen")
   * then names an earlier report of it, not a past condition (context/assess-context.ts).
   */
  current?: boolean;
  /**
   * A backward cue read only as the whole answer of a label: right after the label's colon and
   * ending its clause ("Myelopathy: absent", "Foraminal stenosis at C5-6: no"). Mid-sentence the
   * same word reads forward only ("absent reflexes").
   */
  answer?: boolean;
  /**
   * A backward cue read only where it ends its clause, perhaps past the level the finding is at:
   * a hedge after the finding ("Discogenic pain likely.", "stenosis at L4-5, likely."). Followed
   * by more words ("likely COPD exacerbation", "likely degenerative") it reads forward only.
   */
  clauseEnd?: boolean;
  /**
   * A history cue that names what an operation treated ("decompression for", "surgery for"): its
   * forward scope reads past a `joinsFinding` terminator, so the with-phrase the reason goes on
   * with is history too ("decompression for stenosis with right L4 radiculopathy").
   */
  reason?: boolean;
  /**
   * A terminator that starts a with-phrase joined to the finding before it ("with right",
   * term-with-side): it ends every scope but a `reason` cue's.
   */
  joinsFinding?: boolean;
  /**
   * A hedge that sets two items of a differential side by side ("myelopathy vs peripheral
   * neuropathy"): it speaks of the item right before and right after it only, not of a finding past
   * a comma or a word that starts a phrase of its own ("surgery versus injection for L5
   * radiculopathy"), nor of any finding when the two items are levels, sides or grades of one
   * finding ("L4 vs L5 radiculopathy", "mild vs moderate stenosis": the finding is not in doubt).
   * See context/differential.ts.
   */
  differential?: boolean;
  /**
   * A forward cue that is also written as a heading ("Hx:", "HX -", "Hx" alone on its line, the
   * history of present illness that follows): it reads forward only where it does not stand as
   * such a label, with a word of the same line after it ("hx lumbar stenosis", "h/o DDD").
   */
  notLabel?: boolean;
  /**
   * A backward negation that tells the state of the words right before it ("HA resolved"): past a
   * comma or semicolon it does not reach a finding when its own clause names a subject of its own
   * ("Neck pain 3/10, headaches resolved"). See context/own-subject.ts.
   */
  ownClause?: boolean;
  note?: string;
};

export type SectionRule = {
  id: string;
  pattern: string;
  status: Status;
  origin: RuleOrigin;
  /** The status reaches the end of the heading's first sentence only, not the next heading. */
  sentence?: boolean;
  note?: string;
};

export type ContextData = { rules: ContextRule[]; sections: SectionRule[] };

const FILE = 'context-rules.json';

function oneOf<T extends string>(value: unknown, allowed: readonly T[], where: string): T {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw new Error(`${FILE}: ${where} is ${JSON.stringify(value)}; expected one of ${allowed.join(', ')}`);
}

function text(value: unknown, where: string): string {
  if (typeof value === 'string' && value.trim() !== '') return value;
  throw new Error(`${FILE}: ${where} must be a non-empty string`);
}

/** Checks the parsed file and returns it typed; throws naming the first bad entry. */
export function validateContextData(raw: unknown): ContextData {
  const file = raw as { origins?: Record<string, unknown>; rules?: unknown; sections?: unknown } | null;
  const origins = file?.origins ?? {};
  for (const origin of RULE_ORIGINS) text(origins[origin], `origins.${origin}`);
  for (const key of Object.keys(origins)) oneOf(key, RULE_ORIGINS, `origins key "${key}"`);
  if (!Array.isArray(file?.rules)) throw new Error(`${FILE}: "rules" must be a list`);
  if (!Array.isArray(file.sections)) throw new Error(`${FILE}: "sections" must be a list`);
  const ids = new Set<string>();
  const rules = (file.rules as (Record<string, unknown> | null)[]).map((rule, index) => {
    const id = text(rule?.id, `rule #${index} id`);
    if (ids.has(id)) throw new Error(`${FILE}: rule "${id}" appears twice`);
    ids.add(id);
    if (!rule) throw new Error(`${FILE}: rule #${index} is empty`);
    text(rule.literal, `rule "${id}" literal`);
    oneOf(rule.category, CONTEXT_CATEGORIES, `rule "${id}" category`);
    oneOf(rule.direction, CONTEXT_DIRECTIONS, `rule "${id}" direction`);
    oneOf(rule.origin, RULE_ORIGINS, `rule "${id}" origin`);
    if (rule.maxScope !== undefined && !(Number.isInteger(rule.maxScope) && (rule.maxScope as number) > 0)) {
      throw new Error(`${FILE}: rule "${id}" maxScope must be a positive whole number of words`);
    }
    if (rule.exception !== undefined && !(rule.exception === true && rule.direction === 'terminate')) {
      throw new Error(`${FILE}: rule "${id}" exception must be true, on a terminator`);
    }
    if (rule.current !== undefined && !(rule.current === true && rule.category === 'PSEUDO')) {
      throw new Error(`${FILE}: rule "${id}" current must be true, on a pseudo-trigger`);
    }
    if (rule.answer !== undefined && !(rule.answer === true && rule.direction === 'backward')) {
      throw new Error(`${FILE}: rule "${id}" answer must be true, on a backward rule`);
    }
    if (rule.clauseEnd !== undefined && !(rule.clauseEnd === true && rule.direction === 'backward')) {
      throw new Error(`${FILE}: rule "${id}" clauseEnd must be true, on a backward rule`);
    }
    if (
      rule.reason !== undefined &&
      !(rule.reason === true && rule.category === 'HISTORICAL' && rule.direction === 'forward')
    ) {
      throw new Error(`${FILE}: rule "${id}" reason must be true, on a forward history rule`);
    }
    if (rule.joinsFinding !== undefined && !(rule.joinsFinding === true && rule.direction === 'terminate')) {
      throw new Error(`${FILE}: rule "${id}" joinsFinding must be true, on a terminator`);
    }
    if (
      rule.differential !== undefined &&
      !(rule.differential === true && rule.category === 'POSSIBLE_EXISTENCE' && (rule.direction === 'forward' || rule.direction === 'backward'))
    ) {
      throw new Error(`${FILE}: rule "${id}" differential must be true, on a forward or backward hedge`);
    }
    if (rule.notLabel !== undefined && !(rule.notLabel === true && rule.direction === 'forward')) {
      throw new Error(`${FILE}: rule "${id}" notLabel must be true, on a forward rule`);
    }
    if (rule.ownClause !== undefined && !(rule.ownClause === true && rule.direction === 'backward' && rule.category === 'NEGATED_EXISTENCE')) {
      throw new Error(`${FILE}: rule "${id}" ownClause must be true, on a backward negation`);
    }
    return rule as unknown as ContextRule;
  });
  const sections = (file.sections as (Record<string, unknown> | null)[]).map((section, index) => {
    const id = text(section?.id, `section #${index} id`);
    if (ids.has(id)) throw new Error(`${FILE}: section "${id}" reuses an id`);
    ids.add(id);
    if (!section) throw new Error(`${FILE}: section #${index} is empty`);
    const pattern = text(section.pattern, `section "${id}" pattern`);
    try {
      new RegExp(pattern);
    } catch {
      throw new Error(`${FILE}: section "${id}" pattern does not compile`);
    }
    oneOf(section.status, STATUSES, `section "${id}" status`);
    oneOf(section.origin, RULE_ORIGINS, `section "${id}" origin`);
    return section as unknown as SectionRule;
  });
  return { rules, sections };
}
