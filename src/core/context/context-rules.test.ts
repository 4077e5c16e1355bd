import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contextRules, sectionRules } from './context-rules';

const raw = readFileSync(new URL('./context-rules.json', import.meta.url), 'utf8');
const KEYS = new Set(['id', 'literal', 'category', 'direction', 'origin', 'maxScope', 'note', 'exception', 'current']);
const DIRECTION_OF: Record<string, string[]> = {
  PSEUDO: ['pseudo'],
  TERMINATE: ['terminate'],
};

describe('context-rules.json', () => {
  it('is in its canonical formatting (two-space JSON, trailing newline)', () => {
    expect(raw).toBe(`${JSON.stringify(JSON.parse(raw), null, 2)}\n`);
  });

  it('gives every rule a unique id, a known category, direction and origin, and no unknown keys', () => {
    const ids = new Set<string>();
    for (const rule of contextRules) {
      expect(ids.has(rule.id), rule.id).toBe(false);
      ids.add(rule.id);
      expect(Object.keys(rule).filter((k) => !KEYS.has(k))).toEqual([]);
      expect(['NegEx', 'ConText', 'medspaCy', 'ours']).toContain(rule.origin);
      const directions = DIRECTION_OF[rule.category] ?? ['forward', 'backward', 'bidirectional'];
      expect(directions, `${rule.id} ${rule.direction}`).toContain(rule.direction);
      expect(rule.literal.trim()).toBe(rule.literal);
    }
  });

  it('records the source of every origin it uses', () => {
    const origins = (JSON.parse(raw) as { origins: Record<string, string> }).origins;
    for (const rule of contextRules) expect(origins[rule.origin], rule.origin).toBeTruthy();
  });

  it('keeps section patterns compilable', () => {
    for (const section of sectionRules) expect(() => new RegExp(section.pattern)).not.toThrow();
  });
});

describe('literal alternatives', () => {
  it('expands every combination, and an empty alternative drops the word', async () => {
    const { expandLiteral } = await import('./context-rules');
    expect(expandLiteral('{earlier|prior} {mri|ct scan}')).toEqual(['earlier mri', 'earlier ct scan', 'prior mri', 'prior ct scan']);
    expect(expandLiteral('on {the|} yyyy ct')).toEqual(['on the yyyy ct', 'on yyyy ct']);
  });

  it('matches a year where a literal says yyyy', async () => {
    const { findCues } = await import('./find-cues');
    const text = 'On the 2019 CT there was foraminal narrowing.';
    expect(findCues(text, 0, text.length).some((c) => c.rules.some((r) => r.id === 'hist-dated-study'))).toBe(true);
  });
});
