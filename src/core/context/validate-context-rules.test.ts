import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULE_ORIGINS, validateContextData } from './validate-context-rules';

const real = JSON.parse(readFileSync(new URL('./context-rules.json', import.meta.url), 'utf8')) as {
  origins: Record<string, string>;
  rules: Record<string, unknown>[];
  sections: Record<string, unknown>[];
};

/** The real file with one change, so each test breaks exactly one entry. */
function withChange(change: (file: typeof real) => void) {
  const copy = structuredClone(real);
  change(copy);
  return copy;
}

describe('validateContextData', () => {
  it('accepts the shipped file and types every origin from one closed set', () => {
    const { rules, sections } = validateContextData(real);
    expect(rules.length).toBe(real.rules.length);
    for (const entry of [...rules, ...sections]) expect(RULE_ORIGINS).toContain(entry.origin);
    expect(Object.keys(real.origins).sort()).toEqual([...RULE_ORIGINS].sort());
  });

  it('names a section whose origin is spelled differently', () => {
    const bad = withChange((f) => (f.sections[1]!.origin = 'medSpaCy'));
    expect(() => validateContextData(bad)).toThrow(/section "sec-family-history" origin is "medSpaCy"; expected one of NegEx, ConText, medspaCy, ours/);
  });

  it('names a rule with an unknown origin, category or direction', () => {
    expect(() => validateContextData(withChange((f) => (f.rules[0]!.origin = 'negex')))).toThrow(/rule "neg-no" origin is "negex"/);
    expect(() => validateContextData(withChange((f) => (f.rules[0]!.category = 'NEGATED')))).toThrow(/rule "neg-no" category/);
    expect(() => validateContextData(withChange((f) => (f.rules[0]!.direction = 'forwards')))).toThrow(/rule "neg-no" direction/);
  });

  it('names a section with an unknown status or a pattern that does not compile', () => {
    expect(() => validateContextData(withChange((f) => (f.sections[0]!.status = 'past')))).toThrow(/section "sec-past-history" status is "past"/);
    expect(() => validateContextData(withChange((f) => (f.sections[0]!.pattern = 'past (history')))).toThrow(/section "sec-past-history" pattern does not compile/);
  });

  it('requires a source for every origin and no origin outside the set', () => {
    expect(() => validateContextData(withChange((f) => delete f.origins.ConText))).toThrow(/origins\.ConText must be a non-empty string/);
    expect(() => validateContextData(withChange((f) => (f.origins.Other = 'x')))).toThrow(/origins key "Other"/);
  });

  it('names a duplicated id and a bad scope cap', () => {
    expect(() => validateContextData(withChange((f) => (f.rules[1]!.id = 'neg-no')))).toThrow(/rule "neg-no" appears twice/);
    expect(() => validateContextData(withChange((f) => (f.rules[0]!.maxScope = 0)))).toThrow(/rule "neg-no" maxScope/);
  });
});
