import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateContextData } from './validate-context-rules';

const real = JSON.parse(readFileSync(new URL('./context-rules.json', import.meta.url), 'utf8')) as {
  origins: Record<string, string>;
  rules: Record<string, unknown>[];
  sections: Record<string, unknown>[];
};

/** The real file with one rule changed (found by id), so each case breaks exactly one entry. */
function withRule(id: string, change: (rule: Record<string, unknown>) => void) {
  const copy = structuredClone(real);
  const rule = copy.rules.find((r) => r.id === id);
  if (!rule) throw new Error(`no rule ${id}`);
  change(rule);
  return copy;
}

// The QA45 rule properties: clauseEnd (a hedge after its finding), reason and joinsFinding (the
// with-phrase of what an operation treated). A property where it means nothing fails at load.
describe('validateContextData: clauseEnd, reason and joinsFinding', () => {
  it('are used by the shipped file where they mean something', () => {
    const { rules } = validateContextData(real);
    expect(rules.filter((r) => r.clauseEnd).every((r) => r.direction === 'backward')).toBe(true);
    expect(rules.filter((r) => r.reason).map((r) => r.id)).toContain('hist-decompression-for');
    expect(rules.filter((r) => r.joinsFinding).map((r) => r.id)).toEqual(['term-with-side']);
  });

  it('names a clauseEnd on a forward rule, or not true', () => {
    expect(() => validateContextData(withRule('poss-likely', (r) => (r.clauseEnd = true)))).toThrow(
      /rule "poss-likely" clauseEnd must be true, on a backward rule/,
    );
    expect(() => validateContextData(withRule('poss-hedge-after-b', (r) => (r.clauseEnd = 'yes')))).toThrow(
      /rule "poss-hedge-after-b" clauseEnd/,
    );
  });

  it('names a reason off a forward history rule, and joinsFinding off a terminator', () => {
    expect(() => validateContextData(withRule('poss-likely', (r) => (r.reason = true)))).toThrow(
      /rule "poss-likely" reason must be true, on a forward history rule/,
    );
    expect(() => validateContextData(withRule('hist-years-ago', (r) => (r.reason = true)))).toThrow(
      /rule "hist-years-ago" reason/,
    );
    expect(() => validateContextData(withRule('neg-no', (r) => (r.joinsFinding = true)))).toThrow(
      /rule "neg-no" joinsFinding must be true, on a terminator/,
    );
  });
});

// notLabel (stop 50): a forward cue also written as a heading ("Hx:").
describe('validateContextData: notLabel', () => {
  it('is used by the shipped file on the bare history shorthand and the Spanish negations ("SIN:")', () => {
    const { rules } = validateContextData(real);
    expect(rules.filter((r) => r.notLabel).map((r) => r.id)).toEqual(['hist-hx', 'neg-es-forward']);
  });

  it('names a notLabel on a backward rule, or not true', () => {
    expect(() => validateContextData(withRule('neg-denied-after', (r) => (r.notLabel = true)))).toThrow(
      /rule "neg-denied-after" notLabel must be true, on a forward rule/,
    );
    expect(() => validateContextData(withRule('hist-hx', (r) => (r.notLabel = 'yes')))).toThrow(
      /rule "hist-hx" notLabel/,
    );
  });
});
