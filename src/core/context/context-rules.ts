import data from './context-rules.json' with { type: 'json' };
import type { Status } from '../types';

export type ContextCategory =
  | 'NEGATED_EXISTENCE'
  | 'POSSIBLE_EXISTENCE'
  | 'HISTORICAL'
  | 'HYPOTHETICAL'
  | 'FAMILY'
  | 'PSEUDO'
  | 'TERMINATE';
export type ContextDirection = 'forward' | 'backward' | 'bidirectional' | 'terminate' | 'pseudo';
export type RuleOrigin = 'NegEx' | 'ConText' | 'medspaCy' | 'ours';

/** One ConText rule, as kept in context-rules.json (medspaCy's shape plus id, origin and scope cap). */
export type ContextRule = {
  id: string;
  literal: string;
  category: ContextCategory;
  direction: ContextDirection;
  origin: RuleOrigin;
  /** Scope cap in words, for short-reaching cues such as "normal" or "may". */
  maxScope?: number;
  note?: string;
};

export type SectionRule = { id: string; pattern: string; status: Status; origin: string };

/** Every context rule, in file order. */
export const contextRules = data.rules as ContextRule[];
/** Section headings that set a default status for what follows ("Past medical history:"). */
export const sectionRules = data.sections as SectionRule[];

export const CATEGORY_STATUS: Record<ContextCategory, Status | null> = {
  NEGATED_EXISTENCE: 'negated',
  POSSIBLE_EXISTENCE: 'uncertain',
  HISTORICAL: 'historical',
  HYPOTHETICAL: 'hypothetical',
  FAMILY: 'family',
  PSEUDO: null,
  TERMINATE: null,
};

const normalize = (s: string) => s.toLowerCase().replace(/\s+/g, ' ');
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');

/** Rules by normalised literal; several rules may share a literal (one per direction). */
export const rulesByLiteral = new Map<string, ContextRule[]>();
for (const rule of contextRules) {
  const key = normalize(rule.literal);
  rulesByLiteral.set(key, [...(rulesByLiteral.get(key) ?? []), rule]);
}

/**
 * One alternation of every literal, longest first, so that at any position the longest cue wins
 * ("no significant change" is a pseudo-trigger before "no significant" negates). Literals are
 * plain words joined by \s+, so matching stays linear.
 */
export const TRIGGER_PATTERN = new RegExp(
  `(?<![\\w'])(?:${[...rulesByLiteral.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|')})(?![\\w'])`,
  'gi',
);

export const lookupRules = (matched: string): ContextRule[] => rulesByLiteral.get(normalize(matched)) ?? [];
