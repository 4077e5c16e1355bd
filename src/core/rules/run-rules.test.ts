import { describe, expect, it } from 'vitest';
import type { Finding, Span } from '../types';
import type { RuleContext, RuleDefinition } from './rule';
import { runRules } from './run-rules';

const sentence: Span = {
  fieldId: '0:a',
  start: 10,
  end: 60,
  text: 'Subluxation T6 and L4 with segmental dysfunction.',
};

/** A page rule that quotes what it is given, as a rule reaching one sentence by two routes does. */
const quoting = (evidence: Span[]): RuleDefinition =>
  ({
    id: 'subluxation-documentation',
    scope: 'page',
    check: (): Finding[] => [
      {
        rule: 'subluxation-documentation',
        severity: 'warning',
        code: 'M99.02',
        suggestions: [],
        message: 'm',
        evidence,
        sources: [],
      },
    ],
  }) as unknown as RuleDefinition;

const run = (evidence: Span[]) => {
  const findings: Finding[] = [];
  runRules([quoting(evidence)], { entered: [] } as unknown as RuleContext, findings, []);
  return findings[0]?.evidence;
};

describe('runRules: one quote per passage (QA stop 54, L2)', () => {
  it('quotes the same place of one field once, keeping the first', () => {
    expect(run([sentence, { ...sentence }])).toEqual([sentence]);
  });

  it('keeps different words, and the same words at another place or in another field (each shows its own place)', () => {
    const other: Span = { ...sentence, fieldId: '0:p' };
    const later: Span = { ...sentence, start: 80, end: 130 };
    const level: Span = { fieldId: '0:a', start: 0, end: 5, text: 'T6-T7' };
    expect(run([sentence, level, other, later])).toEqual([sentence, level, other, later]);
  });

  it("quotes a place once when another field's quotes stand between its two quotes", () => {
    const code: Span = { fieldId: '0:dx', start: 0, end: 6, text: 'M99.62' };
    const later: Span = { ...sentence, start: 80, end: 130 };
    expect(run([code, sentence, later])).toEqual([code, sentence, later]);
    expect(run([sentence, code, { ...sentence }, later])).toEqual([sentence, code, later]);
    expect(run([code, sentence, { ...code }])).toEqual([code, sentence]);
  });
});
